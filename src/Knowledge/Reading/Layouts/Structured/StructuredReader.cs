using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// The reader for plans in a layout nobody has written a reader for. It looks for the structure every
/// Japanese reform plan prints in some form — numbered item blocks with labelled lines, item tables with a
/// header row, two-column label/value tables — and reads items only from that; title, municipality and
/// period come from the opening lines. Anything it cannot place stays in the passages.
/// </summary>
public sealed class StructuredReader : IPlanReader
{
    /// <summary>
    /// Just above the loader's threshold, and below what every dedicated reader gives its own layout:
    /// a text a dedicated reader knows always goes to it.
    /// </summary>
    public const double FoundScore = PlanLoader.RecognitionThreshold + 0.01;

    public string Layout => "structured";

    public double Recognize(SourceText text)
    {
        try { return FindItems(Lines(Sheets(text))).Count >= 2 ? FoundScore : 0; }
        catch (Exception) { return 0; }
    }

    public PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings)
    {
        // A sheet exported as CSV or TSV is read as the table it is, title and notes as the lines they are.
        text = Sheets(text);
        var lines = Lines(text);
        var items = FindItems(lines);
        var title = FrontMatter.Title(text);
        var period = FrontMatter.Period(text);
        if (period is not null && Outside(items, period) is { } outside)
        {
            // A period its own items run past is not the plan's: a wrong period would turn answers away.
            warnings.Add(new ReadWarning(text.FileName, outside.Lines.Start, $"item {outside.Key} has years outside {period.Format(FiscalYearStyle.Short)}; period left unread"));
            period = null;
        }
        if (FrontMatter.ReportYear(text) is { } reported) items = items.Select(i => OfReportYear(i, reported)).ToList();
        return new PlanDocument(text.FileName, FrontMatter.Municipality(text, title), title, FrontMatter.Kind(title), Layout,
            period, items, PlanSections.Read(lines, items), NoteDefinitions.Read(lines), [], [.. DataTables.Read(lines), .. ItemColumnTotals.Read(lines), .. LayoutTableReading.Figures(lines), .. SpacedFigureTables.Read(lines), .. LabelledFigureLists.Read(lines)], [])
        {
            YearStyle = FrontMatter.YearStyle(text),
        };
    }

    /// <summary>
    /// In a report on one fiscal year, an item graded without a year (① 補助金の見直し ［財政課］ 評価：△, 【進捗評価】Ｓ)
    /// is graded for that year, and its results without a year (【実績】…) are that year's — beside a schedule of
    /// other years' plans as well. An item with no years at all reports that year in its text (内容).
    /// </summary>
    private static PlanItem OfReportYear(PlanItem item, FiscalYear year)
    {
        var grade = item.Sections.FirstOrDefault(s => IsGradeLabel(s.Label) && s.Text.Trim().Length <= 2)?.Text.Trim();
        if (grade is null) return item;
        var entry = item.Years.FirstOrDefault(y => y.Year == year && y.Activity is null);
        if (entry is not null && entry.Evaluation is not null) return item;
        var result = item.Sections.FirstOrDefault(s => ResultLabels.Contains(JaText.Normalize(s.Label)))?.Text
            ?? (item.Years.Count == 0 ? item.Section("内容") : null);
        if (entry is null) return item with { Years = [.. item.Years, new YearEntry(year, null, null, null, result, grade)] };
        var years = item.Years.Select(y => y == entry ? y with { Result = y.Result ?? result, Evaluation = grade } : y).ToList();
        return item with { Years = years };
    }

    // A year's own result, printed without its year in a report on one year.
    private static readonly string[] ResultLabels = ["実績", "取組実績", "取組状況", "進捗状況", "成果", "結果"];

    private static bool IsGradeLabel(string label) => JaText.Normalize(label) is var n && (n.Contains("評価") || n.Contains("達成度") || n == "進捗");

    /// <summary>
    /// The items of whichever structure says the most about them (blocks win a tie: they carry the most text).
    /// An outline table of titles can hold more rows than the plan has items; its rows say little of each.
    /// </summary>
    internal static IReadOnlyList<PlanItem> FindItems(IReadOnlyList<MappedLine> lines)
    {
        var blocks = NumberedBlocks.Read(lines);
        var tables = HeaderTables.Read(lines);
        var layout = LayoutTableReading.Items(lines);
        var found = new[] { blocks, tables, KeyValueTables.Read(lines), FlattenedSheets.Read(lines), layout, BracketFieldBlocks.Read(lines), SpacedScheduleTables.Read(lines), KanaSubItems.Read(lines) }
            .Select(b => (Items: b, Built: b.Select(i => i.Build("")).ToList()))
            .OrderByDescending(b => b.Built.Sum(Richness)).First().Items;
        if (found.Count == 0) return [];
        if (found == blocks) MergeSummary(blocks, tables);
        if (found == tables || found == layout) found = MergeRepeated(found);
        ItemProse.Attach(found, lines);
        var paths = PathsByLine(lines);
        var byCode = HeadingsByNumber(paths);
        var keys = new HashSet<string>();
        var items = new List<PlanItem>();
        foreach (var builder in found)
        {
            // A word that numbers the items themselves (推進項目12) is no level above them, though it heads a level elsewhere.
            builder.PlaceUnder(PathOf(builder, paths[builder.FirstLine - 1].Where(p => p.Level != builder.Label).ToList(), byCode));
            items.Add(builder.Build(UniqueKey(builder, keys)));
        }
        return items;
    }

    /// <summary>
    /// A summary table (番号 | 体系番号 | 取組名 | 所管課) and detailed blocks describing the same numbers are one
    /// list of items: each block takes from its row what the block does not print.
    /// </summary>
    private static void MergeSummary(IReadOnlyList<ItemBuilder> blocks, IReadOnlyList<ItemBuilder> rows)
    {
        var byNumber = rows.Where(r => r.Number is not null).GroupBy(r => r.Number!).ToDictionary(g => g.Key, g => g.First());
        var matched = blocks.Count(b => b.Number is not null && byNumber.ContainsKey(b.Number));
        if (matched * 2 < blocks.Count) return;
        foreach (var block in blocks)
            if (block.Number is not null && byNumber.TryGetValue(block.Number, out var row)) block.Enrich(row);
    }

    /// <summary>
    /// A number met again in a later table (an indicator table after the item table: | 番号 | 指標名 | 基準値 |,
    /// a results table after the schedule table of a report) is the same item: its row adds to the item's first
    /// row instead of making a second item. So does a row printing the same number and title again (a
    /// 実施スケジュール table after the results table).
    /// </summary>
    private static IReadOnlyList<ItemBuilder> MergeRepeated(IReadOnlyList<ItemBuilder> rows)
    {
        var first = new Dictionary<string, ItemBuilder>();
        var kept = new List<ItemBuilder>();
        foreach (var row in rows)
        {
            if (row.Number is { } n && first.TryGetValue(n, out var earlier) && (row.Title.Length == 0 || row.Title == earlier.Title)) { earlier.Absorb(row); continue; }
            if (row.Number is { } m) first.TryAdd(m, row);
            kept.Add(row);
        }
        return kept;
    }

    /// <summary>
    /// Where an item sits. Blocks printed after the plan's outline sit under whatever outline heading came
    /// last; an item that prints its code (1-(1)-①) sits under the top heading its code's first number names.
    /// </summary>
    private static IEnumerable<PathSegment> PathOf(ItemBuilder item, IReadOnlyList<PathSegment> open, IReadOnlyDictionary<(string, string), PathSegment> byNumber)
    {
        if (open.Count == 0 || item.Code is not { } code) return open;
        var first = new string(Gyokaku.Knowledge.Text.JaText.Nfkc(code).TakeWhile(char.IsDigit).ToArray());
        return byNumber.TryGetValue((open[0].Level, first), out var top) ? [top] : open;
    }

    private static Dictionary<(string, string), PathSegment> HeadingsByNumber(IReadOnlyList<PathSegment>[] paths)
    {
        var found = new Dictionary<(string, string), PathSegment>();
        foreach (var path in paths)
            if (path.Count > 0 && path[0].Number is { } n) found.TryAdd((path[0].Level, ItemBuilder.NumberOf(n)), path[0]);
        return found;
    }

    private static int Richness(PlanItem item) =>
        (item.Number is not null ? 1 : 0) + (item.Departments.Count > 0 ? 1 : 0) + (item.Years.Count > 0 || item.Indicators.Count > 0 ? 1 : 0) + (item.Sections.Count > 0 ? 1 : 0);

    private static PlanItem? Outside(IReadOnlyList<PlanItem> items, FiscalPeriod period) =>
        items.FirstOrDefault(i => i.Years.Any(y => !period.Contains(y.Year)) || i.Indicators.Any(x => x.Targets.Any(t => !period.Contains(t.Year))));

    /// <summary>Chapters about the plan as a whole, for a document with no items as well.</summary>
    internal static IReadOnlyList<TextSection> Sections(SourceText text) => PlanSections.Read(Lines(Sheets(text)), []);

    /// <summary>The terms the ※ notes explain, for a document with no items as well.</summary>
    internal static IReadOnlyList<Definition> Definitions(SourceText text) => NoteDefinitions.Read(Lines(text));

    // A workbook saved as text: tab-separated rows with their wrapped cells joined, comma-separated ones as tables.
    private static SourceText Sheets(SourceText text) => CsvSheets.Rewrite(TabSheets.Rejoin(text));

    // Page numbers, running headers and form feeds read as blank lines: they belong to no item.
    private static IReadOnlyList<MappedLine> Lines(SourceText text) => CellLineTables.Rejoin(ColumnMajorTables.Rejoin(BoxTables.Rejoin(PageFurniture.Clean(text.Lines)))).Select(l => new MappedLine(l)).ToList();

    /// <summary>The hierarchy path open at each line.</summary>
    private static IReadOnlyList<PathSegment>[] PathsByLine(IReadOnlyList<MappedLine> lines)
    {
        var headings = new HierarchyHeadings();
        var paths = new IReadOnlyList<PathSegment>[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            headings.Feed(lines[i]);
            paths[i] = headings.Current;
        }
        return paths;
    }

    // The number when it is one of a kind; an unnumbered item is keyed by its title.
    private static string UniqueKey(ItemBuilder item, HashSet<string> keys)
    {
        var basis = item.Number ?? (item.Title.Length > 0 ? item.Title : "item");
        var key = basis;
        for (var n = 2; !keys.Add(key); n++) key = $"{basis}#{n}";
        return key;
    }
}
