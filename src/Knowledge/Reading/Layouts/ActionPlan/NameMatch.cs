using System.Text;
using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Layouts.ActionPlan;

/// <summary>
/// Compares 取組 names printed in two places of the document. The extraction spaces letters apart
/// ("B P Rの推進", "D X 推進課") and the Try lists spell some names slightly differently from the 整理表
/// (市長と職員の意見交換 (MSTEP) / 市長と職員の意見交換会（M STEP）), so names are compared by their
/// characters, ignoring spaces, width and bracketed asides.
/// </summary>
public static partial class NameMatch
{
    /// <summary>Similarity from which two names count as the same 取組 (Dice over character pairs).</summary>
    public const double Threshold = 0.75;

    public static string Key(string name)
    {
        var s = name.Normalize(NormalizationForm.FormKC);
        s = Aside().Replace(s, "");
        return Spaces().Replace(s, "").ToLowerInvariant();
    }

    public static bool Same(string a, string b) => Key(a) == Key(b);

    /// <summary>
    /// A unit's name without the spaces the extraction put between letters ("D X 推進課" → "DX推進課", as the
    /// Try lists print it): a unit name is an identifier, and Japanese unit names contain no spaces.
    /// </summary>
    public static string UnitName(string printed) => Spaces().Replace(printed, "");

    /// <summary>Dice coefficient over character bigrams of the keys: 1 for equal names, 0 for nothing in common.</summary>
    public static double Similarity(string a, string b)
    {
        var x = Bigrams(Key(a));
        var y = Bigrams(Key(b));
        if (x.Count == 0 || y.Count == 0) return Key(a) == Key(b) ? 1 : 0;
        var common = 0;
        var pool = y.ToList();
        foreach (var g in x)
        {
            var i = pool.IndexOf(g);
            if (i >= 0) { common++; pool.RemoveAt(i); }
        }
        return 2.0 * common / (x.Count + y.Count);
    }

    private static List<string> Bigrams(string s) =>
        Enumerable.Range(0, Math.Max(0, s.Length - 1)).Select(i => s.Substring(i, 2)).ToList();

    [GeneratedRegex(@"\([^()]*\)|\[[^\[\]]*\]")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
