using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>
/// The 推進部署 cell: units separated by spaces, the lead one marked (主) — "(主)職員課 財政課", "(主) 収納課 財政課 総務課".
/// </summary>
internal static class DepartmentList
{
    private static readonly string[] LeadMarks = ["(主)", "（主）"];

    public static IReadOnlyList<Department> Parse(string cell)
    {
        var departments = new List<Department>();
        var leadNext = false;
        foreach (var token in cell.Split([' ', '　', '、', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token;
            // The mark is printed glued to the name or standing alone before it.
            foreach (var mark in LeadMarks)
                if (name.StartsWith(mark, StringComparison.Ordinal)) { leadNext = true; name = name[mark.Length..]; }
            if (name.Length == 0) continue;
            departments.Add(new Department(name, leadNext));
            leadNext = false;
        }
        return departments;
    }
}
