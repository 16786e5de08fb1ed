namespace Gyokaku.Knowledge.Text;

/// <summary>
/// How telling each bigram is in this corpus (inverse document frequency over its lines), so that
/// 作業部会 counts for more than する when a question is matched against items and sentences.
/// </summary>
public sealed class TermWeights
{
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly int _count;

    private TermWeights(Dictionary<string, int> documentFrequency, int count) =>
        (_documentFrequency, _count) = (documentFrequency, count);

    public static TermWeights Build(IEnumerable<string> units)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var unit in units)
        {
            n++;
            foreach (var b in JaText.Bigrams(JaText.Normalize(unit)).Distinct())
                df[b] = df.GetValueOrDefault(b) + 1;
        }
        return new TermWeights(df, Math.Max(n, 1));
    }

    public double Weight(string bigram)
    {
        var df = _documentFrequency.GetValueOrDefault(bigram);
        // A bigram the corpus never uses cannot help find anything, but must still count against coverage.
        var idf = Math.Log(1.0 + _count / (1.0 + df));
        var allKana = bigram.All(JaText.IsHiragana);
        return allKana ? idf * 0.3 : idf;
    }

    /// <summary>The share (0–1) of the query's weight whose bigrams occur in <paramref name="normalizedText"/>.</summary>
    public double Coverage(IReadOnlyCollection<string> queryBigrams, string normalizedText)
    {
        if (queryBigrams.Count == 0) return 0;
        double total = 0, hit = 0;
        foreach (var b in queryBigrams)
        {
            var w = Weight(b);
            total += w;
            if (normalizedText.Contains(b, StringComparison.Ordinal)) hit += w;
        }
        return total == 0 ? 0 : hit / total;
    }

    /// <summary>The summed weight of the query bigrams found in the text (not normalized by query length).</summary>
    public double Overlap(IReadOnlyCollection<string> queryBigrams, string normalizedText)
    {
        double hit = 0;
        foreach (var b in queryBigrams)
            if (normalizedText.Contains(b, StringComparison.Ordinal)) hit += Weight(b);
        return hit;
    }

    public double TotalWeight(IEnumerable<string> bigrams) => bigrams.Sum(Weight);
}
