using System.Collections.Concurrent;
using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Bot.Tests.Support;

/// <summary>
/// A stand-in answer service for protocol tests: it records what it was asked and answers from the question
/// itself, so a test can tell which question reached it. Questions starting with "clarify" get a clarify answer,
/// "missing" a not-found answer, "boom" an exception.
/// </summary>
public sealed class FakeAnswerService : IAnswerService
{
    public ConcurrentQueue<(string Question, string? ConversationId)> Asked { get; } = new();

    public Answer Ask(string question, string? conversationId = null)
    {
        Asked.Enqueue((question, conversationId));
        if (question.StartsWith("boom", StringComparison.Ordinal))
            throw new InvalidOperationException("the index is gone");
        if (question.StartsWith("clarify", StringComparison.Ordinal))
            return new Answer(AnswerStatus.Clarify, "どの計画の項目5ですか？", "clarify", [])
            {
                Candidates = [new("山口市 推進項目5", "山口市の推進項目5"), new("小郡市 No.5", "小郡市のNo.5")],
            };
        if (question.StartsWith("missing", StringComparison.Ordinal))
            return new Answer(AnswerStatus.NotFound, "資料には記載がありません。", "unknown", []);
        return new Answer(AnswerStatus.Answered, $"答え: {question}", "department",
            [new Citation("000_test.txt", "5", "テスト項目", new LineRange(120, 158))])
        {
            Plan = "テスト計画",
            FollowUps = [new("目標値", $"{question} の目標値"), new("担当課", $"{question} の担当課")],
        };
    }
}
