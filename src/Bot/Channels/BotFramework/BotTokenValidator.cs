using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Gyokaku.Bot.Channels.BotFramework;

/// <summary>Why a request was refused: 401 for no or a bad token, 403 for a good token not meant for this activity.</summary>
public sealed record AuthFailure(int Status, string Reason);

/// <summary>
/// Checks the Bot Connector's JWT on an inbound activity as the Bot Framework authentication spec says:
/// RS256 signature by a key from the OpenID metadata, issuer api.botframework.com, audience = our app id,
/// lifetime with 5 minutes' skew, the signing key endorsed for the activity's channel, and the token's
/// serviceurl claim equal to the activity's serviceUrl.
/// </summary>
public sealed class BotTokenValidator(
    IOptions<BotAuthOptions> options,
    IConfigurationManager<OpenIdConnectConfiguration> metadata,
    ILogger<BotTokenValidator> log)
{
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>Step 1, before the body is trusted: is this a valid Bot Framework token at all?</summary>
    public async Task<(JsonWebToken? Token, AuthFailure? Failure)> ValidateTokenAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorization) || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return (null, new AuthFailure(401, "missing Authorization: Bearer token"));
        var raw = authorization["Bearer ".Length..].Trim();
        if (!handler.CanReadToken(raw))
            return (null, new AuthFailure(401, "the bearer token is not a JWT"));

        var result = await ValidateAsync(raw, refresh: false, cancellationToken);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            result = await ValidateAsync(raw, refresh: true, cancellationToken); // keys rotate: fetch them again once
        if (!result.IsValid)
        {
            log.LogWarning("refused a Bot Framework token: {Reason}", result.Exception?.Message);
            return (null, new AuthFailure(401, "invalid token: " + FirstLine(result.Exception?.Message)));
        }
        return ((JsonWebToken)result.SecurityToken, null);
    }

    /// <summary>Step 2, once the activity is read: was the token issued for this channel and this service URL?</summary>
    public async Task<AuthFailure?> CheckActivityAsync(JsonWebToken token, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetConfigurationAsync(cancellationToken);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == token.Kid);
        if (key is null || string.IsNullOrEmpty(channelId) || !Endorsements(key).Contains(channelId))
            return new AuthFailure(403, $"the token's signing key is not endorsed for channel '{channelId}'");
        var claimed = token.Claims.FirstOrDefault(c => c.Type == BotFrameworkAuth.ServiceUrlClaim)?.Value;
        if (claimed is null || !SameServiceUrl(claimed, serviceUrl))
            return new AuthFailure(403, "the token's serviceurl claim does not match the activity's serviceUrl");
        return null;
    }

    private async Task<TokenValidationResult> ValidateAsync(string raw, bool refresh, CancellationToken cancellationToken)
    {
        if (refresh)
            metadata.RequestRefresh();
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            return new TokenValidationResult { IsValid = false, Exception = new SecurityTokenException("Bot Framework OpenID metadata unavailable: " + e.Message) };
        }
        return await handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            ValidIssuer = BotFrameworkAuth.Issuer,
            ValidAudience = options.Value.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = BotFrameworkAuth.ClockSkew,
        });
    }

    /// <summary>The channels a key may sign for: the non-standard <c>endorsements</c> array of the Bot Framework JWKS.</summary>
    internal static IReadOnlySet<string> Endorsements(JsonWebKey key)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (!key.AdditionalData.TryGetValue("endorsements", out var value))
            return found;
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                    if (item.ValueKind == JsonValueKind.String)
                        found.Add(item.GetString()!);
                break;
            case IEnumerable<object> items:
                foreach (var item in items)
                    if (item?.ToString() is { } s)
                        found.Add(s);
                break;
        }
        return found;
    }

    private static bool SameServiceUrl(string claimed, string? actual) =>
        actual is not null && string.Equals(claimed.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static string FirstLine(string? message) => (message ?? "rejected").Split('\n')[0].Trim();
}
