using System.Text.Json.Nodes;
using Gyokaku.Bot.Channels.Cards;
using Gyokaku.Bot.Channels.Protocol;
using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Bot.Channels.Conversation;

/// <summary>
/// The bot's turn logic, channel-agnostic (the ActivityHandler of BotBuilder's core-bot sample):
/// a message gets "typing" then an answer card; the bot being added gets the welcome card;
/// an Adaptive Card Action.Execute gets the answer plus an invoke response.
/// Tests call it directly with a recording sender.
/// </summary>
public sealed class ConversationHandler(IAnswerService answers, AnswerCardBuilder cards, ILogger<ConversationHandler> log)
{
    /// <summary>The invoke a card's Action.Execute sends (Universal Actions).</summary>
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>Handles one inbound activity. Returns the invoke response for invokes, null otherwise.</summary>
    public async Task<InvokeResponse?> HandleAsync(Activity inbound, IActivitySender outbound, CancellationToken cancellationToken)
    {
        switch (inbound.Type)
        {
            case ActivityTypes.Message:
                await AnswerAsync(inbound, InboundQuestion.Of(inbound), outbound, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate:
                if (BotWasAdded(inbound))
                    await outbound.SendAsync(WithCard(inbound.CreateReply(ActivityTypes.Message), cards.Welcome()), cancellationToken);
                return null;
            case ActivityTypes.Invoke:
                return await InvokeAsync(inbound, outbound, cancellationToken);
            default:
                return null; // the endpoints reject types they do not know before this point
        }
    }

    private async Task<InvokeResponse> InvokeAsync(Activity inbound, IActivitySender outbound, CancellationToken cancellationToken)
    {
        if (inbound.Name != AdaptiveCardActionInvoke)
            return new InvokeResponse(501, ErrorBody(501, $"invoke '{inbound.Name}' is not supported"));
        var question = InboundQuestion.QuestionIn(InboundQuestion.ExecuteData(inbound.Value));
        if (question is null)
            return new InvokeResponse(400, ErrorBody(400, "adaptiveCard/action without value.action.data.question"));
        await AnswerAsync(inbound, question, outbound, cancellationToken);
        // The answer went out as a message of its own; the card that was clicked stays as it was.
        return new InvokeResponse(200, new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = "application/vnd.microsoft.activity.message",
            ["value"] = question,
        });
    }

    private async Task AnswerAsync(Activity inbound, string? question, IActivitySender outbound, CancellationToken cancellationToken)
    {
        if (question is null)
        {
            // An empty message or a bare @mention: say what the bot is for instead of searching for nothing.
            await outbound.SendAsync(WithCard(inbound.CreateReply(ActivityTypes.Message), cards.Welcome()), cancellationToken);
            return;
        }
        await outbound.SendAsync(inbound.CreateReply(ActivityTypes.Typing), cancellationToken);
        var reply = inbound.CreateReply(ActivityTypes.Message);
        Answer answer;
        try
        {
            answer = answers.Ask(question, ConversationKey(inbound));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "answering {Question} failed", question);
            await outbound.SendAsync(WithCard(reply, cards.Failure(question)), cancellationToken);
            return;
        }
        await outbound.SendAsync(WithCard(reply, cards.Answer(answer)), cancellationToken);
    }

    /// <summary>Follow-ups resolve per channel conversation; ids of different channels never mix.</summary>
    private static string ConversationKey(Activity inbound) => $"{inbound.ChannelId}:{inbound.Conversation?.Id}";

    private static bool BotWasAdded(Activity inbound) =>
        inbound.Recipient?.Id is { } botId && (inbound.MembersAdded ?? []).Any(m => m.Id == botId);

    /// <summary>Teams' channel id.</summary>
    public const string TeamsChannel = "msteams";

    /// <summary>
    /// The card plus its plain-text fallback: in <c>text</c> for clients that show no cards (Direct Line clients,
    /// the Emulator), and in <c>summary</c>, which Teams shows in notifications and the chat list.
    /// Teams gets no <c>text</c>: it splits a text-and-card activity into two posts, so the answer would appear twice.
    /// </summary>
    private static Activity WithCard(Activity reply, CardMessage card) => reply with
    {
        Text = reply.ChannelId == TeamsChannel ? null : card.FallbackText,
        TextFormat = "plain",
        Summary = card.FallbackText,
        Attachments = [card.Attachment],
        InputHint = "acceptingInput",
    };

    private static JsonObject ErrorBody(int status, string message) => new()
    {
        ["statusCode"] = status,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = status == 400 ? "BadRequest" : "NotImplemented", ["message"] = message },
    };
}
