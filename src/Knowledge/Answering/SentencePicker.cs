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

    public static PickedSentence Best(string text, IReadOnlyCollection<string> query, TermWeights weights, IReadOnlyList<string>? mustContainAny = null, IReadOnlyList<Model.FiscalYear>? years = null)
    {
        PickedSentence best = new("", -1);
        foreach (var sentence in Statements.Joined(text))
        {
            var norm = JaText.Normalize(sentence);
            var score = query.Count == 0 ? 0 : weights.Coverage(query, norm);
            if (mustContainAny is { Count: > 0 } && mustContainAny.Any(m => norm.Contains(m, StringComparison.Ordinal))) score += 1;
            if (NamesYear(sentence, years)) score += YearBonus;
            if (score > best.Coverage) best = new PickedSentence(sentence, score);
        }
        return best;
    }

    /// <summary>
    /// The fewest sentences that together cover the question's terms: the best one, then any that adds terms
    /// the first lacks (現年収納率は均衡した。 + 国保 94.28%⇒93.96%). In text order.
    /// </summary>
    public static IReadOnlyList<string> Cover(string text, IReadOnlyCollection<string> query, TermWeights weights, IReadOnlyList<string>? mustContainAny = null, int max = 3, IReadOnlyList<Model.FiscalYear>? years = null)
    {
        var sentences = Statements.Joined(text).Select((s, i) => (Text: s, Index: i, Norm: JaText.Normalize(s))).ToList();
        if (sentences.Count == 0 || query.Count == 0) return sentences.Take(1).Select(s => s.Text).ToList();
        var total = weights.TotalWeight(query);
        var uncovered = query.ToHashSet();
        var chosen = new List<(string Text, int Index)>();
        while (chosen.Count < max && uncovered.Count > 0)
        {
            var best = sentences
                .Where(s => chosen.All(c => c.Index != s.Index))
                .Select(s => (S: s, Gain: uncovered.Where(b => s.Norm.Contains(b, StringComparison.Ordinal)).Sum(weights.Weight)
                    + (chosen.Count == 0 && mustContainAny is { Count: > 0 } && mustContainAny.Any(m => s.Norm.Contains(m, StringComparison.Ordinal)) ? total : 0)
                    + (chosen.Count == 0 && NamesYear(s.Text, years) ? total * YearBonus : 0)))
                .OrderByDescending(x => x.Gain).FirstOrDefault();
            // A later sentence must add a real share of the question, not one stray bigram.
            if (best.S.Text is null || best.Gain <= 0 || (chosen.Count > 0 && best.Gain < total * 0.2)) break;
            chosen.Add((best.S.Text, best.S.Index));
            uncovered.RemoveWhere(b => best.S.Norm.Contains(b, StringComparison.Ordinal));
        }
        return chosen.OrderBy(c => c.Index).Select(c => c.Text).ToList();
    }

    /// <summary>A sentence naming the asked year (R6.4.1現在職員数) is preferred over one about another year.</summary>
    private const double YearBonus = 0.3;

    private static bool NamesYear(string sentence, IReadOnlyList<Model.FiscalYear>? years) =>
        years is { Count: > 0 } && Model.FiscalYear.FindAll(sentence).Any(y => years.Contains(y.Year));

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
