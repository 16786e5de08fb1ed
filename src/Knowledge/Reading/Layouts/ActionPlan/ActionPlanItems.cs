using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.ActionPlan;

/// <summary>
/// Builds the 後期 取組 from the 取組み整理表 rows (title, path, 主担当課, 前期取組名, 見直し区分) and adds what the
/// Try lists say of each (the Try headings that list it, their [units], notes). A Try entry found in no
/// 整理表 row still becomes an item, with a warning, so that nothing printed is lost.
/// </summary>
public static class ActionPlanItems
{
    private sealed class Builder(string title, int line, IReadOnlyList<PathSegment> path)
    {
        public string Title { get; } = title;
        public ComparableName Name { get; } = new(title);
        public int Line { get; } = line;
        public IReadOnlyList<PathSegment> Path { get; } = path;
        public List<Department> Departments { get; } = [];
        public List<Field> Fields { get; } = [];
        public List<string> Notes { get; } = [];

        public void AddDepartment(string name, bool lead)
        {
            if (Departments.Any(d => NameMatch.Same(d.Name, name))) return;
            Departments.Add(new Department(name, lead));
        }

        public void AddField(string label, string value)
        {
            if (!Fields.Contains(new Field(label, value))) Fields.Add(new Field(label, value));
        }
    }

    public static List<PlanItem> Build(IEnumerable<ReorganisationRow> rows, IEnumerable<TryEntry> tryEntries, string file, ICollection<ReadWarning> warnings)
    {
        var builders = new List<Builder>();
        foreach (var row in rows.Where(r => r.ToTitle is not null))
        {
            // The same 後期 取組 on two rows is one 取組 that continues two 前期 ones.
            var key = NameMatch.Key(row.ToTitle!);
            var builder = builders.FirstOrDefault(b => b.Name.Key == key);
            if (builder is null)
            {
                builder = new Builder(row.ToTitle!, row.Line, new[] { row.Policy, row.Strategy }.OfType<PathSegment>().ToList());
                builders.Add(builder);
            }
            if (row.FromTitle is not null) builder.AddField("前期取組名", row.FromTitle);
            builder.AddField("見直し区分", row.Status);
            if (row.Lead is not null) builder.AddDepartment(row.Lead, lead: true);
        }

        foreach (var entry in tryEntries.Where(e => e.FoldedInto is null))
        {
            var builder = Best(builders, new ComparableName(entry.Name));
            if (builder is null)
            {
                warnings.Add(new ReadWarning(file, entry.Line, $"Try entry '{entry.Name}' is in no 取組み整理表 row: read from the Try list only"));
                builder = new Builder(entry.Name, entry.Line, []);
                builders.Add(builder);
            }
            builder.AddField("Try", entry.Heading);
            if (!NameMatch.Same(builder.Title, entry.Name)) builder.AddField("Try表記", entry.Name);
            foreach (var department in entry.Departments) builder.AddDepartment(department, lead: false);
            foreach (var note in entry.Notes.Where(n => !builder.Notes.Contains(n))) builder.Notes.Add(note);
        }

        var keys = new HashSet<string>();
        return builders.Select(b => new PlanItem(UniqueKey(b.Title, keys), null, ActionPlanReader.ItemLabel, b.Title, b.Path, b.Departments,
            [], [], [], b.Notes, LineRange.At(b.Line)) { Fields = b.Fields }).ToList();
    }

    /// <summary>The item whose name is closest to <paramref name="name"/>, if close enough to be the same 取組.</summary>
    private static Builder? Best(IEnumerable<Builder> builders, ComparableName name) =>
        builders.Select(b => (Builder: b, Score: NameMatch.Similarity(b.Name, name)))
            .Where(x => x.Score >= NameMatch.Threshold)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Builder)
            .FirstOrDefault();

    private static string UniqueKey(string title, HashSet<string> keys)
    {
        var key = title;
        for (var i = 2; !keys.Add(key); i++) key = $"{title} ({i})";
        return key;
    }
}
