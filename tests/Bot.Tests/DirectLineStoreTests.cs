using Gyokaku.Bot.Channels.DirectLine;
using Gyokaku.Bot.Channels.Protocol;

namespace Gyokaku.Bot.Tests;

/// <summary>The Direct Line state stays bounded and tokens expire.</summary>
public class DirectLineStoreTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock clock = new();

    [Fact]
    public void A_token_stops_working_when_it_expires()
    {
        var store = new DirectLineStore(clock);
        var token = store.Generate();
        Assert.Equal(token, store.Find("Bearer " + token.Value));

        clock.Now += DirectLineStore.TokenLifetime;
        Assert.Null(store.Find("Bearer " + token.Value));
    }

    [Fact]
    public void The_least_recently_used_conversation_is_forgotten_beyond_the_limit()
    {
        var store = new DirectLineStore(clock);
        var first = store.Generate();
        for (var i = 1; i < DirectLineStore.MaxConversations; i++)
        {
            clock.Now += TimeSpan.FromMilliseconds(1);
            store.Generate();
        }
        Assert.NotNull(store.Conversation(first.ConversationId));

        store.Generate();
        Assert.Null(store.Conversation(first.ConversationId));
        Assert.Null(store.Find("Bearer " + first.Value));
    }

    [Fact]
    public void A_conversation_keeps_its_latest_activities_and_watermarks_stay_valid()
    {
        var conversation = new DirectLineConversation("c", clock.Now);
        for (var i = 1; i <= DirectLineConversation.MaxActivities + 10; i++)
            conversation.Add(new Activity { Type = "message", Text = $"#{i}" }, clock.Now);

        var (all, watermark) = conversation.After(0);
        Assert.Equal(DirectLineConversation.MaxActivities, all.Count);
        Assert.Equal("#11", all[0].Text);
        Assert.Equal(DirectLineConversation.MaxActivities + 10, watermark);
        var (latest, _) = conversation.After(watermark - 1);
        Assert.Equal($"#{watermark}", Assert.Single(latest).Text);
        Assert.Equal("c|0000510", latest[0].Id);
    }
}
