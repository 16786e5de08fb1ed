using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>An item read from its block, with the ※ definitions printed under it.</summary>

/// <summary>The path of a 基本方針/改革の方向性/施策 caption row, and whether it is printed right above the block at hand.</summary>
internal sealed record Caption(IReadOnlyList<PathSegment> Path, bool DirectlyAbove);
internal sealed record ItemBlock(PlanItem Item, IReadOnlyList<Definition> Definitions);

/// <summary>
/// Reads one 推進項目 block: the header row (推進項目 | 37 title | 推進部署 | (主)…), 実施目的/実施内容,
/// the 年次計画及び実績 schedule, 実施状況, the 年度別 数値目標 rows and the ※ lines that follow.
/// </summary>
internal static partial class ItemBlockReader
{
    public const string Label = "推進項目";

    public static bool IsItemHeader(TabRow row) => row.HasTabs && row.Head == Label;

    /// <param name="rows">The block's rows, the header row first.</param>
    /// <param name="caption">The path printed in the 基本方針/改革の方向性/施策 caption row above the block's group, if any.</param>
    /// <param name="overview">The overview table's entries by number.</param>
    /// <param name="fallbackYears">The plan's years, for a schedule whose year header is missing.</param>
    public static ItemBlock? Read(IReadOnlyList<TabRow> rows, Caption? caption,
        IReadOnlyDictionary<string, OverviewEntry> overview, IReadOnlyList<FiscalYear> fallbackYears, Action<int, string> warn)
    {
        var header = rows[0];
        var departmentLabel = header.IndexOf(c => c == "推進部署");
        var titleCells = header.NonEmpty(1).Where(c => departmentLabel < 0 || c.Index < departmentLabel).ToList();
        var numbered = titleCells.Count == 0 ? Match.Empty : NumberAndTitle().Match(titleCells[0].Text);
        if (!numbered.Success)
        {
            warn(header.Line, "推進項目 block without an item number; left to full-text search");
            return null;
        }
        var printedNumber = numbered.Groups["n"].Value;
        var number = JpText.Norm(printedNumber);
        var title = numbered.Groups["t"].Value.Trim();
        if (title.Length == 0 && titleCells.Count > 1) title = titleCells[1].Text;
        if (title.Length == 0) warn(header.Line, $"item {number} has no title");

        var departmentCell = departmentLabel < 0 ? null : header.NonEmpty(departmentLabel + 1).Select(c => c.Text).FirstOrDefault();
        if (departmentCell is null) warn(header.Line, $"item {number} names no 推進部署");
        var departments = departmentCell is null ? [] : DepartmentList.Parse(departmentCell);

        var body = ReadBody(rows.Skip(1).ToList(), header.Line, number, fallbackYears, warn);
        var (path, fields) = ChoosePath(number, title, header.Line, caption, overview, warn);
        var last = rows.LastOrDefault(r => !r.IsBlank) ?? header;
        var item = new PlanItem(number, number, Label, title, path, departments, body.Sections, body.Years,
            body.Indicators, body.Notes, new LineRange(header.Line, last.Line))
        {
            PrintedNumber = $"{Label} {printedNumber}",
            Fields = fields,
        };
        return new ItemBlock(item, body.Definitions);
    }

    /// <summary>
    /// Where the item sits, from the overview table and from the caption row printed where a 施策 starts.
    /// For the block right under a caption the caption is preferred: every 施策 starts on a fresh page with it,
    /// while the overview's labels drift between rows (it lists items 16 and 39 under the 施策 before the one
    /// their pages are headed with). Further down a group the overview is preferred, since a caption may have
    /// been lost. When the two disagree, the other placement is kept as a field and warned about.
    /// </summary>
    private static (IReadOnlyList<PathSegment> Path, IReadOnlyList<Field> Fields) ChoosePath(string number, string title, int line,
        Caption? caption, IReadOnlyDictionary<string, OverviewEntry> overview, Action<int, string> warn)
    {
        overview.TryGetValue(number, out var entry);
        if (entry is null) warn(line, $"item {number} is not in the overview table");
        else if (title.Length > 0 && JpText.Key(entry.Title) != JpText.Key(title))
            warn(line, $"item {number} is titled '{title}' but the overview (L{entry.Line}) lists '{entry.Title}'");
        var listed = entry?.Path is { Count: 3 } complete ? complete : null;
        var printed = caption?.Path is { Count: 3 } ? caption.Path : null;
        var captionFirst = caption?.DirectlyAbove == true;
        var path = (captionFirst ? printed ?? listed : listed ?? printed) ?? entry?.Path ?? caption?.Path ?? [];
        var fields = new List<Field>();
        if (listed is not null && printed is not null && !Headings.SamePath(listed, printed))
        {
            var (used, other) = captionFirst ? ("block caption", "overview") : ("overview", "block caption");
            var otherPath = captionFirst ? listed : printed;
            warn(line, $"item {number}: the {used} places it under {Headings.Describe(path)}, " +
                $"the {other} under {Headings.Describe(otherPath)}; the {used} is used");
            fields.Add(new Field(captionFirst ? OverviewPlacement : CaptionPlacement, Headings.Describe(otherPath)));
        }
        if (path.Count < 3) warn(line, $"item {number}: its 基本方針/改革の方向性/施策 could not be read completely");
        return (path, fields);
    }

