namespace Gyokaku.Bot.Channels.BotFramework;

/// <summary>The fixed addresses and names of the Bot Framework authentication spec.</summary>
public static class BotFrameworkAuth
{
    /// <summary>OpenID metadata of the tokens the Bot Connector service sends to bots.</summary>
    public const string OpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string Issuer = "https://api.botframework.com";
    /// <summary>The scope a bot asks for to call the Bot Connector.</summary>
    public const string ConnectorScope = "https://api.botframework.com/.default";
    /// <summary>The claim naming the service URL the token was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
}
