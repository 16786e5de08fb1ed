using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Gyokaku.Bot.Channels.BotFramework;

/// <summary>
/// The bot's own token for calling the Bot Connector: client credentials from the Microsoft identity platform
/// (or the managed identity endpoint for UserAssignedMSI), cached until shortly before it expires.
/// In local mode (no app id) there is no token and replies go out unauthenticated.
/// </summary>
public sealed class AppCredentials(HttpClient http, IOptions<BotAuthOptions> options, TimeProvider clock)
{
    /// <summary>Where client-credential tokens come from; overridable so tests never leave the machine.</summary>
    public Uri LoginAuthority { get; set; } = new("https://login.microsoftonline.com/");

    private static readonly Uri ManagedIdentityEndpoint = new("http://169.254.169.254/metadata/identity/oauth2/token");
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (string Token, DateTimeOffset Expires)? cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AuthenticationEnabled)
            return null;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } hit && clock.GetUtcNow() < hit.Expires - RenewBefore)
                return hit.Token;
            using var request = settings.MicrosoftAppType == BotAppType.UserAssignedMSI ? ManagedIdentityRequest(settings) : ClientCredentialsRequest(settings);
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"token request for the Bot Connector failed: {(int)response.StatusCode} {body}");
            var (token, expiresIn) = ReadToken(body);
            cached = (token, clock.GetUtcNow().AddSeconds(expiresIn));
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    private HttpRequestMessage ClientCredentialsRequest(BotAuthOptions settings) =>
        new(HttpMethod.Post, new Uri(LoginAuthority, $"{Uri.EscapeDataString(settings.TokenTenant)}/oauth2/v2.0/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.MicrosoftAppId!,
                ["client_secret"] = settings.MicrosoftAppPassword ?? "",
                ["scope"] = BotFrameworkAuth.ConnectorScope,
            }),
        };

    private static HttpRequestMessage ManagedIdentityRequest(BotAuthOptions settings)
    {
        var resource = Uri.EscapeDataString(BotFrameworkAuth.Issuer);
        var request = new HttpRequestMessage(HttpMethod.Get,
            $"{ManagedIdentityEndpoint}?api-version=2018-02-01&resource={resource}&client_id={Uri.EscapeDataString(settings.MicrosoftAppId!)}");
        request.Headers.Add("Metadata", "true");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private static (string Token, double ExpiresIn) ReadToken(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var token = json.RootElement.GetProperty("access_token").GetString()
                        ?? throw new KeyNotFoundException("access_token is null");
            var expiresIn = json.RootElement.TryGetProperty("expires_in", out var e) ? Seconds(e) : 3600;
            return (token, expiresIn);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new HttpRequestException("the token endpoint's answer has no usable access_token: " + e.Message, e);
        }
    }

    // The identity platform sends a number; the managed identity endpoint sends it as a string.
    private static double Seconds(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!) : value.GetDouble();
}
