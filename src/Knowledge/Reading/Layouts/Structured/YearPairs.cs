using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A line of several year/value pairs (Ｒ５：１０手続　Ｒ６：２５手続　Ｒ７：４０手続), as plans print an
/// indicator's targets or a schedule one line per item. Each pair keeps its value as printed; －/― stays a mark of
/// absence. A range (Ｒ４～Ｒ７：定員適正化計画に基づく管理) gives its value to every year it spans.
/// </summary>
internal static partial class YearPairs
{
    public static IReadOnlyList<(FiscalYear Year, string Printed, string Value, bool Ranged)> Read(MappedLine line)
    {
        var matches = Pair().Matches(line.Normalized);
        if (matches.Count == 0 || line.Normalized[..matches[0].Index].Trim().Length > 0) return [];
        return From(line, matches);
    }

    /// <summary>
    /// A line that goes on with the pairs of the line above it, which the page wrapped (Ｒ６：対象手続の拡 /
    /// 大（150手続）　Ｒ７：…): the text before its first pair (or the whole line, when it has none) and its own pairs.
    /// </summary>
    public static (string Lead, IReadOnlyList<(FiscalYear Year, string Printed, string Value, bool Ranged)> Pairs) Continued(MappedLine line)
    {
        var matches = Pair().Matches(line.Normalized);
        if (matches.Count == 0) return (line.Original.Trim(), []);
        return (line.OriginalRange(0, matches[0].Index), From(line, matches));
    }

    private static List<(FiscalYear, string, string, bool)> From(MappedLine line, MatchCollection matches)
    {
        var s = line.Normalized;
        var pairs = new List<(FiscalYear, string, string, bool)>();
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (!FiscalYear.TryParse(m.Groups["y"].Value, out var year)) return [];
            var last = year;
            if (m.Groups["y2"].Success && (!FiscalYear.TryParse(m.Groups["y2"].Value, out last) || last.Year < year.Year || last.Year - year.Year > 10)) return [];
            var end = i + 1 < matches.Count ? matches[i + 1].Index : s.Length;
            var valueStart = m.Index + m.Length;
            var value = line.OriginalRange(valueStart, end - valueStart);
            var printedEnd = m.Groups["y2"].Success ? m.Groups["y2"].Index + m.Groups["y2"].Length : m.Groups["y"].Index + m.Groups["y"].Length;
            var printed = line.OriginalRange(m.Groups["y"].Index, printedEnd - m.Groups["y"].Index);
            for (var y = year.Year; y <= last.Year; y++) pairs.Add((new FiscalYear(y), printed, value, last != year));
        }
        return pairs;
    }

    [GeneratedRegex(@"(?<y>(?:R|令和)\s*\d{1,2}(?:年度)?|20\d\d年度)(?:\s*[~〜\-]\s*(?<y2>(?:R|令和)\s*\d{1,2}(?:年度)?|20\d\d年度))?\s*:\s*")]
    private static partial Regex Pair();
}
