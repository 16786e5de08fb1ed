using System.Text;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>
/// Puts the summary table and the detail rows together into items: each 取組項目 of the summary
/// (with its own detail row's 概要 and years, when it has one), then its 具体的取組. Rows are matched
/// to the summary by number (施策-展開-取組項目), not by title: the two tables spell some titles differently.
/// </summary>
internal sealed class OkayamaItems(string file, ICollection<ReadWarning> warnings, FiscalYear? fallbackResultYear)
{
    private const string ItemLabel = "取組項目";
    private const string ConcreteLabel = "具体的取組";

    private readonly HashSet<string> _keys = [];
    private readonly List<Definition> _definitions = [];
    private bool _resultYearReported;

    public IReadOnlyList<Definition> Definitions => _definitions;

    public IReadOnlyList<PlanItem> Build(IReadOnlyList<SummaryEntry> summary, IReadOnlyList<DetailRow> rows)
    {
        var items = new List<PlanItem>();
        var rowsByKey = rows.GroupBy(r => r.ItemKey).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var entry in summary)
        {
            var itemRows = rowsByKey.GetValueOrDefault(entry.Key) ?? [];
            if (itemRows.Count == 0)
                warnings.Add(new ReadWarning(file, entry.Line, $"取組項目 {entry.Key} has no row in the detail table"));
            AddItem(items, entry.Key, entry.Item, [entry.Measure, entry.Development], entry.Departments, entry, itemRows);
        }
        var inSummary = summary.Select(e => e.Key).ToHashSet();
        foreach (var group in rows.GroupBy(r => r.ItemKey).Where(g => !inSummary.Contains(g.Key)))
        {
            var first = group.First();
            warnings.Add(new ReadWarning(file, first.Lines.Start, $"取組項目 {group.Key} is not in the summary table; read without 担当部局"));
            AddItem(items, group.Key, first.Item,
                [new PathSegment("施策", first.Measure.Number, first.Measure.Title), new PathSegment("展開", first.Development.Number, first.Development.Title)],
                [], null, group.ToList());
        }
        return items;
    }

    private void AddItem(List<PlanItem> items, string key, NumberedTitle item, IReadOnlyList<PathSegment> path,
        IReadOnlyList<Department> departments, SummaryEntry? entry, List<DetailRow> rows)
    {
        var ownRows = rows.Where(r => r.Concrete is null).ToList();
        var own = ownRows.FirstOrDefault();
        var fields = new List<Field>();
        if (entry?.Page is { } page) fields.Add(new Field("ページ", page));
        // The detail table's 項目名 where it differs from the summary's (税金等 / 税收等): both are the document's words.
        foreach (var variant in rows.Select(r => r.Item.Title).Distinct().Where(t => !SameText(t, item.Title)))
            fields.Add(new Field("詳細表の項目名", variant));

        var parent = new PlanItem(Unique(key), key, ItemLabel, item.Title, path, departments,
            own is null ? [] : Overview(own, key), own is null ? [] : Years(own, key), own is null ? [] : Comparisons(own), [],
            own?.Lines ?? LineRange.At(entry?.Line ?? rows[0].Lines.Start))
        { PrintedNumber = item.Printed, Fields = fields };
        items.Add(parent);

        foreach (var extra in ownRows.Skip(1))
        {
            warnings.Add(new ReadWarning(file, extra.Lines.Start, $"a second row for 取組項目 {key}; read as an item of its own"));
            items.Add(parent with { Key = Unique(key), Sections = Overview(extra, key), Years = Years(extra, key), Lines = extra.Lines, Fields = [] });
        }

        var childPath = path.Append(new PathSegment(ItemLabel, item.Number, item.Title)).ToList();
        foreach (var row in rows.Where(r => r.Concrete is not null))
            items.Add(Concrete(row, row.Concrete!, parent, childPath));
    }

    /// <summary>A 具体的取組 row: "a) …" is numbered "1-1-③-a"; a bulleted "○…" has no number of its own.</summary>
    private PlanItem Concrete(DetailRow row, NumberedTitle concrete, PlanItem parent, IReadOnlyList<PathSegment> path)
    {
        var number = concrete.Number is { Length: > 0 } letter ? $"{parent.Number}-{letter}" : null;
        var key = Unique(number ?? $"{parent.Number}-{(concrete.Printed.Length > 0 ? concrete.Printed : "?")}");
        return new PlanItem(key, number, ConcreteLabel, concrete.Title, path, parent.Departments,
            Overview(row, key), Years(row, key), Comparisons(row), [], row.Lines)
        {
            PrintedNumber = concrete.Printed.Length > 0 ? concrete.Printed : null,
            ParentKey = parent.Key,
        };
    }

    private IReadOnlyList<TextSection> Overview(DetailRow row, string key)
    {
        var overview = OkayamaYears.Clean(row.Overview, "概要", row, file, warnings);
        _definitions.AddRange(NoteDefinitions.Find(overview, row.Lines, key));
        return overview.Length == 0 ? [] : [new TextSection("概要", overview, row.Lines)];
    }

    private IReadOnlyList<YearEntry> Years(DetailRow row, string key)
    {
        var resultYear = row.ResultYear ?? fallbackResultYear;
        if (row.ResultYear is null && !_resultYearReported)
        {
            _resultYearReported = true;
            warnings.Add(new ReadWarning(file, row.Lines.Start, resultYear is null
                ? "no year for the 実績 column (header and title name none); 実績 not read"
                : $"実績 column header names no year; taken as {resultYear} from the title"));
        }
        var years = OkayamaYears.Read(row, resultYear, file, warnings);
        foreach (var result in years.Select(y => y.Result).OfType<string>())
            _definitions.AddRange(NoteDefinitions.Find(result, row.Lines, key));
        return years;
    }

    /// <summary>The 実績's two-year comparisons (R5 R6 国保 94.28%⇒93.96%) as indicators, so each year's figure is a fact of its own.</summary>
    private static IReadOnlyList<Indicator> Comparisons(DetailRow row) =>
        YearComparisons.Read(HtmlCell.Clean(row.Result).Text, row.Lines);

    private string Unique(string key)
    {
        var candidate = key;
        for (var n = 2; !_keys.Add(candidate); n++) candidate = $"{key}#{n}";
        return candidate;
    }

    private static bool SameText(string a, string b) => Squeeze(a) == Squeeze(b);

    private static string Squeeze(string s) =>
        new(s.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
