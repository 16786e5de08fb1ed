using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Gyokaku.Bot.Channels.Protocol;

// The Bot Framework Activity schema (the subset this bot reads or writes), as plain records.
// Field names follow the schema exactly, so Microsoft.Bot.Schema could replace these records one for one.

/// <summary>A user, bot or channel account: <c>from</c>, <c>recipient</c>, <c>membersAdded</c>.</summary>
public sealed record ChannelAccount(string? Id, string? Name = null)
{
    public string? Role { get; init; }
    public string? AadObjectId { get; init; }
}

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount(string? Id)
{
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
}

/// <summary>A card or file attached to a message; cards carry their JSON as <c>content</c>.</summary>
public sealed record Attachment(string ContentType, JsonNode? Content);

/// <summary>Metadata on an activity. Mentions (<c>type: mention</c>) name who was @-mentioned and how it reads in the text.</summary>
public sealed record Entity(string? Type)
{
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }

    /// <summary>Everything else a channel puts in an entity (client capabilities, geo …), kept so echoes round-trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>One Bot Framework activity: a message, a conversation update, an invoke, typing …</summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? Text { get; init; }
    /// <summary>What a channel shows when it cannot render the attachments.</summary>
    public string? Summary { get; init; }
    public string? Locale { get; init; }
    public string? InputHint { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    /// <summary>A card button's data (Action.Submit), or an invoke's payload.</summary>
    public JsonElement? Value { get; init; }
    /// <summary>An invoke's or event's name (<c>adaptiveCard/action</c>).</summary>
    public string? Name { get; init; }
    public string? ReplyToId { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public JsonElement? ChannelData { get; init; }

    /// <summary>
    /// An activity answering this one: from and recipient swapped, same conversation, channel and service,
    /// <c>replyToId</c> = this activity's id (what BotBuilder's Activity.CreateReply does).
    /// </summary>
    public Activity CreateReply(string type) => new()
    {
        Type = type,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Locale = Locale,
    };
}

/// <summary>Known activity type names (ActivityTypes in the SDK).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string InvokeResponse = "invokeResponse";

    /// <summary>Types the schema defines that this bot receives but has nothing to do with: acknowledged, not answered.</summary>
    public static readonly IReadOnlySet<string> Ignored = new HashSet<string>(StringComparer.Ordinal)
    {
        Typing, "contactRelationUpdate", "deleteUserData", "endOfConversation", "event", "handoff",
        "installationUpdate", "messageReaction", "messageUpdate", "messageDelete", "suggestion", "trace",
        "command", "commandResult",
    };
}

/// <summary>The HTTP answer to an invoke activity: a status and an optional body (InvokeResponse in the SDK).</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body);

/// <summary>The JSON options every channel uses for activities: camelCase, nulls left out.</summary>
public static class ActivityJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
    };
}
