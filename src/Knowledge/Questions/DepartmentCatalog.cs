using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Questions;

/// <summary>The departments the documents name (推進部署, 担当課, 主担当課, 担当部局), to spot them in questions.</summary>
public sealed class DepartmentCatalog
{
    private readonly List<(string Normalized, string Name)> _names;

    public DepartmentCatalog(IEnumerable<PlanDocument> documents)
    {
        var names = new HashSet<string>();
        foreach (var doc in documents)
        {
            foreach (var d in doc.Items.SelectMany(i => i.Departments)) names.Add(d.Name);
            foreach (var d in doc.Mappings.SelectMany(m => m.Departments)) names.Add(d.Name);
        }
        // Longest first, so 消防局総務課 wins over 総務課.
        _names = names.Select(n => (JaText.Normalize(n), n)).Where(n => n.Item1.Length >= 2)
            .OrderByDescending(n => n.Item1.Length).ToList();
    }

    /// <summary>The department a question names, as the documents write it, or null.</summary>
    public string? Find(string normalizedQuestion) =>
        _names.FirstOrDefault(n => normalizedQuestion.Contains(n.Normalized, StringComparison.Ordinal)).Name;

    public static bool Matches(Department department, string normalizedName) =>
        JaText.Normalize(department.Name) == normalizedName;
}