    /// <summary>The fields holding the placement that was not used, when overview and caption disagree.</summary>
    public const string OverviewPlacement = "項目一覧での位置";
    public const string CaptionPlacement = "見出し行での位置";

    private sealed class Body
    {
        public List<TextSection> Sections { get; } = [];
        public List<YearEntry> Years { get; } = [];
        public List<Indicator> Indicators { get; } = [];
        public List<string> Notes { get; } = [];
        public List<Definition> Definitions { get; } = [];
    }

    private static Body ReadBody(IReadOnlyList<TabRow> rows, int blockLine, string number, IReadOnlyList<FiscalYear> fallbackYears, Action<int, string> warn)
    {
        var body = new Body();
        var content = new List<TabRow>();
        var inContent = false;
        YearColumns? years = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var next = i + 1 < rows.Count ? rows[i + 1] : null;
            if (row.IsBlank) continue;
            if (DefinitionLine.Parse(row, number) is { } definition) { body.Definitions.Add(definition); continue; }
            if (row.Head == "実施目的") { inContent = true; continue; }
            if (IsScheduleCaption(row)) { inContent = false; continue; }
            if (YearColumns.FromHeader(row) is { } header) { years = header; inContent = false; continue; }
            if (ScheduleReader.IsActivityRow(row))
            {
                var result = next is not null && ScheduleReader.IsResultRow(next) ? rows[++i] : null;
                body.Years.AddRange(ScheduleReader.Read(row, result, years, fallbackYears, warn));
                continue;
            }
            if (ScheduleReader.IsResultRow(row))
            {
                if (row.NonEmpty(2).Any()) warn(row.Line, $"item {number}: a 実績 row with no 計画 row above it; not read");
                continue;
            }
            if (row.Head == "実施状況")
            {
                var status = string.Join(" ", row.NonEmpty(1).Select(c => c.Text));
                if (status.Length > 0) body.Sections.Add(new TextSection("実施状況", status, LineRange.At(row.Line)));
                continue;
            }
            if (IndicatorReader.IsTargetRow(row))
            {
                var actual = next is not null && IndicatorReader.IsActualRow(next) && !IndicatorReader.IsTargetRow(next) ? rows[++i] : null;
                var read = IndicatorReader.Read(row, actual, years?.Years ?? fallbackYears, warn);
                if (read.Indicator is not null) body.Indicators.Add(read.Indicator);
                body.Notes.AddRange(read.Notes);
                continue;
            }
            if (IndicatorReader.IsActualRow(row))
            {
                if (row.NonEmpty().Count() > 1) warn(row.Line, $"item {number}: a 実績値 row with no 目標値 row above it; not read");
                continue;
            }
            if (inContent) { content.Add(row); continue; }
            warn(row.Line, $"item {number}: row not understood: '{Shorten(row.Text)}'");
        }
        AddPurposeAndContent(content, blockLine, number, body.Sections, warn);
        return body;
    }

    private static bool IsScheduleCaption(TabRow row) =>
        row.Head is "年次計画及び実績" or "スケジュール" || row.Head.StartsWith("凡例", StringComparison.Ordinal);

    /// <summary>
    /// The row under 実施目的/実施内容 holds the two texts. Item 35 repeats its HTML table as extra cells and rows;
    /// text already present is not added twice, anything new is appended to 実施内容.
    /// </summary>
    private static void AddPurposeAndContent(IReadOnlyList<TabRow> rows, int blockLine, string number, List<TextSection> sections, Action<int, string> warn)
    {
        var cells = rows.SelectMany(r => r.NonEmpty().Select(c => (r.Line, Text: HtmlText.ToPlain(c.Text)))).ToList();
        if (cells.Count == 0)
        {
            warn(blockLine, $"item {number}: no 実施目的/実施内容 found");
            return;
        }
        var purpose = cells[0];
        sections.Add(new TextSection("実施目的", purpose.Text, LineRange.At(purpose.Line)));
        if (cells.Count == 1)
        {
            warn(purpose.Line, $"item {number}: 実施内容 is missing");
            return;
        }
        var content = cells[1].Text;
        foreach (var extra in cells.Skip(2))
            if (!JpText.Key(content).Contains(JpText.Key(extra.Text), StringComparison.Ordinal))
                content += "\n" + extra.Text;
        sections.Add(new TextSection("実施内容", content, new LineRange(cells[1].Line, cells[^1].Line)));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text.Replace('\t', ' ') : text[..40].Replace('\t', ' ') + "…";

    [GeneratedRegex(@"^(?<n>[0-9０-９]{1,3})(?![0-9０-９])[\s　]*(?<t>.*)$")]
    private static partial Regex NumberAndTitle();
}
