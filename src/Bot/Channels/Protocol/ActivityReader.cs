using System.Text.Json;

namespace Gyokaku.Bot.Channels.Protocol;

/// <summary>A request the bot will not process, with the status and the reason the caller is told.</summary>
public sealed record Rejection(int Status, string Reason)
{
    public IResult ToResult() => Results.Json(new { error = Reason }, statusCode: Status);
}

/// <summary>
/// Reads an inbound activity defensively: bounded body, JSON that parses, and the fields the bot needs to reply.
/// Anything wrong becomes a 4xx with a reason, never an exception, so one bad request cannot stop the bot.
/// </summary>
public static class ActivityReader
{
    /// <summary>Activities are small; Teams' own limit for a message is about 28 KB. Anything far larger is not a chat.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<(byte[]? Body, Rejection? Rejection)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return (null, TooLarge());
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return (null, TooLarge());
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), null);
    }

    public static (Activity? Activity, Rejection? Rejection) Parse(byte[] body)
    {
        if (body.Length == 0)
            return (null, new Rejection(400, "empty body: expected an activity as JSON"));
        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
            return activity is null ? (null, new Rejection(400, "expected an activity object, got null")) : (activity, null);
        }
        catch (JsonException e)
        {
            return (null, new Rejection(400, $"the body is not a valid activity: {e.Message}"));
        }
    }

    /// <summary>What a Bot Framework activity must carry for the bot to handle and answer it.</summary>
    public static Rejection? CheckBotFrameworkActivity(Activity activity)
    {
        if (KnownType(activity) is { } rejection)
            return rejection;
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl)
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var service)
            || (service.Scheme != Uri.UriSchemeHttps && service.Scheme != Uri.UriSchemeHttp))
            return new Rejection(400, "the activity has no absolute http(s) serviceUrl to reply to");
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return new Rejection(400, "the activity has no conversation.id");
        return null;
    }

    public static Rejection? KnownType(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
            return new Rejection(400, "the activity has no type");
        if (activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.Invoke
            || ActivityTypes.Ignored.Contains(activity.Type))
            return null;
        return new Rejection(400, $"unknown activity type '{activity.Type}'");
    }

    private static Rejection TooLarge() => new(413, $"the body is larger than {MaxBodyBytes / 1024} KB");
}
