using System.Collections.Concurrent;
using System.Security.Cryptography;
using Gyokaku.Bot.Channels.Conversation;
using Gyokaku.Bot.Channels.Protocol;

namespace Gyokaku.Bot.Channels.DirectLine;

/// <summary>One web chat conversation: its activities in order, numbered so a watermark can say "after this one".</summary>
public sealed class DirectLineConversation(string id, DateTimeOffset now)
{
    /// <summary>A conversation keeps its latest activities only; older ones are dropped (their watermarks stay valid).</summary>
    public const int MaxActivities = 500;

    private readonly List<(long Sequence, Activity Activity)> activities = [];
    private long lastSequence;

    private int started;

    public string Id { get; } = id;
    public DateTimeOffset LastUsed { get; set; } = now;

    /// <summary>True the first time only: the conversation is opened once, however many clients race to open it.</summary>
    public bool TryStart() => Interlocked.Exchange(ref started, 1) == 0;

    /// <summary>Stores an activity with the next id ("conversationId|0000001", as Direct Line numbers them).</summary>
    public Activity Add(Activity activity, DateTimeOffset now)
    {
        lock (activities)
        {
            var sequence = ++lastSequence;
            var stored = activity with { Id = $"{Id}|{sequence:D7}", Timestamp = now };
            activities.Add((sequence, stored));
            if (activities.Count > MaxActivities)
                activities.RemoveAt(0);
            LastUsed = now;
            return stored;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> and the watermark to send next time.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) After(long watermark)
    {
        lock (activities)
            return ([.. activities.Where(a => a.Sequence > watermark).Select(a => a.Activity)], lastSequence);
    }
}

/// <summary>A bearer token for one conversation, as Direct Line issues them.</summary>
public sealed record DirectLineToken(string Value, string ConversationId, DateTimeOffset Expires);

/// <summary>
/// The in-memory state of the Direct Line endpoint: conversations and the tokens that open them.
/// Bounded: the least recently used conversation is forgotten when there are too many.
/// </summary>
public sealed class DirectLineStore(TimeProvider clock)
{
    public const int MaxConversations = 1000;
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, DirectLineConversation> conversations = new();
    private readonly ConcurrentDictionary<string, DirectLineToken> tokens = new();

    /// <summary>A new conversation id and a token for it (tokens/generate).</summary>
    public DirectLineToken Generate()
    {
        ForgetOldest();
        var conversation = new DirectLineConversation(RandomId(), clock.GetUtcNow());
        conversations[conversation.Id] = conversation;
        return Issue(conversation.Id);
    }

    /// <summary>A fresh token for the same conversation (tokens/refresh).</summary>
    public DirectLineToken Refresh(DirectLineToken token) => Issue(token.ConversationId);

    /// <summary>The token named by an Authorization header, if it is known and unexpired.</summary>
    public DirectLineToken? Find(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return null;
        if (!tokens.TryGetValue(authorization["Bearer ".Length..].Trim(), out var token))
            return null;
        if (token.Expires > clock.GetUtcNow())
            return token;
        tokens.TryRemove(token.Value, out _);
        return null;
    }

    public DirectLineConversation? Conversation(string id) => conversations.GetValueOrDefault(id);

    public DateTimeOffset Now => clock.GetUtcNow();

    private DirectLineToken Issue(string conversationId)
    {
        if (tokens.Count >= MaxConversations * 4)
            ForgetDeadTokens();
        var token = new DirectLineToken(RandomId(), conversationId, clock.GetUtcNow() + TokenLifetime);
        tokens[token.Value] = token;
        return token;
    }

    private void ForgetOldest()
    {
        if (conversations.Count < MaxConversations)
            return;
        var oldest = conversations.Values.MinBy(c => c.LastUsed);
        if (oldest is null)
            return;
        conversations.TryRemove(oldest.Id, out _);
        foreach (var token in tokens.Values.Where(t => t.ConversationId == oldest.Id))
            tokens.TryRemove(token.Value, out _);
    }

    /// <summary>Refreshes add tokens; expired ones and those of forgotten conversations are dropped now and then.</summary>
    private void ForgetDeadTokens()
    {
        var now = clock.GetUtcNow();
        foreach (var token in tokens.Values.Where(t => t.Expires <= now || !conversations.ContainsKey(t.ConversationId)))
            tokens.TryRemove(token.Value, out _);
    }

    private static string RandomId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}

/// <summary>Delivers the handler's replies into a Direct Line conversation, where the client's next poll picks them up.</summary>
public sealed class DirectLineSender(DirectLineConversation conversation, TimeProvider clock) : IActivitySender
{
    public Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        conversation.Add(activity, clock.GetUtcNow());
        return Task.CompletedTask;
    }
}
