using Gyokaku.Bot.Channels.Conversation;
using Gyokaku.Bot.Channels.Protocol;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Gyokaku.Bot.Channels.BotFramework;

/// <summary>
/// POST /api/messages, the Bot Framework messaging endpoint Teams' Bot Connector calls.
/// Order matters: the token is checked before the body is believed, and nothing is answered or sent
/// for a request that fails any check.
/// </summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptions<BotAuthOptions> options,
        BotTokenValidator validator,
        ConversationHandler handler,
        ConnectorClient connector,
        ILoggerFactory logs)
    {
        var cancellationToken = context.RequestAborted;
        var (body, tooLarge) = await ActivityReader.ReadBodyAsync(context.Request, cancellationToken);
        if (tooLarge is not null)
            return tooLarge.ToResult();

        JsonWebToken? token = null;
        if (options.Value.AuthenticationEnabled)
        {
            (token, var failure) = await validator.ValidateTokenAsync(context.Request.Headers.Authorization, cancellationToken);
            if (failure is not null)
                return Results.Json(new { error = failure.Reason }, statusCode: failure.Status);
        }

        var (activity, unreadable) = ActivityReader.Parse(body!);
        if (unreadable is not null)
            return unreadable.ToResult();
        if (ActivityReader.CheckBotFrameworkActivity(activity!) is { } invalid)
            return invalid.ToResult();

        if (token is not null && await validator.CheckActivityAsync(token, activity!.ChannelId, activity.ServiceUrl, cancellationToken) is { } refused)
            return Results.Json(new { error = refused.Reason }, statusCode: refused.Status);

        try
        {
            var invokeResponse = await handler.HandleAsync(activity!, connector, cancellationToken);
            return invokeResponse is null
                ? Results.Ok()
                : Results.Json(invokeResponse.Body, ActivityJson.Options, statusCode: invokeResponse.Status);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            logs.CreateLogger(typeof(MessagesEndpoint)).LogError(e, "the connector at {ServiceUrl} did not answer in time", activity!.ServiceUrl);
            return Results.Json(new { error = "the channel did not accept the reply in time" }, statusCode: 504);
        }
        catch (HttpRequestException e)
        {
            // The answer was made but could not be delivered: the channel's side failed, not the request.
            logs.CreateLogger(typeof(MessagesEndpoint)).LogError(e, "could not deliver the reply to {ServiceUrl}", activity!.ServiceUrl);
            return Results.Json(new { error = "the reply could not be delivered to the channel: " + e.Message }, statusCode: 502);
        }
    }
}
