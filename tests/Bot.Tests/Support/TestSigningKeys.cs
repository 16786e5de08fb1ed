using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gyokaku.Bot.Channels.BotFramework;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Gyokaku.Bot.Tests.Support;

/// <summary>
/// A stand-in for login.botframework.com: OpenID metadata and a JWKS in the Bot Framework's format
/// (keys carry an "endorsements" list of channels), and tokens signed with those keys.
/// The real ConfigurationManager reads the documents, so the metadata parsing path is the production one.
/// </summary>
public sealed class TestSigningKeys
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TeamsKeyId = "teams-key";
    public const string WebChatOnlyKeyId = "webchat-only-key";

    // Static: making RSA keys is slow, and every test can share them.
    private static readonly RSA teamsKey = RSA.Create(2048);
    private static readonly RSA webChatOnlyKey = RSA.Create(2048);
    private static readonly RSA strangerKey = RSA.Create(2048);

    public IConfigurationManager<OpenIdConnectConfiguration> Metadata() =>
        new ConfigurationManager<OpenIdConnectConfiguration>(
            "https://login.test/v1/.well-known/openidconfiguration", new OpenIdConnectConfigurationRetriever(), new Documents(this));

    /// <summary>A token as the Bot Connector would send it, with any part changed by <paramref name="change"/>.</summary>
    public string Token(string serviceUrl, Action<SecurityTokenDescriptor>? change = null, string keyId = TeamsKeyId)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = BotFrameworkAuth.Issuer,
            Audience = AppId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(59),
            Subject = new ClaimsIdentity([new Claim(BotFrameworkAuth.ServiceUrlClaim, serviceUrl)]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(KeyFor(keyId)) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A token signed by a key the metadata does not list, under a listed key's id.</summary>
    public string TokenFromStranger(string serviceUrl) =>
        Token(serviceUrl, d => d.SigningCredentials = new SigningCredentials(new RsaSecurityKey(strangerKey) { KeyId = TeamsKeyId }, SecurityAlgorithms.RsaSha256));

    /// <summary>An unsigned token ("alg": "none") with otherwise perfect claims.</summary>
    public static string UnsignedToken(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new { alg = "none", typ = "JWT" };
        var payload = new Dictionary<string, object>
        {
            ["iss"] = BotFrameworkAuth.Issuer, ["aud"] = AppId, ["nbf"] = now - 60, ["iat"] = now - 60, ["exp"] = now + 3600,
            [BotFrameworkAuth.ServiceUrlClaim] = serviceUrl,
        };
        return $"{Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(header))}.{Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(payload))}.";
    }

    private RSA KeyFor(string keyId) => keyId == WebChatOnlyKeyId ? webChatOnlyKey : teamsKey;

    private string Jwks() => JsonSerializer.Serialize(new
    {
        keys = new[] { Jwk(teamsKey, TeamsKeyId, ["msteams", "emulator"]), Jwk(webChatOnlyKey, WebChatOnlyKeyId, ["webchat"]) },
    });

    private static object Jwk(RSA rsa, string kid, string[] endorsements)
    {
        var p = rsa.ExportParameters(false);
        return new { kty = "RSA", use = "sig", kid, n = Base64Url.Encode(p.Modulus!), e = Base64Url.Encode(p.Exponent!), endorsements };
    }

    private const string JwksUri = "https://login.test/v1/.well-known/keys";

    private static string OpenIdConfiguration() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = BotFrameworkAuth.Issuer,
        ["authorization_endpoint"] = "https://invalid.test",
        ["jwks_uri"] = JwksUri,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    });

    private sealed class Documents(TestSigningKeys keys) : IDocumentRetriever
    {
        public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
            Task.FromResult(address == JwksUri ? keys.Jwks() : OpenIdConfiguration());
    }

    private static class Base64Url
    {
        public static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        public static string Encode(string text) => Encode(Encoding.UTF8.GetBytes(text));
    }
}
