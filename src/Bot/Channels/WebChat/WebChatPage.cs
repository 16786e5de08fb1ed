
namespace Gyokaku.Bot.Channels.WebChat;

/// <summary>
/// GET / (a page with Microsoft's Web Chat wired to this bot's Direct Line endpoint) and GET /webchat.js
/// (Web Chat's bundle, taken from npm at build time and embedded in the assembly, so nothing is fetched from a CDN).
/// </summary>
public static class WebChatPage
{
    public const string PageResource = "webchat/index.html";
    public const string ScriptResource = "webchat/webchat.js";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Embedded(PageResource, "text/html; charset=utf-8"));
        app.MapGet("/webchat.js", () => Embedded(ScriptResource, "text/javascript; charset=utf-8"));
    }

    /// <summary>The text of an embedded web chat file (the tests serve the page from another origin with it).</summary>
    public static string ReadText(string resource)
    {
        using var reader = new StreamReader(Open(resource));
        return reader.ReadToEnd();
    }

    private static IResult Embedded(string resource, string contentType) => Results.Stream(Open(resource), contentType);

    private static Stream Open(string resource) =>
        typeof(WebChatPage).Assembly.GetManifestResourceStream(resource)
        ?? throw new InvalidOperationException($"{resource} is not embedded: the build's web chat step (npm ci in src/Bot/webchat) did not run");
}
