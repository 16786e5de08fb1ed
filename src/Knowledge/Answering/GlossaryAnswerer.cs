using System.Text;
using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>※ definitions: the document's own glossary first, then a sentence of the text that defines the term.</summary>
internal static partial class GlossaryAnswerer
{
    public static Answer Answer(AnswerContext ctx)
    {
        var asked = AskedTerm(ctx.Q);
        var terms = (ctx.Q.Quoted.Count > 0 ? ctx.Q.Quoted : asked is not null ? [asked, ctx.Q.Content] : [ctx.Q.Content]).Select(Fold).ToList();
        foreach (var doc in ctx.Plans)
        {
            var matched = doc.Definitions.Where(d => Names(d.Term).Select(Fold).Any(term => terms.Any(t => t.Contains(term, StringComparison.Ordinal) || t.Length >= 2 && term.Contains(t, StringComparison.Ordinal)))).ToList();
            if (matched.Count == 0) continue;
            // Two terms asked together (KeepとProblemの意味): each one the question itself prints is defined, not only the first.
            var named = matched.Where(d => Names(d.Term).Any(term => Fold(ctx.Q.Normalized).Contains(Fold(term), StringComparison.Ordinal))).DistinctBy(d => d.Term).ToList();
            var shown = named.Count > 1 && named.Select(d => d.ItemNumber).Distinct().Count() == 1 ? named.Take(MaxTerms).ToList() : [matched[0]];
            var item = shown[0].ItemNumber is null ? null : doc.Items.FirstOrDefault(i => i.Number == shown[0].ItemNumber);
            var text = AnswerTemplates.About(doc, item, ctx.Lang) + "\n" + string.Join("\n", shown.Select(d => AnswerTemplates.Fact(d.Term, JaText.Clean(d.Text), ctx.Lang)));
            return ctx.Make(AnswerStatus.Answered, text, [.. shown.Select(d => new Citation(doc.File, d.ItemNumber, item?.Title ?? d.Term, d.Lines))], doc);
        }
        // Not in a glossary: a sentence of the text that defines the term (※X：…, X（…）, …（X）).
        foreach (var term in terms.Where(t => t.Length >= 2))
            foreach (var doc in ctx.Plans)
                if (Defining(ctx, doc, term) is { } found)
                {
                    var item = AnswerContext.CitedItem(doc, found.Citation.Item);
                    return ctx.Make(AnswerStatus.Answered, AnswerTemplates.About(doc, item, ctx.Lang) + "\n" + found.Text, [found.Citation], doc);
                }
        return PassageAnswerer.Answer(ctx, ctx.Q.Quoted, 0.3);
    }

    /// <summary>The most terms defined in one answer.</summary>
    private const int MaxTerms = 4;

    /// <summary>
    /// The names a defined term goes by: 業務継続計画(BCP) is asked as itself, as 業務継続計画 and as BCP.
    /// </summary>
    internal static IEnumerable<string> Names(string term)
    {
        var whole = JaText.Normalize(term);
        var m = Bracketed().Match(whole);
        var names = m.Success ? new[] { whole, m.Groups["out"].Value, m.Groups["in"].Value } : [whole];
        return names.Where(n => n.Length >= 2).Distinct();
    }

    /// <summary>
    /// The term with ぱ-row kana read as ば-row: PDF extraction loses the small circle (びったりサービス printed for
    /// ぴったりサービス), so a term asked as spelt must still find the note printed with the dots.
    /// </summary>
    internal static string Fold(string text)
    {
        const string semi = "ぱぴぷぺぽパピプペポ", voiced = "ばびぶべぼバビブベボ";
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (semi.IndexOf(chars[i]) is var k and >= 0) chars[i] = voiced[k];
        return new string(chars);
    }

    [GeneratedRegex(@"^(?<out>[^()]+)\((?<in>[^()]+)\)$")]
    private static partial Regex Bracketed();

    /// <summary>The term a question asks the meaning of: DB方式 in 「DB方式って何」, gbizid in "what is gBizID, …", pfi in "what does PFI stand for".</summary>
    internal static string? AskedTerm(ParsedQuestion q)
    {
        var m = TermBeforeAsk().Match(q.Spaced);
        return m.Success ? JaText.Normalize(m.Groups["t"].Value) : null;
    }

    /// <summary>
    /// The statement that defines the term, best form first: a ※ note or a 「X：…」 line, then the term written
    /// with its explanation in brackets either way round (設計施工一括発注（DB）方式 explains DB).
    /// </summary>
    private static SentenceFinder.Candidate? Defining(AnswerContext ctx, PlanDocument doc, string term)
    {
        var t = Regex.Escape(Fold(term));
        Regex[] forms =
        [
            new($"※{t}[:：=＝]"),
            new($"(?:^|[・○])?{t}[:：=＝]"),
            new($"{t}\\(|[^(]{{2,}}\\({t}\\)"),
        ];
        var candidates = SentenceFinder.All(ctx, doc).ToList();
        foreach (var form in forms)
            foreach (var c in candidates)
                if (form.IsMatch(Fold(c.Norm))) return c;
        return null;
    }

    [GeneratedRegex(@"(?<t>[a-z0-9ァ-ヶー一-龯々]+(?:\([a-z0-9ァ-ヶー一-龯々]+\))?)(?:って|とは)|what (?:is|are) (?<t>[a-z0-9][a-z0-9-]*)|what (?:does|do) (?<t>[a-z0-9][a-z0-9-]*) (?:stand for|mean)")]
    private static partial Regex TermBeforeAsk();
}
