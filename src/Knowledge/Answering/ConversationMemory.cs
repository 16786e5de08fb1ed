using System.Collections.Concurrent;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;

namespace Gyokaku.Knowledge.Answering;

/// <summary>What a conversation's previous turn was about, for follow-ups (その目標は？ R3は？ 担当は？).</summary>
/// <param name="Content">What the previous question was about (its content words), so 「R3は？」 keeps asking about the same indicator.</param>
public sealed record Turn(PlanDocument? Plan, PlanItem? Item, Intent Intent, IReadOnlyList<FiscalYear> Years, string Content = "");

/// <summary>The last turn per conversation id, in memory, bounded: the oldest conversations are forgotten first.</summary>
public sealed class ConversationMemory(int capacity = 10_000)
{
    private readonly ConcurrentDictionary<string, (Turn Turn, long Stamp)> _turns = new();
    private long _clock;

    public Turn? Get(string? conversationId) =>
        conversationId is not null && _turns.TryGetValue(conversationId, out var t) ? t.Turn : null;

    public void Set(string? conversationId, Turn turn)
    {
        if (conversationId is null) return;
        _turns[conversationId] = (turn, Interlocked.Increment(ref _clock));
        if (_turns.Count > capacity) Trim();
    }

    private void Trim()
    {
        foreach (var old in _turns.OrderBy(t => t.Value.Stamp).Take(_turns.Count - capacity * 9 / 10).ToList())
            _turns.TryRemove(old.Key, out _);
    }
}
