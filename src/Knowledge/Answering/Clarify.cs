using System.Text;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>Clarify answers: the question fits several plans or items; each candidate with its short answer.</summary>
internal static class Clarify
{
    public static Answer Plans(AnswerContext ctx, IReadOnlyList<(PlanDocument Doc, PlanItem? Item, string Short)> candidates)
    {
        var sb = new StringBuilder(AnswerTemplates.Clarify(ctx.Lang)).AppendLine();
        var suggestions = new List<SuggestedQuestion>();
        foreach (var (doc, item, shortAnswer) in candidates)
        {
            sb.Append("・").Append(AnswerTemplates.About(doc, item, ctx.Lang));
            if (shortAnswer.Length > 0) sb.Append(" — ").Append(shortAnswer);
            sb.AppendLine();
            var place = doc.Municipality ?? doc.Title;
            suggestions.Add(new SuggestedQuestion(AnswerTemplates.PlanName(doc), $"{place} {ctx.Q.Text}"));
        }
        var citations = candidates.Select(c => c.Item is null ? new Citation(c.Doc.File, null, c.Doc.Title) : AnswerContext.Cite(c.Doc, c.Item)).ToList();
        return ctx.Make(AnswerStatus.Clarify, sb.ToString().TrimEnd(), citations) with { Candidates = suggestions };
    }
}
