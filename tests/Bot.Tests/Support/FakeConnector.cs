using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Gyokaku.Bot.Tests.Support;

/// <summary>
/// A stand-in Bot Connector service (and identity platform token endpoint) on a real loopback port:
/// it records every POST so tests see exactly what the bot sent, and where.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    public sealed record Received(string Path, string? Authorization, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }

    public const string IssuedToken = "outbound-token-from-fake-identity-platform";

    private readonly WebApplication app;

    public ConcurrentQueue<Received> Activities { get; } = new();
    public ConcurrentQueue<Received> TokenRequests { get; } = new();
    public string Url { get; }

    private FakeConnector(WebApplication app, string url) => (this.app, Url) = (app, url);

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeConnector? self = null;
        app.Run(async context =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            // The raw target, as sent: the bot must escape conversation ids itself.
            var rawTarget = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
            var received = new Received(rawTarget, context.Request.Headers.Authorization, body);
            if (context.Request.Path.Value!.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
            {
                self!.TokenRequests.Enqueue(received);
                await context.Response.WriteAsJsonAsync(new { token_type = "Bearer", expires_in = 3599, access_token = IssuedToken });
                return;
            }
            self!.Activities.Enqueue(received);
            await context.Response.WriteAsJsonAsync(new { id = "sent-" + self.Activities.Count });
        });
        await app.StartAsync();
        self = new FakeConnector(app, app.Urls.First());
        return self;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
