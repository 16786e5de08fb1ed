using Gyokaku.Bot.Channels.WebChat;
using Gyokaku.Bot.Tests.Support;
using Gyokaku.Knowledge.Answering;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gyokaku.Bot.Tests;

/// <summary>
/// End to end in a real browser: Microsoft's Web Chat, loaded by a page on another origin (as on an intranet
/// portal), talks to the bot's Direct Line endpoint over real HTTP, renders the answer card, and a follow-up
/// button asks the next question.
/// </summary>
public sealed class WebChatBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly FakeAnswerService answers = new();
    private WebApplicationFactory<Program> bot = null!;
    private LoopbackSite intranet = null!;
    private string botUrl = null!;

    public async Task InitializeAsync()
    {
        bot = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("urls", "http://127.0.0.1:0");
            b.ConfigureTestServices(s => s.AddSingleton<IAnswerService>(answers));
        });
        bot.UseKestrel();
        bot.StartServer();
        botUrl = bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // The bot's own page, copied to another site the way the README says: data-directline points at the bot.
        var page = WebChatPage.ReadText(WebChatPage.PageResource)
            .Replace("data-directline=\"\"", $"data-directline=\"{botUrl}\"")
            .Replace("src=\"webchat.js\"", $"src=\"{botUrl}/webchat.js\"");
        intranet = await LoopbackSite.StartAsync(page);
    }

    public async Task DisposeAsync()
    {
        await intranet.DisposeAsync();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task Web_chat_on_another_origin_asks_sees_the_card_and_follows_up()
    {
        Assert.NotEqual(new Uri(intranet.Url).Port, new Uri(botUrl).Port);
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "ja-JP", ViewportSize = new() { Width = 1000, Height = 1000 } });
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"{message.Text} {message.Location}"); };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync(intranet.Url);
        var cards = page.Locator(".ac-adaptiveCard");
        await cards.Filter(new() { HasText = "質問の例" }).WaitForAsync(new() { Timeout = 20_000 });

        const string question = "推進項目5の担当課は？";
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync(question);
        await sendBox.PressAsync("Enter");
        var answer = cards.Filter(new() { HasText = $"答え: {question}" });
        await answer.WaitForAsync(new() { Timeout = 20_000 });
        Assert.Contains("000_test.txt · 5 テスト項目 · 120–158行", await answer.InnerTextAsync());

        await answer.GetByRole(AriaRole.Button, new() { Name = "目標値" }).ClickAsync();
        await cards.Filter(new() { HasText = $"答え: {question} の目標値" }).WaitForAsync(new() { Timeout = 20_000 });
        // The click shows up as the user's question, and each answer appears once (in its card, not again as text).
        // (Web Chat also copies each message into a screen-reader live region; only the transcript counts.)
        var transcript = page.Locator(".webchat__basic-transcript__transcript");
        Assert.Equal(1, await transcript.GetByText($"{question} の目標値", new() { Exact = true }).CountAsync());
        Assert.Equal(1, await transcript.GetByText($"答え: {question}", new() { Exact = true }).CountAsync());

        await page.ScreenshotAsync(new() { Path = "/tmp/gyokaku-webchat.png", FullPage = true });
        Assert.Equal([question, $"{question} の目標値"], answers.Asked.Select(a => a.Question));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
