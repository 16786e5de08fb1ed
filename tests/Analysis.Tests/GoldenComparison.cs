namespace Gyokaku.Analysis.Tests;

/// <summary>A morpheme as MeCab prints it.</summary>
internal readonly record struct GoldToken(string Surface, string Feature)
{
    /// <summary>品詞 and its three sub-categories.</summary>
    public string PartOfSpeech => string.Join(',', Feature.Split(',').Take(4));
}

/// <summary>How well one analysis agrees with another, token by token.</summary>
internal sealed record Agreement(int Sentences, int IdenticalSentences, int Gold, int Ours, int SameSpan, int SamePos, int SameFeature)
{
    public double Precision => Ours == 0 ? 1 : (double)SameSpan / Ours;
    public double Recall => Gold == 0 ? 1 : (double)SameSpan / Gold;
    public double SpanF1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Of the tokens with the same span, the share with the same part of speech.</summary>
    public double PosAgreement => SameSpan == 0 ? 1 : (double)SamePos / SameSpan;
    public double FeatureAgreement => SameSpan == 0 ? 1 : (double)SameFeature / SameSpan;

    public override string ToString() =>
        $"sentences {IdenticalSentences}/{Sentences} identical; tokens gold {Gold}, ours {Ours}; span F1 {SpanF1:F4}; POS {PosAgreement:F4}; full feature {FeatureAgreement:F4}";
}

/// <summary>Reads MeCab's output format and compares two analyses of the same lines.</summary>
internal static class GoldenComparison
{
    public static List<List<GoldToken>> ParseMecabOutput(string text)
    {
        var sentences = new List<List<GoldToken>>();
        var current = new List<GoldToken>();
        foreach (var line in text.Split('\n'))
        {
            if (line == "EOS")
            {
                sentences.Add(current);
                current = [];
            }
            else if (line.Length > 0)
            {
                int tab = line.IndexOf('\t');
                current.Add(new GoldToken(line[..tab], line[(tab + 1)..]));
            }
        }
        return sentences;
    }

    public static Agreement Compare(IReadOnlyList<List<GoldToken>> gold, IReadOnlyList<List<GoldToken>> ours)
    {
        if (gold.Count != ours.Count) throw new ArgumentException($"{gold.Count} gold sentences but {ours.Count} analysed");
        int identical = 0, goldCount = 0, ourCount = 0, sameSpan = 0, samePos = 0, sameFeature = 0;
        for (int s = 0; s < gold.Count; s++)
        {
            if (gold[s].SequenceEqual(ours[s])) identical++;
            var goldSpans = Spans(gold[s]);
            var ourSpans = Spans(ours[s]);
            goldCount += goldSpans.Count;
            ourCount += ourSpans.Count;
            foreach (var (span, token) in ourSpans)
            {
                if (!goldSpans.TryGetValue(span, out var g)) continue;
                sameSpan++;
                if (g.PartOfSpeech == token.PartOfSpeech) samePos++;
                if (g.Feature == token.Feature) sameFeature++;
            }
        }
        return new Agreement(gold.Count, identical, goldCount, ourCount, sameSpan, samePos, sameFeature);
    }

    /// <summary>Each token keyed by its character span in the sentence (spaces MeCab skips are not in surfaces, so spans are over the concatenation).</summary>
    private static Dictionary<(int, int), GoldToken> Spans(List<GoldToken> tokens)
    {
        var spans = new Dictionary<(int, int), GoldToken>();
        int at = 0;
        foreach (var t in tokens)
        {
            spans[(at, at + t.Surface.Length)] = t;
            at += t.Surface.Length;
        }
        return spans;
    }
}
