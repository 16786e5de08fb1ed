using Gyokaku.Knowledge.Reading.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>Cells of a table line as extraction prints it: Markdown pipes, or tabs.</summary>
internal static class TableRow
{
    /// <summary>The cells of a '|' line (outer pipes dropped) or of a tab-separated line; one cell for any other line.</summary>
    public static IReadOnlyList<string> Cells(string line)
    {
        var s = line.Trim();
        if (s.StartsWith('|'))
        {
            s = s[1..];
            if (s.EndsWith('|')) s = s[..^1];
            return s.Split('|').Select(Plain).ToList();
        }
        return line.Split('\t').Select(Plain).ToList();
    }

    // Cells sometimes carry the HTML of the PDF's table (<br>, <li>): read as the text it shows.
    private static string Plain(string cell) => cell.Contains('<') ? HtmlFragments.ToPlainText(cell).Text : cell.Trim();

    public static bool IsRow(string line) => line.TrimStart().StartsWith('|') || line.Count(c => c == '\t') >= 2;

    /// <summary>|---|:--:| only aligns columns.</summary>
    public static bool IsSeparator(string line) =>
        line.TrimStart().StartsWith('|') && Cells(line).All(c => c.Length == 0 || c.All(ch => ch is '-' or ':' or ' '));
}
