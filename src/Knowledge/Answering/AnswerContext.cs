using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Knowledge.Answering;

/// <summary>A question with the plans it is about (named, or carried over from the previous turn) and the knowledge to answer it.</summary>
internal sealed class AnswerContext
{
    public AnswerContext(KnowledgeBase kb, ParsedQuestion question, IReadOnlyList<PlanDocument> plans, bool planExplicit, PlanItem? contextItem)
    {
        Kb = kb;
        Q = question;
        Plans = plans;
        PlanExplicit = planExplicit;
        ContextItem = contextItem;
        Content = SentencePicker.QueryBigrams(question.Content + string.Concat(question.Quoted));
        _words = new Lazy<IReadOnlyList<string>>(() => ContentWords.Of(question.Content + " " + string.Join(" ", question.Quoted)));
        _focus = new Lazy<string?>(() => ContentWords.Focus(question.Content));
    }

    private readonly Lazy<IReadOnlyList<string>> _words;
    private readonly Lazy<string?> _focus;

    /// <summary>The question's last content noun: what it asks for.</summary>
    public string? Focus => _focus.Value;

    /// <summary>The question's content words (analyzer base forms, no particles or ask-words): what sentence search matches.</summary>
    public IReadOnlyList<string> Words => _words.Value;

    public KnowledgeBase Kb { get; }
    public ParsedQuestion Q { get; }
    public IReadOnlyList<PlanDocument> Plans { get; }
    public bool PlanExplicit { get; }
    public PlanItem? ContextItem { get; }
    public string Lang => Q.Language;
    public Intent Intent => Q.Intent;
    /// <summary>The bigrams of what the question is about.</summary>
    public IReadOnlyList<string> Content { get; }

    public Answer Make(AnswerStatus status, string text, IReadOnlyList<Citation> citations, PlanDocument? plan = null, Intent? intent = null) =>
        new(status, text, IntentClassifier.Name(intent ?? Intent), citations)
        {
            Language = Lang,
            Plan = plan is null ? null : AnswerTemplates.PlanName(plan),
        };

    public Answer NotFound(string text, PlanDocument? plan = null, IReadOnlyList<Citation>? citations = null) =>
        Make(AnswerStatus.NotFound, text, citations ?? (plan is null ? [] : [new Citation(plan.File, null, plan.Title)]), plan);

    public static Citation Cite(PlanDocument doc, PlanItem item) =>
        new(doc.File, CitationKey(item), item.Title, item.Lines);

    /// <summary>How a citation names an item: its number, or its key where the plan does not number items.</summary>
    public static string CitationKey(PlanItem item) => item.Number ?? item.Key;

    /// <summary>The item of <paramref name="doc"/> a citation names, if any.</summary>
    public static PlanItem? CitedItem(PlanDocument doc, string? citedKey) =>
        citedKey is null ? null : doc.Items.FirstOrDefault(i => CitationKey(i) == citedKey);
}
