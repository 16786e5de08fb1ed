using Gyokaku.Bot.Channels.Conversation;
using Gyokaku.Bot.Channels.Protocol;

namespace Gyokaku.Bot.Tests.Support;

/// <summary>Collects what the conversation handler sends, for tests that call the handler directly.</summary>
public sealed class RecordingSender : IActivitySender
{
    public List<Activity> Sent { get; } = [];

    public Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        Sent.Add(activity);
        return Task.CompletedTask;
    }
}
