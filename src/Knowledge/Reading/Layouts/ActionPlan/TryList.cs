using System.Text;
using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.ActionPlan;

/// <summary>
/// A 取組 as a Try list prints it: "- PRE（公的不動産）の売却等の促進 [資産経営課]".
/// <paramref name="FoldedInto"/> is set for the 前期 取組 listed under [既存取組の集約], with the line that
/// says what became of them (BPRの取組として1つとする).
/// </summary>
public sealed record TryEntry(
    string Name,
    IReadOnlyList<string> Departments,
    string Heading,
    string? Group,
    List<string> Notes,
    int Line,
    string? FoldedInto);

/// <summary>A Try heading's own text that is not a list of 取組 (⑧'s paragraph, "その他：…").</summary>
public sealed record TryText(string Heading, string Text, int Line);

/// <summary>
/// One list as printed under a Try heading: a group (### 新規の取組) or a fold ([既存取組の集約] under ○ B P Rの推進),
/// its lines as printed. <paramref name="Label"/> says whose list it is: "③風通しが良い… 新規の取組", "B P Rの推進 既存取組の集約".
/// </summary>
public sealed record TryListText(string Label, IReadOnlyList<(int Line, string Text)> Lines);

/// <summary>
/// Reads the Try lists: "## ① 財政の健全化に資する取組の強化", then "### 新規の取組" / "### 既存取組（前期アクションプラン）"
/// and one 取組 per "- " or "○" entry with its unit in [brackets]. Lines starting ※, ⇒ or ← are notes on the entry above.
/// A "[既存取組の集約]" line opens a block of 前期 取組 folded into one, closed by the line that says so.
/// </summary>
public static partial class TryList
{
    public static (List<TryEntry> Entries, List<TryText> Texts, List<TryListText> Lists) Read(SourceText text, int start, int end)
    {
        var entries = new List<TryEntry>();
        var texts = new List<TryText>();
        // Each group's and each fold's lines as printed: what a question asking 「…」で新規の取組は？ wants quoted whole.
        var lists = new List<TryListText>();
        List<(int, string)>? groupLines = null, foldLines = null;
        string? heading = null, group = null;
        List<TryEntry>? folded = null;
        for (var n = start; n <= end && n <= text.Lines.Count; n++)
        {
            var line = text.Line(n).Trim();
            if (line.Length == 0 || IsTryMarker(line)) continue;
            var level = line.TakeWhile(c => c == '#').Count();
            var content = line[level..].Trim();
            if (level is 1 or 2) { heading = content; group = null; folded = null; groupLines = foldLines = null; continue; }
            if (level == 3)
            {
                group = content; folded = null; foldLines = null;
                groupLines = [];
                if (heading is not null) lists.Add(new TryListText($"{heading} {group}", groupLines));
                continue;
            }
            if (heading is null) continue;
            groupLines?.Add((n, content));
            if (FoldMarker().IsMatch(content))
            {
                folded = [];
                foldLines = [];
                // The fold belongs to the ○ 取組 printed just above it (○ B P Rの推進 / [既存取組の集約]).
                var owner = entries.Count > 0 && entries[^1].Heading == heading && entries[^1].Group == group ? entries[^1].Name : null;
                if (owner is not null) lists.Add(new TryListText($"{owner} {content.Trim('[', ']', '［', '］')}", foldLines));
                continue;
            }
            if (content.StartsWith('○')) foldLines = null;
            foldLines?.Add((n, content));
            if (folded is { Count: > 0 } && !IsEntry(level, content) && !IsNote(content)) foldLines = null;

            if (IsEntry(level, content))
            {
                if (content.StartsWith('○')) folded = null;   // a new ○ 取組 ends a fold block
                foreach (var piece in SplitEntries(content.TrimStart('-', '○', '・', ' ')))
                {
                    var entry = ParseEntry(piece, heading, group, n);
                    entries.Add(entry);
                    folded?.Add(entry);
                }
                continue;
            }
            if (IsNote(content) && entries.Count > 0 && entries[^1].Heading == heading)
            {
                entries[^1].Notes.Add(content);
                continue;
            }
            if (folded is { Count: > 0 })
            {
                // "BPRの取組として1つとする": what became of the folded entries.
                foreach (var e in folded) entries[entries.IndexOf(e)] = e with { FoldedInto = content };
                folded = null;
                continue;
            }
            // Text of the heading's own (その他：…) is no entry of the group it follows.
            groupLines?.RemoveAt(groupLines.Count - 1);
            texts.Add(new TryText(heading, content, n));
        }
        return (entries, texts, lists.Where(l => l.Lines.Count > 0).ToList());
    }

    private static bool IsEntry(int level, string content) =>
        level == 4 || content.StartsWith('-') || content.StartsWith('○') || content.StartsWith('・');

    private static bool IsNote(string content) => content.StartsWith('※') || content.StartsWith('⇒') || content.StartsWith('←');

    /// <summary>"Try 次を取組が必要なこと" / "**Try** 次に取組が必要なこと" introduce each list and say nothing themselves.</summary>
    private static bool IsTryMarker(string line) => TryMarker().IsMatch(line);

    /// <summary>Two entries the extraction put on one line: "デジタルデバイド対応[DX推進課]      ○ 情報発信の最適化 [DX推進課]".</summary>
    private static IEnumerable<string> SplitEntries(string content) =>
        EntryJoin().Split(content).Select(p => p.Trim()).Where(p => p.Length > 0);

    /// <summary>
    /// "市長と職員の意見交換 (MSTEP) [秘書課] 先行実施済": the unit is the last bracket naming a unit (…課, …局);
    /// an earlier bracket ([BPR], (MSTEP)) is part of the name; text after the unit is a note.
    /// </summary>
    private static TryEntry ParseEntry(string piece, string heading, string? group, int line)
    {
        Match? unit = null;
        foreach (Match m in Bracket().Matches(piece))
            if (UnitName().IsMatch(m.Groups["inner"].Value.Trim())) unit = m;
        if (unit is null) return new TryEntry(piece, [], heading, group, [], line, null);
        var name = piece[..unit.Index].Trim();
        var rest = piece[(unit.Index + unit.Length)..].Trim();
        var departments = unit.Groups["inner"].Value.Split(['・', '、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(NameMatch.UnitName).ToList();
        return new TryEntry(name, departments, heading, group, rest.Length > 0 ? [rest] : [], line, null);
    }

    [GeneratedRegex(@"^(\*\*)?Try(\*\*)?\s")]
    private static partial Regex TryMarker();

    [GeneratedRegex(@"^\[既存取組の集約\]$|^［既存取組の集約］$")]
    private static partial Regex FoldMarker();

    [GeneratedRegex(@"(?<=[\]）)］])\s+○\s*")]
    private static partial Regex EntryJoin();

    [GeneratedRegex(@"[\[［(（](?<inner>[^\[\]［］()（）]+)[\]］)）]")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"(課|局|室|部|所|センター|班)$")]
    private static partial Regex UnitName();
}
