using System.Text.Json;
using Gyokaku.Bot.Channels.Protocol;

namespace Gyokaku.Bot.Tests.Support;

/// <summary>Inbound activities shaped like the ones Teams sends.</summary>
public static class Activities
{
    public const string BotId = "28:bot-app-id";
    public const string UserId = "29:user-aad";
    public const string TeamsConversation = "19:abc@thread.tacv2;messageid=1700000000000";

    public static Activity Message(string serviceUrl, string text, string id = "1700000000001") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount(UserId, "佐藤"),
        Recipient = new ChannelAccount(BotId, "Gyokaku"),
        Conversation = new ConversationAccount(TeamsConversation) { ConversationType = "channel", IsGroup = true },
        Text = text,
        Locale = "ja-JP",
    };

    public static Activity Mentioning(Activity message, string mentionText, string mentionedId) => message with
    {
        Entities = [.. message.Entities ?? [], new Entity("mention") { Text = mentionText, Mentioned = new ChannelAccount(mentionedId, "x") }],
    };

    public static Activity ButtonClick(string serviceUrl, string question) => Message(serviceUrl, "") with
    {
        Text = null,
        Value = JsonSerializer.SerializeToElement(new { question }),
    };

    public static Activity BotAdded(string serviceUrl) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = "f:update-1",
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount(UserId),
        Recipient = new ChannelAccount(BotId, "Gyokaku"),
        Conversation = new ConversationAccount("a:personal-chat"),
        MembersAdded = [new ChannelAccount(BotId)],
    };

    public static Activity ExecuteAction(string serviceUrl, object data) => Message(serviceUrl, "") with
    {
        Type = ActivityTypes.Invoke,
        Text = null,
        Name = "adaptiveCard/action",
        Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "ask", data }, trigger = "manual" }),
    };

    public static string Json(Activity activity) => JsonSerializer.Serialize(activity, ActivityJson.Options);
}
