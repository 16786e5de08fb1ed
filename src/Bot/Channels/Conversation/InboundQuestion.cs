using System.Text.Json;
using Gyokaku.Bot.Channels.Protocol;

namespace Gyokaku.Bot.Channels.Conversation;

/// <summary>Finds the question in an inbound activity: typed text without the bot's @mention, or a card button's data.</summary>
public static class InboundQuestion
{
    /// <summary>The property of a card button's data that carries the question (see AnswerCardBuilder).</summary>
    public const string QuestionKey = "question";

    /// <summary>The question of a message: its text with mentions of the bot removed, else <c>value.question</c>.</summary>
    public static string? Of(Activity activity)
    {
        var text = WithoutBotMentions(activity);
        if (!string.IsNullOrWhiteSpace(text))
            return text;
        return QuestionIn(activity.Value);
    }

    /// <summary>
    /// The text with every mention entity addressed to the recipient (the bot) cut out, then trimmed.
    /// Teams writes "&lt;at&gt;Gyokaku&lt;/at&gt; 質問" in channels; other people's mentions stay, they are part of the question.
    /// </summary>
    public static string WithoutBotMentions(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type != "mention" || string.IsNullOrEmpty(entity.Text) || botId is null || entity.Mentioned?.Id != botId)
                continue;
            text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
        }
        return text.Trim();
    }

    /// <summary><c>question</c> out of a button's data object; null when there is none.</summary>
    public static string? QuestionIn(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data)
            return null;
        if (!data.TryGetProperty(QuestionKey, out var question) || question.ValueKind != JsonValueKind.String)
            return null;
        var text = question.GetString()?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The button data of an Action.Execute invoke: <c>value.action.data</c>.</summary>
    public static JsonElement? ExecuteData(JsonElement? value)
    {
        if (value is { ValueKind: JsonValueKind.Object } v
            && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var data))
            return data;
        return null;
    }
}
