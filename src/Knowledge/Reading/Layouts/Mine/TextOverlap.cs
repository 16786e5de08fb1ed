using System.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Mine;

/// <summary>
/// How much two texts say the same thing: the shared character bigrams (after NFKC, letters and digits
/// only), each weighted by how rare it is in the document, so "ワンストップ" counts and "の検" does not.
/// </summary>
internal sealed class TextOverlap
{
    private readonly Dictionary<string, double> _weights = new();
    private readonly double _unseenWeight;

    public TextOverlap(IEnumerable<string> documentTexts)
    {
        var df = new Dictionary<string, int>();
        var count = 0;
        foreach (var text in documentTexts)
        {
            count++;
            foreach (var gram in Bigrams(text)) df[gram] = df.GetValueOrDefault(gram) + 1;
        }
        foreach (var (gram, n) in df) _weights[gram] = Math.Max(0, Math.Log((double)count / n));
        _unseenWeight = Math.Log(Math.Max(count, 1));
    }

    public double Score(string a, string b)
    {
        var shared = Bigrams(a);
        shared.IntersectWith(Bigrams(b));
        return shared.Sum(g => _weights.GetValueOrDefault(g, _unseenWeight));
    }

    private static HashSet<string> Bigrams(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        var s = sb.ToString();
        var grams = new HashSet<string>();
        for (var i = 0; i + 1 < s.Length; i++) grams.Add(s.Substring(i, 2));
        return grams;
    }
}
