namespace Gyokaku.Bot.Channels.Cards;

/// <summary>The fixed words on the cards, in the answer's language. All card wording lives here.</summary>
public sealed record CardLabels(
    string Answered, string NotFound, string Clarify, string Plan, string Item, string Sources, string LinesFormat)
{
    public string WelcomeTitle { get; init; } = "";
    public string WelcomeText { get; init; } = "";
    public string Examples { get; init; } = "";
    public string FailureTitle { get; init; } = "";
    public string FailureText { get; init; } = "";
    public string Retry { get; init; } = "";

    public string Lines(int start, int end) =>
        string.Format(LinesFormat, start == end ? start.ToString() : $"{start}–{end}");

    public static readonly CardLabels Japanese = new("回答", "資料に記載がありません", "どれについての質問ですか？", "計画", "項目", "出典", "{0}行")
    {
        WelcomeTitle = "Gyokaku（行革）です",
        WelcomeText = "行政改革大綱・推進計画・実施計画・進捗報告について、担当課・目標値・実績・計画年度・評価などを資料から答えます。"
                      + "答えには必ず出典（資料・項目・行）を付け、資料に書かれていないことは「記載がありません」と答えます。"
                      + "日本語でも英語でも質問できます。",
        Examples = "質問の例",
        FailureTitle = "回答できませんでした",
        FailureText = "回答を作る途中でエラーが起きました。もう一度お試しください。",
        Retry = "もう一度聞く",
    };

    public static readonly CardLabels English = new("Answer", "Not in the documents", "Which one do you mean?", "Plan", "Item", "Source", "lines {0}");

    public static CardLabels For(string? language) => language == "en" ? English : Japanese;

    /// <summary>Starting points shown on the welcome card: one per kind of fact the bot knows.
    /// teams/manifest.json lists the same questions as the bot's commands (at most 32 characters each).</summary>
    public static readonly IReadOnlyList<string> ExampleQuestions =
    [
        "山口市の推進項目5の担当課は？",
        "小郡市のNo.3の目標は？",
        "美祢市の№3の上半期評価は？",
        "Who owns Okayama's 広報 item?",
    ];
}
