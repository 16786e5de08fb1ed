using System.Text;
using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>
/// Figures a 実績 prints as a comparison of two years: a header naming the years ("R5 R6") over one or more
/// "国保 94.28%⇒93.96%" entries. Each entry is an indicator whose earlier-year value is its baseline (the text
/// compares against it: R5年度と比較し…) and that year's actual. The measure is named by the
/// sentence just before the header (現年収納率(5料合計)は減少した。), so 国保 reads as 国保's 現年収納率.
/// Only what is printed in that exact shape is read; a value without its two-year header is left as text.
/// </summary>
internal static partial class YearComparisons
{
    public static IReadOnlyList<Indicator> Read(string text, LineRange lines)
    {
        var s = text.Normalize(NormalizationForm.FormKC);
        var indicators = new List<Indicator>();
        var headers = Header().Matches(s);
        for (var h = 0; h < headers.Count; h++)
        {
            var header = headers[h];
            if (!FiscalYear.TryParse(header.Groups["a"].Value, out var from) || !FiscalYear.TryParse(header.Groups["b"].Value, out var to)) continue;
            if (to.Year <= from.Year) continue;
            var end = h + 1 < headers.Count ? headers[h + 1].Index : s.Length;
            var measure = MeasureBefore(s[..header.Index]);
            var pos = header.Index + header.Length;
            while (pos < end)
            {
                var m = Entry().Match(s, pos);
                if (!m.Success || m.Index != pos || m.Index + m.Length > end) break;
                var label = m.Groups["name"].Value;
                var name = measure is null ? label : $"{measure} {label}";
                var first = m.Groups["a"].Value;
                // The later year's figure is that year's 実績 itself, quoted with its sentence (…は均衡した。): only the
                // earlier year, which no cell of its own reports, becomes a value here.
                indicators.Add(new Indicator(name, $"{from} {first}", from, first, [], [new YearValue(from, first)], lines));
                pos = m.Index + m.Length;
            }
        }
        return indicators;
    }

    /// <summary>"…と比較し現年収納率(5料合計)は減少した。" → 現年収納率(5料合計): the subject of the sentence ending right before the header.</summary>
    private static string? MeasureBefore(string before)
    {
        var sentence = before.TrimEnd();
        if (!sentence.EndsWith('。')) return null;
        var start = sentence.LastIndexOf('。', sentence.Length - 2) + 1;
        var m = Subject().Match(sentence[start..]);
        // A closing (5料合計) names the group the entries make up, not each entry's measure.
        return m.Success ? Qualifier().Replace(m.Groups["m"].Value, "") : null;
    }

    [GeneratedRegex(@"(?<![\w.])(?<a>R\d{1,2})(?:年度)?\s+(?<b>R\d{1,2})(?:年度)?\s+")]
    private static partial Regex Header();

    [GeneratedRegex(@"(?<name>[^\s⇒。※・%]+)\s+(?<a>-?\d[\d,]*(?:\.\d+)?\s*[%件人円回]?)\s*⇒\s*(?<b>-?\d[\d,]*(?:\.\d+)?\s*[%件人円回]?)\s*")]
    private static partial Regex Entry();

    [GeneratedRegex(@"\([^()]*\)$")]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"(?:比較し|比べ|比べて)[、,]?(?<m>[^、。\s]+?)(?:は|が)")]
    private static partial Regex Subject();
}
