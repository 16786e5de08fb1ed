using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Questions;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Facts only free text states — a progress report's scattered lines, a baseline inside 現状・課題, a ※ note —
/// found by the question's content words; and the guards that keep that search from answering with the wrong fact.
/// </summary>
public class SentenceSearchTests
{
    [Fact]
    public void Content_words_are_base_forms_without_particles_or_ask_words()
    {
        var words = ContentWords.Of("全体進捗管理会議は何回開いた");
        Assert.Equal(["全体", "進捗", "管理", "会議", "開"], words);
        Assert.Equal("会議", ContentWords.Focus("全体進捗管理会議は何回開いた"));
        Assert.True(ContentWords.AsksQuantity("職員数は何人"));
        Assert.False(ContentWords.AsksQuantity("移管先はどこ"));
    }

    [Theory]
    // A progress report's bullet line, not tied to any item by the reader.
    [InlineData("美祢市の自治体クラウドで、R2上半期の統一仕様機能バージョンアップは何回実施した？", Mine, "9回")]
    // A bullet wrapped over two lines: 麻生上投票所を… is one statement.
    [InlineData("美祢市の選挙投票所の統廃合で、上半期に統合された投票所は？", Mine, "麻生上投票所を麻生下投票所に統廃合")]
    // A figure of a year before the plan, printed inside 現状・課題.
    [InlineData("小郡市の財政調整基金残高、R2年度末の額は？", Ogori, "約21億円")]
    public void Free_text_facts_are_quoted(string question, string document, string fact)
    {
        var a = Answered(question, document);
        Assert.Contains(fact, Corpus.Flat(a));
    }

    [Theory]
    // The plan states R6 plans for this item but no R6 result: a plan sentence is no result.
    [InlineData("小郡市のマイナンバーカード普及率、R6年度の実績は？")]
    // A count the plan never gives: a sentence without a figure does not answer it.
    [InlineData("美祢市の自治体クラウドで、R2上半期の住民説明会の参加者は何人？")]
    public void No_neighbouring_statement_answers_what_is_not_printed(string question)
    {
        var a = Corpus.Ask(question);
        Assert.True(a.Status == AnswerStatus.NotFound, $"{question} → {a.Status}: {a.Text}");
    }

    [Theory]
    [InlineData("おかやま市の一覧にあるびったりサービスって何？", Okayama, "内閣府が運営する")]
    // The term written in brackets after its expansion: 公民連携（PPP）.
    [InlineData("岡山市のPPPって何のこと？", Okayama, "公民連携(PPP)")]
    public void Glossary_quotes_the_defining_sentence(string question, string document, string definition)
    {
        var a = Answered(question, document);
        Assert.Equal("glossary", a.Intent);
        Assert.Contains(definition, Corpus.Flat(a));
    }

    [Fact]
    public void Which_policy_is_answered_with_the_items_path()
    {
        var a = Answered("岡山市の「定員管理の方針策定による適正な定員管理」はどの施策の取組？", Okayama);
        Assert.Contains("組織力の向上", a.Text);
    }

