using System.Text;
using System.Text.Json.Nodes;
using Gyokaku.Bot.Channels.Conversation;
using Gyokaku.Bot.Channels.Protocol;
using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Bot.Channels.Cards;

/// <summary>A card ready to attach, with the plain text a client without cards shows instead.</summary>
public sealed record CardMessage(Attachment Attachment, string FallbackText);

/// <summary>
/// Every Adaptive Card the bot sends, built in this one place so Teams and web chat look the same.
/// Cards are version 1.5 (what Teams renders); each button carries its question both as Action.Submit data
/// (web chat posts it as <c>value</c>) and in Teams' messageBack shape (Teams posts the question as the user's text).
/// </summary>
public sealed class AnswerCardBuilder
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    private const int MaxFollowUps = 6;    // Teams shows at most six card actions without an overflow menu
    private const int MaxCandidates = 10;

    public CardMessage Answer(Answer answer)
    {
        var labels = CardLabels.For(answer.Language);
        var body = new JsonArray
        {
            Heading(answer.Status switch
            {
                AnswerStatus.Answered => labels.Answered,
                AnswerStatus.NotFound => labels.NotFound,
                _ => labels.Clarify,
            }, answer.Status == AnswerStatus.NotFound ? "Attention" : "Accent"),
        };
        foreach (var line in Lines(answer.Text))
            body.Add(Text(line));
        var facts = Facts(answer, labels);
        if (facts.Count > 0)
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts, ["spacing"] = "Medium" });
        if (answer.Citations.Count > 0)
        {
            body.Add(Small(labels.Sources, bold: true));
            foreach (var citation in answer.Citations)
                body.Add(Small(Describe(citation, labels), bold: false));
        }

        var buttons = answer.Status == AnswerStatus.Clarify
            ? answer.Candidates.Take(MaxCandidates)
            : answer.FollowUps.Take(MaxFollowUps);
        return Card(body, Actions(buttons), FallbackText(answer, labels));
    }

    /// <summary>What the bot answers and a few questions to start with; sent when it is added to a chat.</summary>
    public CardMessage Welcome()
    {
        var labels = CardLabels.Japanese;
        var body = new JsonArray
        {
            Heading(labels.WelcomeTitle, "Accent"),
            Text(labels.WelcomeText),
            Small(labels.Examples, bold: true),
        };
        var fallback = labels.WelcomeTitle + "\n" + labels.WelcomeText + "\n" + labels.Examples + "\n"
                       + string.Join("\n", CardLabels.ExampleQuestions.Select(q => "・" + q));
        return Card(body, Actions(CardLabels.ExampleQuestions.Select(q => new SuggestedQuestion(q, q))), fallback);
    }

    /// <summary>The answer service failed on this question: say so, and offer to ask again.</summary>
    public CardMessage Failure(string question)
    {
        var labels = CardLabels.Japanese;
        var body = new JsonArray { Heading(labels.FailureTitle, "Attention"), Text(labels.FailureText) };
        return Card(body, Actions([new SuggestedQuestion(labels.Retry, question)]), labels.FailureTitle + "\n" + labels.FailureText);
    }

    /// <summary>A button that asks <paramref name="question"/> when clicked, in Teams and in web chat.</summary>
    public static JsonObject QuestionAction(string title, string question) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject
        {
            [InboundQuestion.QuestionKey] = question,
            // Teams: post the question as the user's own message (shown in the chat), with the same value.
            ["msteams"] = new JsonObject
            {
                ["type"] = "messageBack",
                ["displayText"] = question,
                ["text"] = question,
                ["value"] = new JsonObject { [InboundQuestion.QuestionKey] = question },
            },
        },
    };

    private static CardMessage Card(JsonArray body, JsonArray actions, string fallbackText)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = fallbackText,
            ["body"] = body,
        };
        if (actions.Count > 0)
            card["actions"] = actions;
        return new CardMessage(new Attachment(ContentType, card), fallbackText);
    }

    private static JsonArray Actions(IEnumerable<SuggestedQuestion> questions) =>
        new([.. questions.Select(q => (JsonNode)QuestionAction(q.Label, q.Question))]);

    private static JsonArray Facts(Answer answer, CardLabels labels)
    {
        var facts = new JsonArray();
        if (!string.IsNullOrWhiteSpace(answer.Plan))
            facts.Add(Fact(labels.Plan, answer.Plan));
        // The item of the first source is the one the answer is about; further sources are listed below.
        // A clarify answer is about none of its candidates yet.
        if (answer.Status != AnswerStatus.Clarify && answer.Citations.FirstOrDefault() is { } first && ItemName(first) is { } item)
            facts.Add(Fact(labels.Item, item));
        return facts;
    }

    private static string? ItemName(Citation citation) =>
        (citation.Item, citation.Title) switch
        {
            (null or "", null or "") => null,
            (null or "", var title) => title,
            (var number, null or "") => number,
            var (number, title) => $"{number} {title}",
        };

    /// <summary>"file · item title · lines 120–158".</summary>
    private static string Describe(Citation citation, CardLabels labels)
    {
        var parts = new List<string> { citation.Document };
        if (ItemName(citation) is { } item)
            parts.Add(item);
        if (citation.Lines is { } lines)
            parts.Add(labels.Lines(lines.Start, lines.End));
        return string.Join(" · ", parts);
    }

    private static string FallbackText(Answer answer, CardLabels labels)
    {
        var text = new StringBuilder(answer.Text);
        if (answer.Citations.Count > 0)
        {
            text.Append('\n').Append(labels.Sources).Append(": ");
            text.AppendJoin(" / ", answer.Citations.Select(c => Describe(c, labels)));
        }
        return text.ToString();
    }

    /// <summary>
    /// One TextBlock per line: card renderers read TextBlock text as Markdown, where a single newline is
    /// no line break, so "担当：…" would run on into the title line.
    /// </summary>
    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static JsonObject Heading(string text, string color) => new()
    {
        ["type"] = "TextBlock", ["text"] = text, ["weight"] = "Bolder", ["size"] = "Medium", ["color"] = color, ["wrap"] = true,
    };

    private static JsonObject Text(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true, ["spacing"] = "Small" };

    private static JsonObject Small(string text, bool bold) => new()
    {
        ["type"] = "TextBlock", ["text"] = text, ["size"] = "Small", ["isSubtle"] = true, ["wrap"] = true,
        ["weight"] = bold ? "Bolder" : "Default", ["spacing"] = bold ? "Medium" : "None",
    };
}
