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
    public static double Similarity(string a, string b) => Similarity(new ComparableName(a), new ComparableName(b));

    public static double Similarity(ComparableName a, ComparableName b)
    {
        if (a.Key == b.Key) return 1;
        if (a.PairCount == 0 || b.PairCount == 0) return 0;
        var common = a.Pairs.Sum(p => Math.Min(p.Value, b.Pairs.GetValueOrDefault(p.Key)));
        return 2.0 * common / (a.PairCount + b.PairCount);
    }

    [GeneratedRegex(@"\([^()]*\)|\[[^\[\]]*\]")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>A name prepared once for many comparisons: its key and the counts of its character pairs.</summary>
public sealed class ComparableName
{
    public ComparableName(string name)
    {
        Name = name;
        Key = NameMatch.Key(name);
        for (var i = 0; i + 1 < Key.Length; i++)
        {
            var pair = Key.Substring(i, 2);
            Pairs[pair] = Pairs.GetValueOrDefault(pair) + 1;
        }
        PairCount = Math.Max(0, Key.Length - 1);
    }

    public string Name { get; }
    public string Key { get; }
    public Dictionary<string, int> Pairs { get; } = [];
    public int PairCount { get; }
}