    [Fact]
    public void An_effect_amount_outside_the_plan_period_is_not_found_with_the_period()
    {
        var a = Corpus.Ask("行革推進プランの令和3年度の改革改善効果額は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains("R4～R9", a.Text);
        Assert.DoesNotContain("千円", a.Text);
    }

    [Theory]
    // Two tables share row and columns; the question's own words pick one (line 319 vs the 後期 table).
    [InlineData("後期アクションプラン策定時点で、業務マネジメント改革の令和５年度の効果額はいくら？", "15,992")]
    [InlineData("行革推進プランの計画策定時点の業務マネジメント改革の令和５年度の効果額はいくら？", "92,408")]
    public void The_table_named_by_the_question_is_read(string question, string value)
    {
        var a = Answered(question, ActionPlan);
        Assert.Contains(value, a.Text);
    }

    [Fact]
    public void A_comparison_quotes_both_tables_and_the_printed_difference()
    {
        var a = Answered("行革推進プランで、後期策定時点の財務マネジメント改革の効果額合計は計画策定時と比べてどう変わった？", ActionPlan);
        Assert.Contains("8,484", a.Text);     // 計画策定時点 合計額
        Assert.Contains("161,159", a.Text);   // 後期アクションプラン策定時点 合計額
        Assert.Contains("152,675", a.Text);   // the document's own 計画策定時との比較 column
    }

    [Fact]
    public void A_when_question_shows_the_whole_schedule_not_only_the_year_it_mentions()
    {
        var a = Answered("山口市の項目28「システムのクラウド化」、H30は検討だけど実施はいつから？", "000_515c82e92dec70ba.txt");
        Assert.Contains("H30：検討", a.Text);
        Assert.Contains("R1(H31)：実施", a.Text);
    }

    [Fact]
    public void A_year_before_the_plan_is_its_baseline_even_when_asked_as_an_evaluation()
    {
        var a = Answered("山口市の推進項目2で、平成28年度の移動市長室の参加者数の評価は？", "000_515c82e92dec70ba.txt");
        Assert.Contains("959人", a.Text);
    }

    [Fact]
    public void A_quote_takes_the_sentence_with_the_asked_word_the_title_also_names()
    {
        // The item's title names every fee; the result lists each fee's rate in its own sentence.
        var a = Answered("岡山市の保育料の現年収納率、R6はどうだった？", Okayama);
        Assert.Contains("保育等 99.59%⇒99.58%", a.Text);
    }

    [Fact]
    public void The_other_term_of_a_plan_period_is_quoted_from_its_chapter()
    {
        var a = Answered("山口市の推進計画で、後期の計画期間は？", "000_515c82e92dec70ba.txt");
        Assert.Contains("後期：令和5～令和9年度", a.Text);
        var plain = Answered("山口市の推進計画の計画期間は？", "000_515c82e92dec70ba.txt");
        Assert.DoesNotContain("後期", plain.Text);
    }

    [Theory]
    [InlineData("効果額の見直しはどの課で進める？", Intent.Department)]
    [InlineData("DB方式って何？", Intent.Glossary)]
    [InlineData("女性の登用はどの施策の取組？", Intent.Lookup)]
    public void Intent_of_the_ask_not_of_the_topic(string question, Intent intent) =>
        Assert.Equal(intent, Corpus.Service().Parse(question).Intent);

    [Fact]
    public void An_item_asked_with_tte_nani_is_no_glossary_question() =>
        Assert.NotEqual(Intent.Glossary, Corpus.Service().Parse("№14って何の取組？").Intent);

    [Fact]
    public void The_plan_as_a_document_is_no_schedule_question()
    {
        // "in Mine City's plan" names the document; the ask is the item's number.
        var a = Answered("Which item number is 自治体クラウドの導入 in Mine City's plan?", Mine);
        Assert.Equal("item_lookup", a.Intent);
        Assert.Contains("item 9", a.Text);
    }

    [Fact]
    public void An_english_count_question_takes_the_line_with_the_figure()
    {
        // The table cells after the bullet (R2上半期評価 …) are not part of its statement.
        var a = Answered("How many マイナンバーカード were issued by Mine in the first half of FY2020?", Mine);
        Assert.Contains("4,703件", a.Text);
    }

    [Fact]
    public void A_passage_bullet_stops_at_the_next_table_cell()
    {
        var units = SentenceFinder.Units("・交付可能コンビニ事業者数（8事業者増）\nR2上半期評価\n・フィルムコミッション事務局を美祢市観光協\n会へ移管（R2.4.1）").ToList();
        Assert.Equal(["・交付可能コンビニ事業者数（8事業者増）", "R2上半期評価", "・フィルムコミッション事務局を美祢市観光協会へ移管（R2.4.1）"], units);
    }
}
