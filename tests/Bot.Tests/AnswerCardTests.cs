using System.Text.Json.Nodes;
using Gyokaku.Bot.Channels.Cards;
using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Bot.Tests;

/// <summary>The Adaptive Card JSON the bot sends, checked field by field.</summary>
public class AnswerCardTests
{
    private readonly AnswerCardBuilder cards = new();

    private static readonly Answer Answered = new(AnswerStatus.Answered, "推進項目14の担当は企画経営課です。", "department",
        [new Citation("000_515c82e92dec70ba.txt", "14", "施策横断的な会議体の運用", new LineRange(410, 436))])
    {
        Plan = "第二次山口市行政改革大綱 推進計画【前期】",
        FollowUps = [new("目標値", "その目標値は？"), new("実績", "その実績は？"), new("担当課", "その担当課は？")],
    };

    [Fact]
    public void An_answer_card_states_the_fact_plan_item_and_source()
    {
        var message = cards.Answer(Answered);
        var card = message.Attachment.Content!;

        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var texts = Texts(card);
        Assert.Contains("推進項目14の担当は企画経営課です。", texts);
        Assert.Contains("000_515c82e92dec70ba.txt · 14 施策横断的な会議体の運用 · 410–436行", texts);
        var facts = card["body"]!.AsArray().Single(b => b!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray();
        Assert.Equal(["計画: 第二次山口市行政改革大綱 推進計画【前期】", "項目: 14 施策横断的な会議体の運用"],
            facts.Select(f => $"{f!["title"]}: {f["value"]}"));
        Assert.Equal("推進項目14の担当は企画経営課です。\n出典: 000_515c82e92dec70ba.txt · 14 施策横断的な会議体の運用 · 410–436行", message.FallbackText);
    }

    [Fact]
    public void Follow_ups_are_submit_buttons_in_both_web_chat_and_Teams_messageBack_shape()
    {
        var actions = cards.Answer(Answered).Attachment.Content!["actions"]!.AsArray();

        Assert.Equal(["目標値", "実績", "担当課"], actions.Select(a => a!["title"]!.GetValue<string>()));
        var first = actions[0]!;
        Assert.Equal("Action.Submit", first["type"]!.GetValue<string>());
        Assert.Equal("その目標値は？", first["data"]!["question"]!.GetValue<string>());
        var teams = first["data"]!["msteams"]!;
        Assert.Equal("messageBack", teams["type"]!.GetValue<string>());
        Assert.Equal("その目標値は？", teams["displayText"]!.GetValue<string>());
        Assert.Equal("その目標値は？", teams["text"]!.GetValue<string>());
        Assert.Equal("その目標値は？", teams["value"]!["question"]!.GetValue<string>());
    }

    [Fact]
    public void A_clarify_card_has_one_button_per_candidate_and_no_follow_ups()
    {
        var clarify = new Answer(AnswerStatus.Clarify, "どの計画の項目5ですか？", "clarify",
            [new Citation("000_515c82e92dec70ba.txt", "5", "庁内における支援体制の確立"), new Citation("004_e7a2b0553b0a241f.txt", "5", "ふるさと納税の推進")])
        {
            Candidates = [new("山口市 推進項目5", "山口市の推進項目5の担当課は？"), new("小郡市 No.5", "小郡市のNo.5の担当課は？")],
            FollowUps = [new("目標値", "その目標値は？")],
        };
        var card = cards.Answer(clarify).Attachment.Content!;

        Assert.Equal(["山口市の推進項目5の担当課は？", "小郡市のNo.5の担当課は？"],
            card["actions"]!.AsArray().Select(a => a!["data"]!["question"]!.GetValue<string>()));
        Assert.Contains("どれについての質問ですか？", Texts(card));
        Assert.DoesNotContain("FactSet", card.ToJsonString()); // no "item" fact: it is not decided yet
        Assert.Contains("004_e7a2b0553b0a241f.txt · 5 ふるさと納税の推進", Texts(card)); // but every candidate's source is listed
    }

    [Fact]
    public void Each_line_of_the_answer_is_its_own_text_block()
    {
        var card = cards.Answer(Answered with { Text = "【計画】推進項目 14「会議体」\n担当：企画経営課（主）\n" }).Attachment.Content!;
        var texts = Texts(card);
        Assert.Equal(["回答", "【計画】推進項目 14「会議体」", "担当：企画経営課（主）", "出典"], texts.Take(4));
    }

    [Fact]
    public void A_not_found_card_says_so_and_has_no_empty_source_list()
    {
        var card = cards.Answer(new Answer(AnswerStatus.NotFound, "資料には北九州市の計画がありません。", "unknown", [])).Attachment.Content!;

        Assert.Contains("資料に記載がありません", Texts(card));
        Assert.DoesNotContain("出典", Texts(card));
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void An_english_answer_gets_english_labels()
    {
        var card = cards.Answer(Answered with { Language = "en", Text = "Item 14 is owned by 企画経営課." }).Attachment.Content!;
        Assert.Contains("Answer", Texts(card));
        Assert.Contains("000_515c82e92dec70ba.txt · 14 施策横断的な会議体の運用 · lines 410–436", Texts(card));
    }

    private static List<string> Texts(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "TextBlock").Select(b => b!["text"]!.GetValue<string>())];
}
