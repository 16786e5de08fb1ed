using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Questions;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Facts stated inside free text and asked in staff's words: a bullet's later sentence read with its topic, verbs
/// matched to the nouns plans write (開いた ~ 開催, 閉める ~ 閉校, 載せた ~ 掲載), the asked answer type (a count, a
/// date, a name) required of the statement — and not found when no statement holds it.
/// </summary>
public class FreeTextFactTests
{
    [Theory]
    // A when-question is answered by the statement holding a date; 閉める is what the plan calls 閉校.
    [InlineData("美祢市の重安小学校はいつ閉める？", Mine, "R3.4.1")]
    [InlineData("美祢市の在宅医療・介護連携推進連絡会議はいつ開いた？", Mine, "R2.11月")]
    // The later sentence of a wrapped bullet (…メディ / アの活用。… / HPへの掲載) keeps the bullet's subject: the
    // other bullet's identical 市HPへの掲載 line is about マイナポイント.
    [InlineData("美祢市、マイナンバーカード普及促進で市HPにはいつから載せた？", Mine, "マイナンバーカード普及促進のためのメディアの活用。市HPへの掲載(4月～)")]
    // 参加人数 is said by the figure 694人; the fact sits in another item's 実績 than the one titled キャリア形成.
    [InlineData("岡山市の職場内研修活性化支援研修、R6の参加人数は？", Okayama, "職場内研修活性化支援研修6回694人参加")]
    // A line of figures is quoted with the sentence it gives the numbers of.
    [InlineData("岡山市の市税の滞納繰越分を含めた全体収納率、R6は？", Okayama, "全体収納率は均衡した。R5R6市税98.1%⇒98.1%")]
    // Among an item's facts, the result printing the count answers 何回, not the plan sharing its words.
    [InlineData("美祢市の庁内検討委員会作業部会、R2上半期は何回開いた？", Mine, "庁内検討委員会作業部会開催(7回)")]
    public void A_fact_in_free_text_is_quoted_with_the_asked_answer(string question, string document, string fact)
    {
        var a = Answered(question, document);
        Assert.Contains(string.Concat(fact.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))), Flat(a));
    }

    [Theory]
    // The item's lines hold no date: the plan's other dates are no answer.
    [InlineData("美祢市のMYT放送事業のあり方、いつ方針を決めた？")]
    // The report speaks of R2; a line dated R3.2月 is a day of fiscal R2, no R3 result.
    [InlineData("美祢市の公共施設あり方検討委員会、R3の実績は？")]
    // 市民ワークショップ開催（２回） / 作業部会開催（7回） print counts of meetings, not of people.
    [InlineData("美祢市の市民ワークショップの参加者は何人？")]
    [InlineData("美祢市の公共施設あり方検討委員会の委員は何人？")]
    public void No_statement_without_the_asked_answer_is_offered(string question)
    {
        var a = Ask(question);
        Assert.True(a.Status == AnswerStatus.NotFound, $"{question} → {a.Status}: {a.Text}");
    }

    [Fact]
    public void A_count_asked_as_done_is_no_grade_question() =>
        Assert.Equal(Intent.Actual, Service().Parse("岡山市の事務事業評価は何件実施した？").Intent);

    [Theory]
    [InlineData("何回載せた？", AnswerType.Quantity)]
    [InlineData("いつ策定した？", AnswerType.Date)]
    [InlineData("ネーミングライツを導入した施設は？", AnswerType.Name)]
    [InlineData("どこへ移管した？", AnswerType.Name)]
    [InlineData("取組の内容は？", AnswerType.Any)]
    public void The_asked_answer_type_is_read_from_the_question(string question, AnswerType type) =>
        Assert.Equal(type, ContentWords.Asks(question));

    [Theory]
    [InlineData("市広報誌掲載1回", "載")]
    [InlineData("100業務行うとの計画に対し", "やる")]
    [InlineData("整備基本計画策定", "作")]
    [InlineData("重安小学校の閉校", "閉")]
    public void A_paraphrased_verb_matches_the_noun_the_plan_writes(string text, string verb) =>
        Assert.True(ContentWords.Matches(text, verb));

    [Fact]
    public void Verbs_without_a_kanji_stem_are_kept_for_their_nouns() =>
        Assert.Contains("やる", ContentWords.Of("何業務やった"));

    [Theory]
    [InlineData(AnswerType.Date, "・公共施設あり方検討委員会の開催（R3.2月）", true)]
    [InlineData(AnswerType.Date, "・将来構想検討委員会の開催（11月6日、R3.１月下旬）", true)]
    [InlineData(AnswerType.Date, "・評価判定会議の運用の変更", false)]
    [InlineData(AnswerType.Quantity, "・庁内検討委員会作業部会開催（7回）", true)]
    [InlineData(AnswerType.Quantity, "・庁内検討委員会作業部会開催（7回）", false, "人|名")]
    [InlineData(AnswerType.Quantity, "・外部組織への派遣　4名（文部科学省、秋吉台国際芸術村）", true, "人|名")]
    // The unit declared for a row of bare figures.
    [InlineData(AnswerType.Quantity, "R4 目標値（ふるさと寄付金額(単位:千円)）：550,000", true, "円|億|万|千")]
    // A year is no amount: 令和３年度当初予算 does not answer いくら.
    [InlineData(AnswerType.Quantity, "令和３年度当初予算編成では一件査定により事業費を個別に精査", false)]
    public void A_statement_holds_the_asked_answer_type_or_not(AnswerType type, string text, bool holds, string? units = null) =>
        Assert.Equal(holds, SentenceFinder.Holds(type, text, units));

    [Theory]
    [InlineData("参加者は何人？", "人|名")]
    [InlineData("何回開いた？", "回")]
    [InlineData("予算額はいくら？", "円|億|万|千|百万")]
    [InlineData("収納率は？", null)]
    public void A_count_question_names_the_unit_of_its_answer(string question, string? units) =>
        Assert.Equal(units, ContentWords.AskedUnits(question));

    [Fact]
    public void A_line_of_figures_takes_the_sentence_before_it_as_topic()
    {
        // 003's 実績 cell: the words after a ⇒ comparison start the next statement.
        var statements = Statements.Of("R5年度と比較し現年収納率は均衡した。 R5 R6 市税 99.4% ⇒ 99.4% ※R5年度と比較し滞納繰越分を含めた全体収納率は均衡した。 R5 R6 市税 98.1% ⇒ 98.1% R5年度と比較し現年収納率(5料合計)は減少した。");
        Assert.Equal(new Statement("R5年度と比較し現年収納率は均衡した。", "R5 R6 市税 99.4% ⇒ 99.4%"), statements[1]);
        Assert.Equal(new Statement("※R5年度と比較し滞納繰越分を含めた全体収納率は均衡した。", "R5 R6 市税 98.1% ⇒ 98.1%"), statements[3]);
        Assert.Equal(new Statement("", "R5年度と比較し現年収納率(5料合計)は減少した。"), statements[4]);
    }

    [Fact]
    public void A_bullet_goes_on_over_an_open_bracket_and_a_latin_word_but_not_over_a_cell()
    {
        // 001 lines 760–761, 368–370 and 542–544.
        var units = SentenceFinder.Units("・将来構想検討委員会の開催（11月6日、R3.\n１月下旬）\nＢ\n・マイナンバーカード普及促進のためのメディ\nアの活用。市広報誌掲載2回（4月、9月）。市\nHPへの掲載（4月～）。\n・MYTとの協議調整\nMYT放送事業のあり方についての検").ToList();
        Assert.Equal(["・将来構想検討委員会の開催（11月6日、R3.１月下旬）", "Ｂ", "・マイナンバーカード普及促進のためのメディアの活用。市広報誌掲載2回（4月、9月）。市HPへの掲載（4月～）。",
            "・MYTとの協議調整", "MYT放送事業のあり方についての検"], units);
    }

    [Fact]
    public void A_bullet_is_read_over_four_lines_at_most()
    {
        // 001 lines 736–744: the extraction's lost blank lines run a column's cells together under one bullet.
        var units = SentenceFinder.Units("・文化財試掘調査・不動産鑑定準備\n橋梁長寿命化修繕計画策定・見直し\n(平成30年度策定)\n橋梁長寿命化修繕計画に則った橋\n梁の補修工事実施").ToList();
        Assert.Equal(2, units.Count);
        Assert.DoesNotContain("補修工事", units[0]);
    }
}
