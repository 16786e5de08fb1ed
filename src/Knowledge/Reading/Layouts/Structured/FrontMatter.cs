using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions.Places;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// What a plan says about itself on its first lines, whatever its layout: its title (the first line naming
/// a 計画, 大綱, プラン or 報告), its municipality (the place the title and opening lines name most) and
/// its period (計画期間 令和4年度～令和8年度). What is not stated plainly stays null.
/// </summary>
internal static partial class FrontMatter
{
    private const int OpeningLines = 30;
    private static readonly string[] TitleWords = ["計画", "大綱", "プラン", "報告", "方針", "ビジョン", "戦略", "指針", "取組状況", "実施状況", "進捗状況"];
    private static readonly string[] NotPlaceStems = ["本", "当", "全", "各", "同", "他", "都", "市町", "区市町", "県内市町", "近隣市町"];

    public static string Title(SourceText text)
    {
        var opening = Opening(text).ToList();
        var titled = opening.Where(l => !TableRow.IsRow(l) && !l.Contains('\t')).FirstOrDefault(l => l.Length <= 60 && TitleWords.Any(Unquoted(l).Contains) && !IsPeriodLine(l) && !IsSentence(l));
        var title = titled ?? opening.FirstOrDefault() ?? text.FileName;
        return title.Length > 80 ? title[..80] : title;
    }

    /// <summary>
    /// A line of prose, not a heading: it ends a sentence, or runs on past a topic (本報告書は、…). Such a line
    /// may name a plan without being its title.
    /// </summary>
    private static bool IsSentence(string line) => line.EndsWith('。') || line.Contains("は、");

    /// <summary>A line without what it quotes: 「…計画」 names another document, not this one.</summary>
    private static string Unquoted(string line) => Quoted().Replace(line, "");

    [GeneratedRegex(@"「[^」]*」|『[^』]*』")]
    private static partial Regex Quoted();

