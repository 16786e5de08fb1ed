using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A line of several year/value pairs (Ｒ５：１０手続　Ｒ６：２５手続　Ｒ７：４０手続), as plans print an
/// indicator's targets one line per indicator. Each pair keeps its value as printed; －/― stays a mark of absence.
/// </summary>
internal static partial class YearPairs
{
    public static IReadOnlyList<(FiscalYear Year, string Printed, string Value)> Read(MappedLine line)
    {
        var s = line.Normalized;
        var matches = Pair().Matches(s);
        if (matches.Count == 0 || s[..matches[0].Index].Trim().Length > 0) return [];
        var pairs = new List<(FiscalYear, string, string)>();
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (!FiscalYear.TryParse(m.Groups["y"].Value, out var year)) return [];
            var end = i + 1 < matches.Count ? matches[i + 1].Index : s.Length;
            var valueStart = m.Index + m.Length;
            var value = line.OriginalRange(valueStart, end - valueStart);
            pairs.Add((year, line.OriginalRange(m.Groups["y"].Index, m.Groups["y"].Length), value));
        }
        return pairs;
    }

    [GeneratedRegex(@"(?<y>(?:R|令和)\s*\d{1,2}(?:年度)?|20\d\d年度)\s*:\s*")]
    private static partial Regex Pair();
}
