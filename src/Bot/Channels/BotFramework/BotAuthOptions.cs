namespace Gyokaku.Bot.Channels.BotFramework;

/// <summary>How the bot's Azure registration authenticates: the kinds BotBuilder knows.</summary>
public enum BotAppType { MultiTenant, SingleTenant, UserAssignedMSI }

/// <summary>
/// Bot Framework's own configuration keys, read from the configuration root (appsettings, environment
/// variables MicrosoftAppId=…, command line), exactly as BotBuilder's ConfigurationBotFrameworkAuthentication reads them.
/// No app id means local mode: no authentication, loopback only.
/// </summary>
public sealed class BotAuthOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;
    public string? MicrosoftAppTenantId { get; set; }

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Where the outbound token comes from: the app's tenant for single-tenant bots, botframework.com otherwise.</summary>
    public string TokenTenant => MicrosoftAppType == BotAppType.SingleTenant ? MicrosoftAppTenantId! : "botframework.com";

    /// <summary>A configuration mistake a person must fix before the bot can talk to Teams; null when fine.</summary>
    public string? Problem()
    {
        if (!AuthenticationEnabled)
            return null;
        if (MicrosoftAppType != BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
            return $"MicrosoftAppId is set but MicrosoftAppPassword is not (needed for MicrosoftAppType {MicrosoftAppType})";
        if (MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            return "MicrosoftAppType SingleTenant needs MicrosoftAppTenantId";
        return null;
    }
}
