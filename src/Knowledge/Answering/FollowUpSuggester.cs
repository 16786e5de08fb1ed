using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// Offers the natural next questions about the item an answer is about (目標値 / 実績 / 担当課 / 計画 /
/// 同じ施策の項目). Each is written as a self-contained question, so a click works in any channel and
/// without conversation memory, and is kept only when the service really answers it from the same
/// plan: a button never leads to "not found".
/// </summary>
internal static class FollowUpSuggester
{
    private const int MaxSuggestions = 4;

    public static IReadOnlyList<SuggestedQuestion> For(Answer answer, PlanDocument doc, PlanItem item, Func<string, Answer> ask)
    {
        var lang = answer.Language;
        var suggestions = new List<SuggestedQuestion>();
        foreach (var (kind, question) in Candidates(doc, item, lang))
        {
            if (kind == answer.Intent) continue;
            var reply = ask(question);
            if (reply.Status != AnswerStatus.Answered || !reply.Citations.Any(c => c.Document == doc.File)) continue;
            suggestions.Add(new SuggestedQuestion(AnswerTemplates.FollowUpLabel(kind, lang), question));
            if (suggestions.Count == MaxSuggestions) break;
        }
        return suggestions;
    }

    /// <summary>Only what the item states is offered: no 目標値 button for an item without targets.</summary>
    private static IEnumerable<(string Kind, string Question)> Candidates(PlanDocument doc, PlanItem item, string lang)
    {
        var subject = AnswerTemplates.FollowUpSubject(doc, item, lang);
        if (item.Indicators.Any(i => i.Targets.Count > 0)) yield return ("target", AnswerTemplates.FollowUpQuestion("target", subject, lang));
        if (item.Years.Any(y => y.Result is not null) || item.Indicators.Any(i => i.Actuals.Count > 0))
            yield return ("actual", AnswerTemplates.FollowUpQuestion("actual", subject, lang));
        if (item.Departments.Count > 0) yield return ("department", AnswerTemplates.FollowUpQuestion("department", subject, lang));
        if (item.Years.Any(y => y.Plan is not null)) yield return ("plan", AnswerTemplates.FollowUpQuestion("plan", subject, lang));
        if (item.Path.Count > 0)
            yield return ("list", AnswerTemplates.FollowUpSamePolicy(doc, item.Path[^1], lang));
    }
}
