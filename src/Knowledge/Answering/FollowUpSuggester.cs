using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// Offers the natural next questions about the item an answer is about (目標値 / 実績 / 担当課 / 計画 /
/// …). Each is written as a self-contained question, so a click works in any channel and
/// without conversation memory, and is offered only when the item states that fact. That every offered
/// question is answered from the same plan is proven for every item of the corpus by a test, not
/// re-checked per answer: asking them all would multiply each answer's cost.
/// </summary>
public static class FollowUpSuggester
{
    private const int MaxSuggestions = 4;

    public static IReadOnlyList<SuggestedQuestion> For(PlanDocument doc, PlanItem item, string answeredIntent, string lang) =>
        Candidates(doc, item, lang)
            .Where(c => c.Kind != answeredIntent)
            .Take(MaxSuggestions)
            .Select(c => new SuggestedQuestion(AnswerTemplates.FollowUpLabel(c.Kind, lang), c.Question))
            .ToList();

    /// <summary>Only what the item states is offered: no 目標値 button for an item without targets.</summary>
    private static IEnumerable<(string Kind, string Question)> Candidates(PlanDocument doc, PlanItem item, string lang)
    {
        // An item with neither a number nor a title cannot be named in a question of its own.
        if (item.Title.Length == 0 && item.Number is null) yield break;
        var subject = AnswerTemplates.FollowUpSubject(doc, item, lang);
        if (item.Indicators.Any(i => i.Targets.Count > 0)) yield return ("target", AnswerTemplates.FollowUpQuestion("target", subject, lang));
        if (item.Years.Any(y => y.Result is not null) || item.Indicators.Any(i => i.Actuals.Count > 0))
            yield return ("actual", AnswerTemplates.FollowUpQuestion("actual", subject, lang));
        if (item.Departments.Count > 0) yield return ("department", AnswerTemplates.FollowUpQuestion("department", subject, lang));
        if (item.Years.Any(y => y.Plan is not null)) yield return ("plan", AnswerTemplates.FollowUpQuestion("plan", subject, lang));
    }
}
