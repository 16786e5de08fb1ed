using Gyokaku.Bot.Channels.Protocol;

namespace Gyokaku.Bot.Channels.Conversation;

/// <summary>
/// Where the conversation handler's outgoing activities go: the Bot Framework connector (Teams)
/// or the Direct Line conversation store (web chat). The handler never knows which.
/// </summary>
public interface IActivitySender
{
    Task SendAsync(Activity activity, CancellationToken cancellationToken);
}
