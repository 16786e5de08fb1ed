using System.Text;
using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>
/// The 岡山市 layout (行財政改革推進項目一覧 及び令和6年度取組実績): a summary table of 取組項目 with
/// 担当部局 and page, then a tab-separated detail table with one row per 取組項目 or 具体的取組:
/// 施策 | 展開 | 項目名 | (具体的取組) | 概要 | R3 … R7 | 令和6年度の取組実績.
/// </summary>
public sealed partial class OkayamaReader : IPlanReader
{
    public string Layout => "okayama-torikumi";

    /// <summary>
    /// Scores the detail table's header (&lt;施策&gt; … &lt;概要&gt; with year columns), its 実績 heading and the
    /// summary table's 取組項目 / 担当部局 header. The detail header is required: without it nothing here can be read.
    /// </summary>
    public double Recognize(SourceText text)
    {
        bool labels = false, yearColumns = false, results = false, summary = false;
        foreach (var line in text.Lines.Take(5000))
        {
            if (!line.Contains('\t')) continue;
            var cells = line.Normalize(NormalizationForm.FormKC).Split('\t').Select(c => c.Trim()).ToList();
            if (cells.Contains("<施策>") && cells.Contains("<展開>") && cells.Contains("<項目名>") && cells.Contains("<概要>"))
            {
                labels = true;
                yearColumns |= cells.Count(c => ShortYear().IsMatch(c)) >= 3;
            }
            results |= cells.Any(c => ResultHeading().IsMatch(c));
            summary |= cells.Contains("取組項目") && cells.Contains("担当部局");
        }
        if (!labels) return 0;
        return 0.45 + (yearColumns ? 0.2 : 0) + (results ? 0.2 : 0) + (summary ? 0.15 : 0);
    }

    public PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings)
    {
        var summary = SummaryTableReader.Read(text, warnings);
        var titleLine = TitleLine(text, summary.HeaderLine);
        var title = titleLine > 0 ? text.Line(titleLine).Trim() : text.FileName;
        if (titleLine == 0) warnings.Add(new ReadWarning(text.FileName, 1, "no title line before the tables; the file name stands in"));

        var rows = DetailRowReader.Read(text, summary.EndLine, warnings);
        if (rows.Count == 0) warnings.Add(new ReadWarning(text.FileName, summary.EndLine, "no detail rows read"));

        // The 実績 column names its year; if a damaged header lost it, the title (…令和6年度取組実績) still does.
        var titleYear = FiscalYear.FindAll(title).Select(y => (FiscalYear?)y.Year).FirstOrDefault();
        var builder = new OkayamaItems(text.FileName, warnings, titleYear);
        var items = builder.Build(summary.Entries, rows);

        return new PlanDocument(
            text.FileName,
            NamedMunicipality.Find(text.Lines),
            title,
            PlanKind.Results,
            Layout,
            Period(rows),
            items,
            PreambleSections(text, titleLine, summary.HeaderLine),
            builder.Definitions,
            [], [], [.. warnings])
        { YearStyle = FiscalYearStyle.Short, Aliases = Aliases(text, summary.HeaderLine) };
    }

    /// <summary>
    /// The plan the items are 「…に基づく」, as the table header names it: "後期中期計画（行革プラン）" and its
    /// short name in parentheses, "行革プラン" — what staff call the plan these items belong to.
    /// </summary>
    private static IReadOnlyList<string> Aliases(SourceText text, int summaryHeader)
    {
        if (summaryHeader == 0) return [];
        var m = BasedOn().Match(text.Line(summaryHeader).Split('\t')[0].Trim());
        return m.Success ? [m.Groups["plan"].Value, m.Groups["alias"].Value] : [];
    }

    /// <summary>The plan's years are the 年度ごとの取組 columns (R3 … R7).</summary>
    private static FiscalPeriod? Period(IReadOnlyList<DetailRow> rows)
    {
        var years = rows.SelectMany(r => r.Plans.Select(p => p.Year)).ToList();
        return years.Count == 0 ? null : new FiscalPeriod(years.Min(), years.Max());
    }

    /// <summary>The first non-empty, non-table line before the summary table (or anywhere, when there is none).</summary>
    private static int TitleLine(SourceText text, int summaryHeader)
    {
        var last = summaryHeader > 0 ? summaryHeader - 1 : text.Lines.Count;
        for (var n = 1; n <= last; n++)
        {
            var line = text.Line(n).Trim();
            if (line.Length > 0 && !line.Contains('\t')) return n;
        }
        return 0;
    }

    /// <summary>
    /// Text between the title and the summary table (行財政改革推進の体系 …): a short line is a heading,
    /// longer lines its text. A heading with no text of its own (the 体系 chart did not survive extraction) yields nothing.
    /// The line just above the table is the table's caption, not a section.
    /// </summary>
    private static IReadOnlyList<TextSection> PreambleSections(SourceText text, int titleLine, int summaryHeader)
    {
        if (titleLine == 0 || summaryHeader == 0) return [];
        var lines = Enumerable.Range(titleLine + 1, Math.Max(0, summaryHeader - titleLine - 1))
            .Where(n => text.Line(n).Trim().Length > 0)
            .ToList();
        if (lines.Count > 0) lines.RemoveAt(lines.Count - 1);

        var sections = new List<TextSection>();
        string? heading = null;
        var body = new List<int>();
        void Flush()
        {
            if (heading is not null && body.Count > 0)
                sections.Add(new TextSection(heading, string.Join("\n", body.Select(n => text.Line(n).Trim())), new LineRange(body[0], body[^1])));
            body.Clear();
        }
        foreach (var n in lines)
        {
            var line = text.Line(n).Trim();
            if (line.Length <= 40 && !line.EndsWith('。') && !line.Contains('\t')) { Flush(); heading = line; }
            else body.Add(n);
        }
        Flush();
        return sections;
    }

    [GeneratedRegex(@"^(?<plan>[^（(]+[（(](?<alias>[^）)]+)[）)])に基づく")]
    private static partial Regex BasedOn();

    [GeneratedRegex(@"^[RH]\d{1,2}$")]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"^令和\d{1,2}年度の(?:取組)?実績$")]
    private static partial Regex ResultHeading();
}
