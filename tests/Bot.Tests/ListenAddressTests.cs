using System.Net;
using Gyokaku.Bot.Channels;
using Microsoft.Extensions.Configuration;

namespace Gyokaku.Bot.Tests;

/// <summary>Without authentication the bot must not be reachable from the network unless someone says so.</summary>
public class ListenAddressTests
{
    [Theory]
    [InlineData(null, null, null, "127.0.0.1")]
    [InlineData("", null, null, "127.0.0.1")]
    [InlineData("app-id", null, null, "0.0.0.0")]
    [InlineData(null, "http://0.0.0.0:8080", null, null)]
    [InlineData(null, null, "http://0.0.0.0:8080", null)]
    public void Local_mode_listens_on_loopback_unless_told_otherwise(string? appId, string? urls, string? kestrelEndpoint, string? expected)
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = appId, ["urls"] = urls };
        if (kestrelEndpoint is not null)
            settings["Kestrel:Endpoints:Http:Url"] = kestrelEndpoint;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        Assert.Equal(expected is null ? null : IPAddress.Parse(expected), ChannelHosting.DefaultListenAddress(configuration));
    }
}
