using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gyokaku.Bot.Channels.BotFramework;
using Gyokaku.Bot.Tests.Support;

namespace Gyokaku.Bot.Tests;

/// <summary>
/// With MicrosoftAppId set, only requests carrying a valid Bot Connector token are processed; everything else
/// is refused before anything is asked or sent. Tokens are signed by test keys published in test metadata.
/// </summary>
public sealed class AuthenticationTests : ConnectedBotTest
{
    private readonly TestSigningKeys keys;

    public AuthenticationTests() : this(new TestSigningKeys()) { }

    // The host trusts the keys the tests sign their tokens with.
    private AuthenticationTests(TestSigningKeys keys) : base(keys) => this.keys = keys;

    private string ServiceUrl => connector.Url + "/";

    [Fact]
    public async Task A_valid_token_is_accepted_and_the_reply_carries_the_bots_own_token()
    {
        var response = await Post(keys.Token(ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, connector.Activities.Count);
        Assert.All(connector.Activities, a => Assert.Equal("Bearer " + FakeConnector.IssuedToken, a.Authorization));
        // Single-tenant: the token comes from the app's own tenant, for the Bot Connector scope.
        var tokenRequest = Assert.Single(connector.TokenRequests);
        Assert.Equal("/test-tenant/oauth2/v2.0/token", tokenRequest.Path);
        Assert.Contains("grant_type=client_credentials", tokenRequest.Body);
        Assert.Contains("client_id=" + TestSigningKeys.AppId, tokenRequest.Body);
        Assert.Contains("scope=" + Uri.EscapeDataString(BotFrameworkAuth.ConnectorScope), tokenRequest.Body);
    }

    [Fact]
    public async Task The_outbound_token_is_cached_until_it_expires()
    {
        Assert.Equal(HttpStatusCode.OK, (await Post(keys.Token(ServiceUrl))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(keys.Token(ServiceUrl))).StatusCode);

        Assert.Equal(4, connector.Activities.Count);
        Assert.Single(connector.TokenRequests);
    }

    [Fact]
    public async Task A_service_url_with_or_without_trailing_slash_is_the_same()
    {
        var response = await Post(keys.Token(connector.Url)); // claim without '/', activity with
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, int> Refused => new()
    {
        { "no token", 401 },
        { "garbage", 401 },
        { "not bearer", 401 },
        { "expired", 401 },
        { "not yet valid", 401 },
        { "wrong audience", 401 },
        { "wrong issuer", 401 },
        { "alg none", 401 },
        { "unknown signing key", 401 },
        { "key not endorsed for msteams", 403 },
        { "serviceUrl mismatch", 403 },
        { "no serviceurl claim", 403 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Invalid_tokens_are_refused_and_nothing_is_processed(string problem, int status)
    {
        string? authorization = problem switch
        {
            "no token" => null,
            "garbage" => "Bearer not-a-jwt",
            "not bearer" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:pass")),
            "expired" => Bearer(keys.Token(ServiceUrl, d => { d.IssuedAt = DateTime.UtcNow.AddHours(-2); d.NotBefore = DateTime.UtcNow.AddHours(-2); d.Expires = DateTime.UtcNow.AddMinutes(-6); })),
            "not yet valid" => Bearer(keys.Token(ServiceUrl, d => { d.NotBefore = DateTime.UtcNow.AddMinutes(10); d.IssuedAt = DateTime.UtcNow.AddMinutes(10); d.Expires = DateTime.UtcNow.AddHours(1); })),
            "wrong audience" => Bearer(keys.Token(ServiceUrl, d => d.Audience = "some-other-bot")),
            "wrong issuer" => Bearer(keys.Token(ServiceUrl, d => d.Issuer = "https://sts.windows.net/evil/")),
            "alg none" => Bearer(TestSigningKeys.UnsignedToken(ServiceUrl)),
            "unknown signing key" => Bearer(keys.TokenFromStranger(ServiceUrl)),
            "key not endorsed for msteams" => Bearer(keys.Token(ServiceUrl, keyId: TestSigningKeys.WebChatOnlyKeyId)),
            "serviceUrl mismatch" => Bearer(keys.Token("https://attacker.example/")),
            "no serviceurl claim" => Bearer(keys.Token(ServiceUrl, d => d.Subject = new System.Security.Claims.ClaimsIdentity())),
            _ => throw new ArgumentException(problem),
        };

        var response = await PostRaw(authorization);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Empty(connector.Activities);
        Assert.Empty(connector.TokenRequests);
        Assert.Empty(host.Answers.Asked);
    }

    [Fact]
    public async Task Expiry_within_the_five_minute_skew_is_still_accepted()
    {
        var token = keys.Token(ServiceUrl, d => { d.IssuedAt = DateTime.UtcNow.AddHours(-1); d.NotBefore = DateTime.UtcNow.AddHours(-1); d.Expires = DateTime.UtcNow.AddMinutes(-3); });
        Assert.Equal(HttpStatusCode.OK, (await Post(token)).StatusCode);
    }

    [Fact]
    public async Task Bad_json_with_no_token_is_401_not_400()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent("{oops", Encoding.UTF8, "application/json") };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Direct_line_needs_no_Bot_Framework_token_but_its_own()
    {
        var response = await client.PostAsync("/v3/directline/conversations", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Bearer(string token) => "Bearer " + token;

    private Task<HttpResponseMessage> Post(string token) => PostRaw(Bearer(token));

    private Task<HttpResponseMessage> PostRaw(string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activities.Json(Activities.Message(ServiceUrl, "推進項目5の担当課は？")), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return client.SendAsync(request);
    }
}

/// <summary>The configuration keys, checked before the bot starts talking to anyone.</summary>
public class BotAuthOptionsTests
{
    [Theory]
    [InlineData(null, null, BotAppType.MultiTenant, null, null)]
    [InlineData("app", "secret", BotAppType.MultiTenant, null, null)]
    [InlineData("app", null, BotAppType.MultiTenant, null, "MicrosoftAppPassword")]
    [InlineData("app", "secret", BotAppType.SingleTenant, null, "MicrosoftAppTenantId")]
    [InlineData("app", "secret", BotAppType.SingleTenant, "tenant", null)]
    [InlineData("app", null, BotAppType.UserAssignedMSI, null, null)]
    public void Contradictory_keys_are_named(string? appId, string? password, BotAppType type, string? tenant, string? problemMentions)
    {
        var options = new BotAuthOptions { MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppType = type, MicrosoftAppTenantId = tenant };
        if (problemMentions is null)
            Assert.Null(options.Problem());
        else
            Assert.Contains(problemMentions, options.Problem());
    }

    [Theory]
    [InlineData(BotAppType.MultiTenant, "botframework.com")]
    [InlineData(BotAppType.SingleTenant, "my-tenant")]
    public void The_token_tenant_follows_the_app_type(BotAppType type, string tenant) =>
        Assert.Equal(tenant, new BotAuthOptions { MicrosoftAppType = type, MicrosoftAppTenantId = "my-tenant" }.TokenTenant);
}