    /// <summary>
    /// The municipality: a place (…市/町/村/区/県) printed in the title, or at least twice in the opening
    /// lines, and more often than any other. Null when no place stands out.
    /// </summary>
    public static string? Municipality(SourceText text, string title)
    {
        var opening = string.Join("\n", Opening(text));
        var counts = new Dictionary<string, int>();
        foreach (var place in Places(opening)) counts[place] = counts.GetValueOrDefault(place) + 1;
        foreach (var place in Places(title)) counts[place] = counts.GetValueOrDefault(place) + 2;
        if (counts.Count == 0) return null;
        var ranked = counts.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key.Length).ToList();
        var best = ranked[0];
        if (best.Value < 2) return null;
        // Two places as frequent: the plan does not say which one is its own.
        if (ranked.Count > 1 && ranked[1].Value == best.Value && !best.Key.EndsWith(ranked[1].Key, StringComparison.Ordinal)) return null;
        return best.Key;
    }

    /// <summary>Places named in a text. A name runs straight into the words after it (北九州市行財政改革), so the
    /// name is the run of kanji before 市/町/村, cut where a counter or ordinal (第2次, 年度) ends.</summary>
    private static IEnumerable<string> Places(string text)
    {
        foreach (Match m in Place().Matches(JaText.Nfkc(text)))
        {
            var stem = m.Groups["stem"].Value;
            // The national list knows the real name inside the run (第５次光市 → 光市, 田布施町 not 布施町).
            if (PlaceReadings.LongestEndingOf(stem, m.Groups["kind"].Value) is { } real) { yield return real; continue; }
            var cut = Math.Max(stem.LastIndexOf('次'), Math.Max(stem.LastIndexOf('度'), stem.LastIndexOf('年')));
            if (cut >= 0) stem = stem[(cut + 1)..];
            if (stem.Length < 2 || NotPlaceStems.Any(s => stem == s || stem.EndsWith(s, StringComparison.Ordinal) && s.Length > 1)) continue;
            yield return stem + m.Groups["kind"].Value;
        }
    }

    /// <summary>
    /// The one fiscal year a progress report reports on, from its opening (令和５年度取組状況　評価報告書), or null
    /// when the opening names none or several.
    /// </summary>
    public static FiscalYear? ReportYear(SourceText text)
    {
        foreach (var line in Opening(text).Take(5).Select(JaText.Nfkc))
        {
            if (!ReportWords().IsMatch(line)) continue;
            var years = FiscalYear.FindAll(line).Select(m => m.Year).Distinct().ToList();
            if (years.Count == 1) return years[0];
        }
        return null;
    }

    [GeneratedRegex(@"(?:実績|取組状況|進捗|評価)(?:報告|状況|結果)|報告書")]
    private static partial Regex ReportWords();

    /// <summary>The plan's period: two fiscal years on a line about the period (計画期間, 期間), start before end.</summary>
    /// <remarks>
    /// A chapter headed 計画期間 is the plan's own; an earlier line may name another plan's period in passing
    /// (「第４次…大綱」（計画期間：令和５年度～令和９年度）を策定し).
    /// </remarks>
    public static FiscalPeriod? Period(SourceText text) =>
        Period(text, text.Lines.Count, IsPeriodHeading)
        ?? Period(text, text.Lines.Count, l => PlanPeriodWords.Any(w => l.Replace(" ", "").Contains(w)))
        ?? Period(text, OpeningLines * 3, IsPeriodLine);

    /// <summary>A heading line that is only the words of a plan period, with its number (### ２　計画期間, (3) 計画の期間).</summary>
    private static bool IsPeriodHeading(string line)
    {
        var words = new string(line.Where(c => JaText.IsKanji(c) || JaText.IsHiragana(c) || JaText.IsKatakana(c)).ToArray());
        return PlanPeriodWords.Contains(words);
    }

    // The plan's own period is named so; a bare 期間 may be an item's (取組期間 令和5年度～令和6年度).
    private static readonly string[] PlanPeriodWords = ["計画期間", "計画の期間", "プランの期間", "大綱の期間", "推進期間"];

    private static FiscalPeriod? Period(SourceText text, int lines, Func<string, bool> isPeriodLine)
    {
        for (var i = 0; i < Math.Min(lines, text.Lines.Count); i++)
        {
            // A table row's years are an item's schedule, not the plan's period.
            if (TableRow.IsRow(text.Lines[i]) || !isPeriodLine(JaText.Nfkc(text.Lines[i]))) continue;
            // The years may follow on the next lines (計画期間 / 令和4年度～令和8年度).
            var window = string.Join(" ", text.Lines.Skip(i).Take(3).Select(l => JaText.Nfkc(l)));
            if (Years(window) is { } period) return period;
        }
        return null;
    }

    private static FiscalPeriod? Years(string text)
    {
        // 令和4(2022)年度: the Gregorian aside would hide the era year from the year pattern.
        var s = GregorianAside().Replace(text, "");
        // 令和4年度から8年度まで: the end year shares the era of the start.
        s = SameEraEnd().Replace(s, m => $"{m.Groups["a"].Value}{m.Groups["era"].Value}{m.Groups["n"].Value}年度");
        var years = FiscalYear.FindAll(s).Select(y => y.Year).ToList();
        for (var i = 0; i + 1 < years.Count; i++)
            if (years[i] < years[i + 1] && years[i + 1].Year - years[i].Year <= 15) return new FiscalPeriod(years[i], years[i + 1]);
        return null;
    }

    /// <summary>How the document writes years (R6, 令和6年度, 2024年度), for quoting years back its way.</summary>
    public static FiscalYearStyle YearStyle(SourceText text)
    {
        var s = JaText.Nfkc(text.Text);
        var japanese = JapaneseYear().Count(s);
        var shortEra = ShortYear().Count(s);
        var gregorian = GregorianYear().Count(s);
        if (gregorian > japanese && gregorian > shortEra) return FiscalYearStyle.Gregorian;
        return japanese > shortEra ? FiscalYearStyle.Japanese : FiscalYearStyle.Short;
    }

    public static PlanKind Kind(string title) =>
        new[] { "報告", "実績", "進捗", "評価", "取組状況", "実施状況" }.Any(title.Contains) ? PlanKind.ProgressReport : PlanKind.Plan;

    private static bool IsPeriodLine(string line) => line.Contains("期間") && !line.Contains("期間中");

    private static IEnumerable<string> Opening(SourceText text) =>
        text.Lines.Select(l => l.Trim().TrimStart('#', ' ', '　').Trim()).Where(l => l.Length > 0).Take(OpeningLines);

    [GeneratedRegex(@"(?<stem>[\p{IsCJKUnifiedIdeographs}々ヶ]{1,8}?)(?<kind>[市町村区県])(?![町村])")]
    private static partial Regex Place();

    [GeneratedRegex(@"\s*[(（]\s*\d{4}\s*[)）]")]
    private static partial Regex GregorianAside();

    [GeneratedRegex(@"(?<a>(?<era>令和|平成)\s*\d{1,2}\s*年度?\s*(?:から|～|~|-|－|―|〜|ー)\s*)(?<n>\d{1,2})\s*年度")]
    private static partial Regex SameEraEnd();

    [GeneratedRegex(@"(?:令和|平成)\s*(?:\d{1,2}|元)\s*年")]
    private static partial Regex JapaneseYear();

    [GeneratedRegex(@"(?<![A-Za-z])[RH]\s*\d{1,2}(?![0-9])")]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"(?<![0-9])20\d{2}\s*年度")]
    private static partial Regex GregorianYear();
}
