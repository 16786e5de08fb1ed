using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>A sentence quoted from a text, with how well it covers the question's terms.</summary>
public sealed record PickedSentence(string Text, double Coverage);

/// <summary>
/// Picks, from a free text, the sentence(s) holding the question's key terms — so an answer quotes
/// "作業部会を3回開催" rather than the whole cell.
/// </summary>
public static class SentencePicker
{
    /// <summary>Short texts are quoted whole: they are one fact already.</summary>
    public const int QuoteWholeBelow = 90;

    public static IReadOnlyList<string> QueryBigrams(string normalizedQuery) =>
        JaText.Bigrams(normalizedQuery).Distinct().ToList();

    public static PickedSentence Best(string text, IReadOnlyCollection<string> query, TermWeights weights, IReadOnlyList<string>? mustContainAny = null)
    {
        PickedSentence best = new("", -1);
        foreach (var sentence in JaText.Sentences(text))
        {
            var norm = JaText.Normalize(sentence);
            var score = query.Count == 0 ? 0 : weights.Coverage(query, norm);
            if (mustContainAny is { Count: > 0 } && mustContainAny.Any(m => norm.Contains(m, StringComparison.Ordinal))) score += 1;
            if (score > best.Coverage) best = new PickedSentence(sentence, score);
        }
        return best;
    }

    /// <summary>The text itself when short, else its best sentence (and the next one when it continues the figure).</summary>
    public static string Quote(string text, IReadOnlyCollection<string> query, TermWeights weights, IReadOnlyList<string>? mustContainAny = null)
    {
        var clean = JaText.Clean(text);
        if (clean.Length <= QuoteWholeBelow || query.Count == 0 && (mustContainAny is null || mustContainAny.Count == 0))
            return clean.Length <= 300 ? clean : clean[..300] + "…";
        var best = Best(text, query, weights, mustContainAny);
        return best.Text.Length > 0 ? best.Text : clean[..Math.Min(300, clean.Length)];
    }
}
