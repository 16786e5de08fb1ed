using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Splits a line at its wide gaps: a header block printed on one line (取組番号 4      取組項目 …      担当課 …)
/// keeps each label and value apart by two spaces or more, or a tab, while a title holds single spaces.
/// (Tables laid out by column position are read by <see cref="LayoutTables"/>.)
/// </summary>
internal static partial class WideGaps
{
    public static IReadOnlyList<string> Parts(string line) =>
        Gap().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    [GeneratedRegex(@"\t|[ 　\t]{2,}")]
    private static partial Regex Gap();
}
