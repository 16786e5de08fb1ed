namespace Gyokaku.Bot.Channels;

/// <summary>Teams (Bot Framework) and Direct Line / web chat (the channels issue fills this in).</summary>
public static class ChannelHosting
{
    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder app) => app;
}
