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
        return new PlanDocument(text.FileName, FrontMatter.Municipality(text, title), title, FrontMatter.Kind(title), Layout,
            FrontMatter.Period(text), items, PlanSections.Read(lines, items), [], [], [], [])
        {
            YearStyle = FrontMatter.YearStyle(text),
        };
    }

    /// <summary>The items of whichever structure holds the most of them (blocks win a tie: they carry the most text).</summary>
    internal static IReadOnlyList<PlanItem> FindItems(IReadOnlyList<MappedLine> lines)
    {
        var found = new[] { NumberedBlocks.Read(lines), HeaderTables.Read(lines), KeyValueTables.Read(lines) }
            .OrderByDescending(b => b.Count).First();
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
