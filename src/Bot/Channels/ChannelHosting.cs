using System.Net;
using Gyokaku.Bot.Channels.BotFramework;
using Gyokaku.Bot.Channels.Cards;
using Gyokaku.Bot.Channels.Conversation;
using Gyokaku.Bot.Channels.DirectLine;
using Gyokaku.Bot.Channels.WebChat;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Gyokaku.Bot.Channels;

/// <summary>Teams (Bot Framework, POST /api/messages) and web chat (Direct Line at /v3/directline, the page at /).</summary>
public static class ChannelHosting
{
    /// <summary>The Bot Framework's customary local port (the Emulator's default).</summary>
    public const int LocalPort = 3978;

    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAuthOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthOptions>, BotAuthOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // Inbound: the Bot Connector's signing keys, fetched and refreshed from its OpenID metadata.
        services.AddHttpClient(nameof(BotFrameworkAuth));
        services.TryAddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(sp =>
            new ConfigurationManager<OpenIdConnectConfiguration>(
                BotFrameworkAuth.OpenIdMetadataUrl,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(BotFrameworkAuth)))));
        services.AddSingleton<BotTokenValidator>();

        // Outbound: the bot's token (one cache for the app) and the connector client.
        services.AddSingleton(sp => new AppCredentials(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(BotFrameworkAuth)),
            sp.GetRequiredService<IOptions<BotAuthOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient<ConnectorClient>();

        services.AddSingleton<AnswerCardBuilder>();
        services.AddSingleton<ConversationHandler>();
        services.AddSingleton<DirectLineStore>();
        services.AddCors(cors => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod()));

        if (DefaultListenAddress(configuration) is { } address)
            services.Configure<KestrelServerOptions>(kestrel => kestrel.Listen(address, LocalPort));
        return services;
    }

    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder app)
    {
        if (app is IApplicationBuilder pipeline)
            pipeline.UseCors();
        app.MapPost(MessagesEndpoint.Path, MessagesEndpoint.HandleAsync);
        DirectLineEndpoints.Map(app);
        WebChatPage.Map(app);
        return app;
    }

    /// <summary>
    /// Where to listen when nobody said (no urls, http_ports or Kestrel endpoints): port 3978, and in local mode
    /// (no app id, so no authentication) on 127.0.0.1 only, so nobody else on the network can reach an
    /// unauthenticated bot by accident. With an app id every request must carry a Bot Framework token,
    /// so it listens on all interfaces for the Bot Connector (usually behind an HTTPS reverse proxy).
    /// Null when the address was configured explicitly.
    /// </summary>
    internal static IPAddress? DefaultListenAddress(IConfiguration configuration)
    {
        var explicitlySet = !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (explicitlySet)
            return null;
        return string.IsNullOrWhiteSpace(configuration[nameof(BotAuthOptions.MicrosoftAppId)]) ? IPAddress.Loopback : IPAddress.Any;
    }

    /// <summary>Stops the app at start when the Bot Framework keys contradict each other, with what to fix.</summary>
    private sealed class BotAuthOptionsValidator : IValidateOptions<BotAuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, BotAuthOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
