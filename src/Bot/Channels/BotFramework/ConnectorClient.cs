using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gyokaku.Bot.Channels.Conversation;
using Gyokaku.Bot.Channels.Protocol;

namespace Gyokaku.Bot.Channels.BotFramework;

/// <summary>
/// The Bot Connector REST API, the two calls this bot makes: reply to an activity
/// (POST {serviceUrl}/v3/conversations/{conversationId}/activities/{activityId}) and, when there is
/// nothing to reply to, send to the conversation (POST …/activities).
/// </summary>
public sealed class ConnectorClient(HttpClient http, AppCredentials credentials) : IActivitySender
{
    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivityUri(activity))
        {
            Content = JsonContent.Create(activity, options: ActivityJson.Options),
        };
        if (await credentials.GetTokenAsync(cancellationToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException(
                $"the connector at {activity.ServiceUrl} refused the {activity.Type}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    /// <summary>The Bot Connector URL for an outgoing activity; ids are escaped (Teams ids hold ':' ';' '@').</summary>
    public static Uri ActivityUri(Activity activity)
    {
        var service = activity.ServiceUrl!.TrimEnd('/');
        var conversation = Uri.EscapeDataString(activity.Conversation!.Id!);
        var path = $"{service}/v3/conversations/{conversation}/activities";
        return new Uri(string.IsNullOrEmpty(activity.ReplyToId) ? path : $"{path}/{Uri.EscapeDataString(activity.ReplyToId)}");
    }
}
