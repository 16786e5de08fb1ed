namespace Gyokaku.Bot.Tests.Support;

/// <summary>
/// A test class's bot: the real host in memory with its replies going to a fake connector on loopback,
/// started fresh for every test and torn down after it. With <paramref name="keys"/> the bot requires
/// Bot Framework tokens signed by those test keys (MicrosoftAppId set).
/// </summary>
public abstract class ConnectedBotTest(TestSigningKeys? keys = null) : IAsyncLifetime
{
    protected FakeConnector connector = null!;
    protected BotHost host = null!;
    protected HttpClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        host = new BotHost(connector, keys);
        client = host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }
}
