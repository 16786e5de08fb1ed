using Gyokaku.Bot.Channels.BotFramework;
using Gyokaku.Knowledge.Answering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gyokaku.Bot.Tests.Support;

/// <summary>
/// The real Bot host in memory (TestServer) with the answer service replaced by <see cref="FakeAnswerService"/>
/// and the bot's outbound calls going to a <see cref="FakeConnector"/> on loopback.
/// With <paramref name="keys"/>, Bot Framework authentication is on (app id set, test signing keys).
/// </summary>
public sealed class BotHost(FakeConnector connector, TestSigningKeys? keys = null) : WebApplicationFactory<Program>
{
    public FakeAnswerService Answers { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (keys is not null)
        {
            builder.UseSetting("MicrosoftAppId", TestSigningKeys.AppId);
            builder.UseSetting("MicrosoftAppPassword", "test-secret");
            builder.UseSetting("MicrosoftAppType", "SingleTenant");
            builder.UseSetting("MicrosoftAppTenantId", "test-tenant");
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IAnswerService>(Answers);
            // The real knowledge base would load in the background of every test host; these tests never use it.
            foreach (var loader in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly == typeof(Program).Assembly).ToList())
                services.Remove(loader);
            if (keys is not null)
                services.AddSingleton(keys.Metadata());
            services.AddSingleton(sp => new AppCredentials(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(),
                sp.GetRequiredService<IOptions<BotAuthOptions>>(),
                TimeProvider.System) { LoginAuthority = new Uri(connector.Url + "/") });
        });
    }
}
