using System.Net;

namespace Gyokaku.Bot.Tests.Support;

/// <summary>A one-page web site on its own loopback port: an "intranet page" on another origin than the bot.</summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication app;
    public string Url { get; }

    private LoopbackSite(WebApplication app) => (this.app, Url) = (app, app.Urls.First());

    public static async Task<LoopbackSite> StartAsync(string html)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();
        return new LoopbackSite(app);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
