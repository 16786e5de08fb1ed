using System.Text.Json.Nodes;
using Gyokaku.Bot.Channels.Conversation;
using Gyokaku.Bot.Channels.Protocol;

namespace Gyokaku.Bot.Channels.DirectLine;

/// <summary>
/// A Direct Line 3.0-compatible endpoint, enough for Microsoft's Web Chat with polling (webSocket: false):
/// tokens/generate, tokens/refresh, start or resume a conversation, post an activity, get activities after a watermark.
/// It answers with the same handler and cards as Teams. CORS is open to any origin, like the real service,
/// so Web Chat works on any intranet page; a conversation can only be read or written with its own token.
/// </summary>
public static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";
    public const string CorsPolicy = "DirectLine";
    public const string ChannelId = "directline";

    /// <summary>The bot as it appears in web chat.</summary>
    public static readonly ChannelAccount Bot = new("gyokaku", "Gyokaku") { Role = "bot" };

    public static void Map(IEndpointRouteBuilder app)
    {
        var directLine = app.MapGroup(Prefix).RequireCors(CorsPolicy);
        directLine.MapPost("/tokens/generate", (DirectLineStore store) => Results.Ok(TokenBody(store.Generate())));
        directLine.MapPost("/tokens/refresh", (HttpRequest request, DirectLineStore store) =>
            store.Find(request.Headers.Authorization) is { } token ? Results.Ok(TokenBody(store.Refresh(token))) : Unauthorized());
        directLine.MapPost("/conversations", StartAsync);
        directLine.MapGet("/conversations/{conversationId}", Resume);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
    }

    /// <summary>Opens the token's conversation; the first time, the bot is "added" and greets with the welcome card.</summary>
    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineStore store, ConversationHandler handler, TimeProvider clock)
    {
        if (store.Find(request.Headers.Authorization) is not { } token || store.Conversation(token.ConversationId) is not { } conversation)
            return Unauthorized();
        if (conversation.TryStart())
        {
            var added = new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                ChannelId = ChannelId,
                Conversation = new ConversationAccount(conversation.Id),
                From = new ChannelAccount("user") { Role = "user" },
                Recipient = Bot,
                MembersAdded = [Bot],
            };
            await handler.HandleAsync(added, new DirectLineSender(conversation, clock), request.HttpContext.RequestAborted);
        }
        return Results.Json(ConversationBody(token), statusCode: 201);
    }

    private static IResult Resume(string conversationId, HttpRequest request, DirectLineStore store)
    {
        var (token, _, failure) = Authorize(conversationId, request, store);
        return failure ?? Results.Ok(ConversationBody(token!));
    }

    /// <summary>Stores the user's activity (Web Chat waits for its echo), lets the bot answer, returns the new id.</summary>
    private static async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, DirectLineStore store, ConversationHandler handler, TimeProvider clock)
    {
        var (_, conversation, failure) = Authorize(conversationId, request, store);
        if (failure is not null)
            return failure;
        var (body, tooLarge) = await ActivityReader.ReadBodyAsync(request, request.HttpContext.RequestAborted);
        if (tooLarge is not null)
            return tooLarge.ToResult();
        var (posted, unreadable) = ActivityReader.Parse(body!);
        if (unreadable is not null)
            return unreadable.ToResult();
        if (ActivityReader.KnownType(posted!) is { } unknown)
            return unknown.ToResult();

        // The channel, not the client, says which conversation and bot this is.
        var inbound = conversation!.Add(posted! with
        {
            ChannelId = ChannelId,
            Conversation = new ConversationAccount(conversation.Id),
            Recipient = Bot,
            From = posted!.From ?? new ChannelAccount("user") { Role = "user" },
            ServiceUrl = null,
        }, clock.GetUtcNow());
        if (inbound.Type == ActivityTypes.Typing)
            return Results.Ok(new { id = inbound.Id });
        await handler.HandleAsync(inbound, new DirectLineSender(conversation, clock), request.HttpContext.RequestAborted);
        return Results.Ok(new { id = inbound.Id });
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, DirectLineStore store)
    {
        var (_, conversation, failure) = Authorize(conversationId, request, store);
        if (failure is not null)
            return failure;
        long after = 0;
        if (!string.IsNullOrEmpty(watermark) && !long.TryParse(watermark, out after))
            return Error(400, "BadArgument", $"watermark '{watermark}' is not a number");
        var (activities, next) = conversation!.After(after);
        return Results.Json(new { activities, watermark = next.ToString() }, ActivityJson.Options);
    }

    private static (DirectLineToken? Token, DirectLineConversation? Conversation, IResult? Failure) Authorize(string conversationId, HttpRequest request, DirectLineStore store)
    {
        if (store.Find(request.Headers.Authorization) is not { } token)
            return (null, null, Unauthorized());
        if (token.ConversationId != conversationId)
            return (null, null, Error(403, "BadArgument", "the token is for another conversation"));
        if (store.Conversation(conversationId) is not { } conversation)
            return (null, null, Error(404, "BadArgument", "conversation not found (it may have expired)"));
        conversation.LastUsed = store.Now;
        return (token, conversation, null);
    }

    private static object TokenBody(DirectLineToken token) => new
    {
        conversationId = token.ConversationId,
        token = token.Value,
        expires_in = (int)DirectLineStore.TokenLifetime.TotalSeconds,
    };

    // No streamUrl: this endpoint has no WebSocket stream, clients poll (Web Chat: webSocket: false).
    private static object ConversationBody(DirectLineToken token) => new
    {
        conversationId = token.ConversationId,
        token = token.Value,
        expires_in = (int)DirectLineStore.TokenLifetime.TotalSeconds,
    };

    private static IResult Unauthorized() =>
        Error(401, "BadArgument", $"a Direct Line token is needed: POST {Prefix}/tokens/generate, then send 'Authorization: Bearer <token>'");

    /// <summary>Direct Line's error shape: {"error": {"code", "message"}}.</summary>
    private static IResult Error(int status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);
}
