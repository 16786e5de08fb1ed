using Gyokaku.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gyokaku.Bot.Tests;

/// <summary>
/// The whole product in a browser: the real answer service on the real seeds behind the page at /.
/// An ambiguous question gets a clarify card; clicking one candidate gets that plan's answer, with the fact
/// as the seed states it; clicking that answer's 目標値 follow-up gets the item's targets.
/// </summary>
public sealed class WebChatRealAnswersTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), $"gyokaku-e2e-index-{Guid.NewGuid():N}");
    private WebApplicationFactory<Program> bot = null!;
    private string botUrl = null!;

    public async Task InitializeAsync()
    {
        bot = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("urls", "http://127.0.0.1:0");
            b.UseSetting("Gyokaku:IndexPath", indexPath); // its own index: other test runs may be rebuilding the shared one
        });
        bot.UseKestrel();
        bot.StartServer();
        botUrl = bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await WaitUntilHealthy();
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        if (Directory.Exists(indexPath))
            Directory.Delete(indexPath, recursive: true);
    }

    [Fact]
    public async Task An_ambiguous_question_is_clarified_by_a_click_answered_from_the_seed_and_followed_up()
    {
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "ja-JP", ViewportSize = new() { Width = 1000, Height = 1000 } });
        await page.GotoAsync(botUrl);
        var cards = page.Locator(".ac-adaptiveCard");
        await cards.Filter(new() { HasText = "質問の例" }).WaitForAsync(new() { Timeout = 20_000 });

        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync("項目5の担当課は？");
        await sendBox.PressAsync("Enter");
        var clarify = cards.Filter(new() { HasText = "どれについての質問ですか？" });
        await clarify.WaitForAsync(new() { Timeout = 30_000 });

        // 004_e7a2b0553b0a241f.txt line 191: "| 項目番号 | No.5 | 項目名 | ふるさと納税の推進 | 担当課 | 商工観光課 |"
        await clarify.GetByRole(AriaRole.Button, new() { Name = "小郡市行政経営行動計画" }).ClickAsync();
        // The clarify card names every candidate's department too: the answer is the card after it.
        var answer = cards.Filter(new() { HasText = "回答", HasNotText = "どれについての質問ですか？" })
            .Filter(new() { HasText = "商工観光課" }).Filter(new() { HasText = "004_e7a2b0553b0a241f.txt" });
        await answer.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("ふるさと納税の推進", await answer.InnerTextAsync());

        // 004 line 198: "| R6年度計画 | ○返礼品数(1,000品) ○寄附金額(10億円) …": the follow-up asks for the same item's targets.
        await answer.GetByRole(AriaRole.Button, new() { Name = "目標値" }).ClickAsync();
        var target = cards.Filter(new() { HasText = "1,000品" }).Filter(new() { HasText = "10億円" });
        await target.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("ふるさと納税の推進", await target.InnerTextAsync());

        await target.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = "/tmp/gyokaku-webchat-real.png" });
    }

    private async Task WaitUntilHealthy()
    {
        using var http = new HttpClient { BaseAddress = new Uri(botUrl) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if ((await http.GetAsync("/healthz")).IsSuccessStatusCode)
                return;
            await Task.Delay(250);
        }
        throw new TimeoutException($"the bot at {botUrl} did not load its knowledge base within 90 s: {await http.GetStringAsync("/healthz")}");
    }
}
