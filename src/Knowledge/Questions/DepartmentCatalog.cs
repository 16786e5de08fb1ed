using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Questions;

/// <summary>The departments the documents name (推進部署, 担当課, 主担当課, 担当部局), to spot them in questions.</summary>
public sealed partial class DepartmentCatalog
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
        // A role printed where a unit would stand (関係課, 全課) names no unit: "担当課と関係課は？" asks for an item's units.
        _names = names.Select(n => (JaText.Normalize(n), n)).Where(n => n.Item1.Length >= 2 && !RoleWord().IsMatch(n.Item1))
            .OrderByDescending(n => n.Item1.Length).ToList();
    }

    /// <summary>The department a question names, as the documents write it, or null.</summary>
    public string? Find(string normalizedQuestion) =>
        _names.FirstOrDefault(n => normalizedQuestion.Contains(n.Normalized, StringComparison.Ordinal)).Name;

    public static bool Matches(Department department, string normalizedName) =>
        JaText.Normalize(department.Name) == normalizedName;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(関係|担当|所管|主管|関連|全|各|全て?の|協力)(課|部署|部局|部|係)$")]
    private static partial System.Text.RegularExpressions.Regex RoleWord();
}
