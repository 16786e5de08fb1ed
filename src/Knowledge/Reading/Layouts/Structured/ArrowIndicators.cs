using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// An indicator printed as one line from its baseline to its target, each with its year in brackets:
/// 【指標】オンライン申請手続数 / 48手続（R5）→ 200手続（R9）, or the target alone (令和５年度比 ３％縮減（R9）).
/// The figure before the arrow is the baseline of its year; the one after it is the target of its year, and of no other.
/// </summary>
internal static partial class ArrowIndicators
{
    public sealed record Reading(string Name, string? Baseline, FiscalYear? TargetYear, string? Target);

    /// <summary>Whether a line opens an indicator (【指標】…, ［指標］…).</summary>
    public static bool Opens(string line) => Label().IsMatch(line);

    /// <summary>
    /// Reads the text of an indicator: the label line's rest and the lines under it (a figure wrapped onto the next
    /// line, （R9）, joins its line). Null when no year-bracketed figure is found: the lines stay the item's text.
    /// </summary>
    public static Reading? Read(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return null;
        var first = Label().Replace(lines[0].Trim(), "").Trim();
        var rest = string.Concat(lines.Skip(1).Select(l => l.Trim()));
        // The name alone on the label line, the figures under it; or name and figures on one line, set apart by a space.
        string name, figures;
        if (rest.Length > 0 && !YearInBrackets().IsMatch(first) && !first.Contains('→')) (name, figures) = (first, rest);
        else
        {
            var all = first + rest;
            var gap = NameGap().Match(all);
            if (!gap.Success) return null;
            (name, figures) = (all[..gap.Index].Trim(), all[(gap.Index + gap.Length)..].Trim());
        }
        // 普通会計職員数　基準値 1,012人（Ｒ２）→ 目標値 985人（Ｒ７）: the words that name the figures are no part of them.
        name = BaselineWord().Replace(name, "").Trim();
        if (name.Length == 0) return null;
        var arrow = FromTo().Match(figures);
        if (arrow.Success && FiscalYear.TryParse(arrow.Groups["ty"].Value, out var toYear))
            return new Reading(name, arrow.Groups["b"].Value.Trim(), toYear, TargetWord().Replace(arrow.Groups["t"].Value, "").Trim());
        var only = TargetOnly().Match(figures);
        if (only.Success && FiscalYear.TryParse(only.Groups["ty"].Value, out var year))
            return new Reading(name, null, year, TargetWord().Replace(only.Groups["t"].Value, "").Trim());
        return null;
    }

    [GeneratedRegex(@"^\s*[【\[［]\s*指標\s*[】\]］]\s*")]
    private static partial Regex Label();

    [GeneratedRegex(@"[（(]\s*(?:[RＲHＨ]\s*[0-9０-９]{1,2}|令和\s*[0-9０-９元]{1,2}\s*年度?)\s*[)）]")]
    private static partial Regex YearInBrackets();

    // The name ends where the figures start: a wide space before them.
    [GeneratedRegex(@"[\s　]+(?=\S*[0-9０-９])")]
    private static partial Regex NameGap();

    // The baseline's bracket may add a short remark to its year (Ｒ２末, Ｒ４新設); the target's only its end (Ｒ７末):
    // a date (Ｒ８．４．１) is no fiscal year's target.
    [GeneratedRegex(@"^(?<b>[^→]+?[（(]\s*(?:[RＲHＨ]\s*[0-9０-９]{1,2}|令和\s*[0-9０-９元]{1,2}\s*年度?)[^)）→]{0,6}[)）])\s*→\s*(?<t>[^→（(]+?)\s*[（(]\s*(?<ty>[RＲ]\s*[0-9０-９]{1,2}|令和\s*[0-9０-９元]{1,2}\s*年度?)\s*末?\s*[)）]\s*$")]
    private static partial Regex FromTo();

    [GeneratedRegex(@"^(?<t>[^→（(]*[0-9０-９][^→（(]*?)\s*[（(]\s*(?<ty>[RＲ]\s*[0-9０-９]{1,2}|令和\s*[0-9０-９元]{1,2}\s*年度?)\s*末?\s*[)）]\s*$")]
    private static partial Regex TargetOnly();

    [GeneratedRegex(@"[\s　]*(?:基準値|現状値|現況値|基準)\s*[:：]?$")]
    private static partial Regex BaselineWord();

    [GeneratedRegex(@"^\s*(?:目標値|目標)\s*[:：]?\s*")]
    private static partial Regex TargetWord();
}
