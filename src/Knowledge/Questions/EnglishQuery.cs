using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Questions;

/// <summary>
/// What an English question is about, in the documents' own words: each English phrase the lexicon knows
/// becomes the Japanese term a document prints for it (counters → 窓口, standardising → 標準化), Japanese
/// written in the question stays as written (重安小学校), Latin terms the documents print stay (ICT, PPP),
/// and every other English word is dropped — a word no document uses can only dilute the match.
/// </summary>
public static partial class EnglishQuery
{
    /// <summary>How many words the lexicon does not know make a question not understood (when they are as many as the known).</summary>
    private const int MostlyUnknown = 2;

    /// <summary>Between terms: not a word character, so no bigram spans two terms that were never adjacent.</summary>
    public const string Separator = "・";

    /// <summary>
    /// The question's terms joined by <see cref="Separator"/>, without those that only name the plan asked about
    /// (Mine's progress report → 進捗状況報告書 is the plan, not what the question asks about).
    /// </summary>
    public static string Content(string question, PlanCatalog documents, IReadOnlyCollection<PlanDocument> plans)
    {
        var titles = plans.SelectMany(p => p.Aliases.Prepend(p.Title)).Select(JaText.Normalize).ToList();
        return string.Join(Separator, Terms(question, documents, EnglishTerms.Default, plans)
            .Where(t => !(t.Length >= 4 && titles.Any(title => title.Contains(JaText.Normalize(t), StringComparison.Ordinal)))));
    }

    /// <param name="question">The question in lower case NFKC, with plan names and years already taken out.</param>
    /// <param name="documents">What the documents print.</param>
    /// <param name="lexicon">English phrases and their Japanese terms.</param>
    /// <param name="plans">The plans the question names: their wording decides (Okayama's 収納率, Yamaguchi's 徴収率); none, all documents'.</param>
    public static IReadOnlyList<string> Terms(string question, PlanCatalog documents, EnglishTerms.Lexicon lexicon, IReadOnlyCollection<PlanDocument> plans)
    {
        // Each slot is one thing the question names: a single term, or the senses an English word can have.
        var slots = new List<IReadOnlyList<string>>();
        var unknown = new List<string>();
        var run = new List<string>();
        foreach (Match m in Token().Matches(question))
        {
            if (m.Groups["word"].Success) { run.Add(m.Value.Replace('’', '\'')); continue; }
            // Punctuation and Japanese end a run of English words: a phrase never spans them.
            slots.AddRange(Translate(run, documents, lexicon, plans, unknown));
            run.Clear();
            if (m.Groups["ja"].Success && m.Value.Any(char.IsLetterOrDigit)) slots.Add([m.Value]);
        }
        slots.AddRange(Translate(run, documents, lexicon, plans, unknown));
        // A question mostly in words the lexicon does not know is not understood: searching only the one word it
        // knows (construction → 建設) would answer another fact. Its unknown words stay, so nothing matches them.
        if (unknown.Count >= MostlyUnknown && unknown.Count >= slots.Count)
            slots.AddRange(unknown.Distinct().Select(u => (IReadOnlyList<string>)[u]));

        var terms = new List<string>();
        for (var i = 0; i < slots.Count; i++)
        {
            var term = slots[i].Count == 1 ? slots[i][0] : Sense(slots[i], slots.Where((_, j) => j != i).SelectMany(s => s), documents, plans);
            if (!terms.Contains(term)) terms.Add(term);
        }
        return terms;
    }

    /// <summary>A run of English words, longest known phrase first.</summary>
    private static IEnumerable<IReadOnlyList<string>> Translate(IReadOnlyList<string> words, PlanCatalog documents, EnglishTerms.Lexicon lexicon, IReadOnlyCollection<PlanDocument> plans, List<string> unknown)
    {
        var stems = words.Select(EnglishTerms.Stem).ToList();
        for (var i = 0; i < words.Count;)
        {
            var matched = 0;
            for (var length = Math.Min(lexicon.LongestPhrase, words.Count - i); length >= 1 && matched == 0; length--)
            {
                if (!lexicon.Phrases.TryGetValue(string.Join(' ', stems.Skip(i).Take(length)), out var japanese)) continue;
                matched = length;
                if (japanese.Count > 0) yield return Printed(japanese, documents, plans);
            }
            if (matched == 0)
            {
                // Not in the lexicon: kept only when a document prints it as a word (gBizID, kintone).
                var word = words[i].Split('\'', '’')[0];
                if (word.Length >= 2 && documents.UsesLatinWord(word)) yield return [word];
                else if (word.Length >= 3 && word.All(char.IsAsciiLetterLower)) unknown.Add(word);
                matched = 1;
            }
            i += matched;
        }
    }

    /// <summary>
    /// The alternatives some document prints (fee → 使用料, 手数料); when none is, the first, so a question about
    /// something no document mentions keeps a term that nothing matches.
    /// </summary>
    private static IReadOnlyList<string> Printed(IReadOnlyList<string> japanese, PlanCatalog documents, IReadOnlyCollection<PlanDocument> plans)
    {
        var used = japanese.Where(j => documents.UsesTerm(JaText.Normalize(j), plans)).ToList();
        return used.Count > 0 ? used : [japanese[0]];
    }

    /// <summary>
    /// One sense of a word with several (close → 閉校, 閉鎖, 廃止): the one the documents print most often on a line
    /// with the question's other terms; the lexicon's first on a tie. Searching for every sense at once would let a
    /// long wrong one (マネジメント) outweigh the right short one (管理).
    /// </summary>
    private static string Sense(IReadOnlyList<string> senses, IEnumerable<string> others, PlanCatalog documents, IReadOnlyCollection<PlanDocument> plans)
    {
        var context = others.Select(JaText.Normalize).Where(o => o.Length >= 2).Distinct().ToList();
        var best = senses[0];
        var bestCount = 0;
        foreach (var sense in senses)
        {
            var n = JaText.Normalize(sense);
            var count = documents.LinesWithBoth(n, context.Where(c => !c.Contains(n, StringComparison.Ordinal) && !n.Contains(c, StringComparison.Ordinal)).ToList(), plans);
            if (count > bestCount) (best, bestCount) = (sense, count);
        }
        return best;
    }

    [GeneratedRegex(@"(?<word>(?:[a-z][a-z0-9]*|[0-9]+[a-z][a-z0-9]*)(?:['’][a-z]+)?)|(?<stop>[,.:;?!()\[\]""/])|(?<ja>[^\x00-\x7f]+)")]
    private static partial Regex Token();
}
