using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Answering;

/// <summary>Whether the documents answered the question.</summary>
public enum AnswerStatus
{
    /// <summary>The fact was found and is stated with its source.</summary>
    Answered,
    /// <summary>The documents do not contain it; the answer says what they do contain instead.</summary>
    NotFound,
    /// <summary>The question fits several plans or items; the answer lists them as candidates.</summary>
    Clarify,
}

/// <summary>Where a fact came from: the document file, the item (number or key), its title and lines.</summary>
public sealed record Citation(string Document, string? Item, string? Title, LineRange? Lines = null);

/// <summary>A question the user can ask next with one click (a follow-up, or one candidate of a clarify).</summary>
public sealed record SuggestedQuestion(string Label, string Question);

/// <summary>An answer to one question, whatever the channel it is shown in.</summary>
/// <param name="Status">answered, not_found or clarify.</param>
/// <param name="Text">The answer as plain text: the fact, the plan and item it came from.</param>
/// <param name="Intent">What the question asked for (department, target, actual …), for logs and tests.</param>
/// <param name="Citations">The sources of every fact in <paramref name="Text"/>.</param>
public sealed record Answer(AnswerStatus Status, string Text, string Intent, IReadOnlyList<Citation> Citations)
{
    /// <summary>"ja" or "en": the language the answer is written in (the question's).</summary>
    public string Language { get; init; } = "ja";

    /// <summary>The plan the answer is about, by its title, when one.</summary>
    public string? Plan { get; init; }

    /// <summary>For a clarify answer: one entry per candidate plan or item.</summary>
    public IReadOnlyList<SuggestedQuestion> Candidates { get; init; } = [];

    /// <summary>Questions that naturally come next (目標値 / 実績 / 担当課 …).</summary>
    public IReadOnlyList<SuggestedQuestion> FollowUps { get; init; } = [];
}

/// <summary>The one thing every channel needs: a question in, an answer out, per conversation.</summary>
public interface IAnswerService
{
    /// <param name="question">The user's text, as typed (mentions already removed by the channel).</param>
    /// <param name="conversationId">Follow-ups («その目標は？») resolve against this conversation's previous turn.</param>
    Answer Ask(string question, string? conversationId = null);
}
