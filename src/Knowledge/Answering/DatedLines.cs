using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// A chapter that lists what happened by date, one line each (これまでの経過: 昭和 61 年 小郡市行政改革大綱 / 平成 16 年
/// 財政構造対策緊急計画 …): a question naming one of its years is answered by that year's line, and a when-question
/// by the lines naming what it asks about — the earliest for 最初 / first, the latest for 最後 / latest.
/// </summary>
internal static partial class DatedLines
{
    /// <summary>The least lines a chapter lists by date to be read as a history.</summary>
    private const int MinLines = 3;

    /// <summary>The least share of the question's word weight a line must hold to be what a when-question asks about.</summary>
    private const double MinCoverage = 0.6;

    /// <summary>The dated lines that answer, or null; <paramref name="yearOnly"/>: only a line of a year the question names.</summary>
    public static Answer? Answer(AnswerContext ctx, bool yearOnly = false)
    {
        if (!ctx.PlanExplicit || ctx.Plans.Count != 1 || ctx.Q.Item is not null) return null;
        var doc = ctx.Plans[0];
        var lines = doc.Sections.SelectMany(s => Dated(s)).DistinctBy(l => l.Text).ToList();
        if (lines.Count == 0) return null;
        var header = AnswerTemplates.About(doc, null, ctx.Lang);

        // 平成16年に策定した計画は？: the line of that year.
        var asked = Years(JaText.Nfkc(ctx.Q.Text)).ToHashSet();
        var ofYear = lines.Where(l => asked.Contains(l.Year)).ToList();
        if (ofYear.Count > 0) return Quote(ctx, doc, header, ofYear);
        if (yearOnly) return null;

        if (ContentWords.Asks(ctx.Q.Spaced) != AnswerType.Date) return null;
        var words = ctx.Words.Where(w => !Ordinal().IsMatch(w)).ToList();
        var weights = words.Select(w => Weight(ctx, w)).ToList();
        var total = weights.Sum();
        if (total <= 0) return null;
        var named = lines.Where(l => words.Select((w, i) => ContentWords.Matches(JaText.Normalize(l.Text), w) ? weights[i] : 0).Sum() / total >= MinCoverage)
            .OrderBy(l => l.Year).ToList();
        if (named.Count == 0) return null;
        var q = ctx.Q.Normalized;
        // 第2次小郡市行政改革行動計画っていつ？ names one line's plan in full; the first plan's line shares all its words.
        var verbatim = named.Select(l => (Line: l, Subject: Subject(l.Text))).Where(l => l.Subject.Length >= 4 && q.Contains(l.Subject, StringComparison.Ordinal)).ToList();
        if (verbatim.Count > 0) named = verbatim.Where(l => l.Subject.Length == verbatim.Max(v => v.Subject.Length)).Select(l => l.Line).ToList();
        if (First().IsMatch(q)) named = [named[0]];
        else if (Last().IsMatch(q)) named = [named[^1]];
        return Quote(ctx, doc, header, named);
    }

    private static Answer Quote(AnswerContext ctx, PlanDocument doc, string header, IReadOnlyList<Line> lines) =>
        ctx.Make(AnswerStatus.Answered, header + "\n" + string.Join("\n", lines.Select(l => AnswerTemplates.Fact(l.Section.Label, l.Text, ctx.Lang))),
            [.. lines.Select(l => l.Section).Distinct().Select(s => new Citation(doc.File, null, s.Label, s.Lines))], doc);

    private sealed record Line(string Text, int Year, TextSection Section);

    /// <summary>A chapter's lines that open with an era year, when most of its lines do.</summary>
    private static IEnumerable<Line> Dated(TextSection section)
    {
        var all = section.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var dated = all.Select(l => (Text: l, Match: LeadingYear().Match(JaText.Nfkc(l)))).Where(x => x.Match.Success).ToList();
        if (dated.Count < MinLines || dated.Count * 2 < all.Count) return [];
        return dated.Select(x => new Line(x.Text, Western(x.Match.Groups[1].Value, x.Match.Groups[2].Value), section));
    }

    /// <summary>What a dated line names: the line without its leading year.</summary>
    private static string Subject(string line) => JaText.Normalize(LeadingYear().Replace(JaText.Nfkc(line).Trim(), "")).Replace(" ", "");

    /// <summary>The calendar years a text names by era (平成16年) or in full (2004).</summary>
    private static IEnumerable<int> Years(string text)
    {
        foreach (Match m in EraYear().Matches(text)) yield return Western(m.Groups[1].Value, m.Groups[2].Value);
        foreach (Match m in FullYear().Matches(text)) yield return int.Parse(m.Value);
    }

    private static int Western(string era, string year)
    {
        var n = year == "元" ? 1 : int.Parse(year);
        return era switch { "昭和" => 1925 + n, "平成" => 1988 + n, _ => 2018 + n };
    }

    private static double Weight(AnswerContext ctx, string word)
    {
        var bigrams = JaText.Bigrams(word).Distinct().ToList();
        return bigrams.Count == 0 ? 1.0 : bigrams.Average(ctx.Kb.Weights.Weight);
    }

    [GeneratedRegex(@"^(昭和|平成|令和)\s*(\d+|元)\s*年(?!度)")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"(昭和|平成|令和)\s*(\d+|元)\s*年(?!度)")]
    private static partial Regex EraYear();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex FullYear();

    [GeneratedRegex(@"最初|初め|初めて|first|最後|最新|latest|last")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"最初|初めて|はじめて|初めに|first")]
    private static partial Regex First();

    [GeneratedRegex(@"最後|最新|直近|latest|most recent|last")]
    private static partial Regex Last();
}
