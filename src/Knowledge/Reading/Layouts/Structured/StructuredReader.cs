using Gyokaku.Knowledge.Model;

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
        try { return FindItems(Lines(text)).Count >= 2 ? FoundScore : 0; }
        catch (Exception) { return 0; }
    }

    public PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings)
    {
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
        return new PlanDocument(text.FileName, FrontMatter.Municipality(text, title), title, FrontMatter.Kind(title), Layout,
            period, items, PlanSections.Read(lines, items), [], [], [], [])
        {
            YearStyle = FrontMatter.YearStyle(text),
        };
    }

    /// <summary>
    /// The items of whichever structure says the most about them (blocks win a tie: they carry the most text).
    /// An outline table of titles can hold more rows than the plan has items; its rows say little of each.
    /// </summary>
    internal static IReadOnlyList<PlanItem> FindItems(IReadOnlyList<MappedLine> lines)
    {
        var found = new[] { NumberedBlocks.Read(lines), HeaderTables.Read(lines), KeyValueTables.Read(lines) }
            .Select(b => (Items: b, Built: b.Select(i => i.Build("")).ToList()))
            .OrderByDescending(b => b.Built.Sum(Richness)).First().Items;
        if (found.Count == 0) return [];
        var paths = PathsByLine(lines);
        var keys = new HashSet<string>();
        var items = new List<PlanItem>();
        foreach (var builder in found)
        {
            builder.PlaceUnder(paths[builder.FirstLine - 1]);
            items.Add(builder.Build(UniqueKey(builder, keys)));
        }
        return items;
    }

    private static int Richness(PlanItem item) =>
        (item.Number is not null ? 1 : 0) + (item.Departments.Count > 0 ? 1 : 0) + (item.Years.Count > 0 || item.Indicators.Count > 0 ? 1 : 0) + (item.Sections.Count > 0 ? 1 : 0);

    private static PlanItem? Outside(IReadOnlyList<PlanItem> items, FiscalPeriod period) =>
        items.FirstOrDefault(i => i.Years.Any(y => !period.Contains(y.Year)) || i.Indicators.Any(x => x.Targets.Any(t => !period.Contains(t.Year))));

    /// <summary>Chapters about the plan as a whole, for a document with no items as well.</summary>
    internal static IReadOnlyList<TextSection> Sections(SourceText text) => PlanSections.Read(Lines(text), []);

    private static IReadOnlyList<MappedLine> Lines(SourceText text) => text.Lines.Select(l => new MappedLine(l)).ToList();

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
