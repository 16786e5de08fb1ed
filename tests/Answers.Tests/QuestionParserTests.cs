using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;

namespace Gyokaku.Answers.Tests;

public class QuestionParserTests
{
    private static ParsedQuestion Parse(string q) => Corpus.Service().Parse(q);

    [Theory]
    [InlineData("山口市の37の担当は？", "37")]
    [InlineData("山口市の３７の担当は？", "37")]
    [InlineData("山口市のNo.37の担当は？", "37")]
    [InlineData("山口市の37番の担当は？", "37")]
    [InlineData("山口市の項目37の担当は？", "37")]
    [InlineData("山口市の推進項目37の担当は？", "37")]
    [InlineData("美祢市の№37の担当は？", "37")]
    [InlineData("Yamaguchi item 37: who owns it?", "37")]
    [InlineData("Who is responsible for the school lunch outsourcing (取組2-3)?", "2-3")]
    [InlineData("1-(1)-①の担当は？", "1-(1)-①")]
    public void Item_numbers_in_every_spelling(string question, string number) =>
        Assert.Equal(number, Parse(question).Item?.Number);

    [Fact]
    public void Markers_and_letters()
    {
        var q = Parse("岡山市の取組項目③の具体的取組 a の担当は？");
        Assert.Equal("③", q.Item?.Marker);
        Assert.Equal("a", q.Item?.Letter);
    }

    [Theory]
    [InlineData("やまぐちの推進項目2の担当は？", "000")]
    [InlineData("Okayama: who is in charge of public relations?", "003")]
    [InlineData("おごおりのNo.5の担当課は？", "004")]
    [InlineData("後期アクションプランの公用車のノンプロ化の担当は？", "002")]
    public void Plans_by_kanji_kana_romaji_and_alias(string question, string prefix) =>
        Assert.Contains(Parse(question).Plans, p => p.Document.File.StartsWith(prefix));

    [Theory]
    [InlineData("小郡市No.5のR6の目標は？", Intent.Target)]
    [InlineData("山口市の推進項目は全部でいくつ？", Intent.Structure)]
    [InlineData("小郡市No.8、R6年度のWebフォーム作成は何件の計画？", Intent.Plan)]
    [InlineData("岡山市で新しい取組は何件提案された？", Intent.Actual)]
    [InlineData("山口市の総人件費に含まれないものは？", Intent.Glossary)]
    [InlineData("小郡市No.5の担当課は？", Intent.Department)]
    [InlineData("小郡市No.5のR4年度計画達成度は？", Intent.Evaluation)]
    [InlineData("小郡市No.5のR4の実績は？", Intent.Actual)]
    [InlineData("山口市で協働推進課が担当する推進項目を一覧で", Intent.List)]
    [InlineData("山口市で重点がついているのはどれ？", Intent.List)]
    [InlineData("山口市の推進計画の進行管理はどこが行う？", Intent.Structure)]
    [InlineData("小郡市の「行政運営リテラシー」の定義は？", Intent.Glossary)]
    [InlineData("行革推進プランの効果額の合計は？", Intent.Amount)]
    [InlineData("山口市第一次計画の45番は次期計画の何番になった？", Intent.Mapping)]
    [InlineData("Which section owns Ogori item No.9?", Intent.Department)]
    [InlineData("Who manages the progress of Yamaguchi's reform plan?", Intent.Structure)]
    [InlineData("小郡市の「行政運営リテラシー」はどう説明されてる？", Intent.Glossary)]
    [InlineData("小郡市No.5の担当課と関係課を全部教えて", Intent.Department)]
    // "Where" as the doer of the item is its owning unit; "where" as the object of what was done is not.
    [InlineData("山口市の推進項目12はどこが中心になって進めてるの？", Intent.Department)]
    [InlineData("小郡市No.3って誰が主でやってる？", Intent.Department)]
    [InlineData("美祢市の№20、R2上半期はどこを統合した？", Intent.Search)]
    public void Intents(string question, Intent intent) => Assert.Equal(intent, Parse(question).Intent);

    [Theory]
    // A range of a level (基本方針１～３, 大分類1から4) asks the level's entries: no item is its last number, no
    // single entry is the level asked.
    [InlineData("行革推進プランの基本方針１～３って何と何と何？")]
    [InlineData("美祢市の大分類1から4の名前を教えて")]
    [InlineData("山口市の基本方針Ⅰ〜Ⅲはそれぞれ何？")]
    public void A_range_of_a_level_names_no_item_and_no_single_entry(string question)
    {
        var q = Parse(question);
        Assert.Null(q.Item);
        Assert.Empty(q.Paths);
        Assert.Equal(Intent.Structure, q.Intent);
    }

    [Fact]
    public void Years_in_any_spelling()
    {
        Assert.Equal([new FiscalYear(2024)], Parse("岡山市のR６の実績は？").Years);
        Assert.Equal([new FiscalYear(2024)], Parse("岡山市の令和６年度の実績は？").Years);
        Assert.Equal([new FiscalYear(2024)], Parse("Okayama FY2024 result?").Years);
    }

    [Theory]
    // The year a figure is compared against (…年度決算比, …年度と比べて) is the baseline, not the year asked.
    [InlineData("小郡市の補助金見直し、令和元年度決算比で令和5年度はどれだけ減った？", 2023)]
    [InlineData("小郡市No.2、R6の削減額は平成30年度と比べていくら？", 2024)]
    public void A_baseline_year_of_a_comparison_is_not_the_asked_year(string question, int asked) =>
        Assert.Equal([new FiscalYear(asked)], Parse(question).Years);

    [Fact]
    public void Only_a_baseline_year_is_still_the_year_named() =>
        Assert.Equal([new FiscalYear(2019)], Parse("小郡市の補助金、令和元年度比でどう変わった？").Years);

    [Fact]
    public void A_years_result_measured_against_a_baseline_is_that_years_result()
    {
        var a = Corpus.Answered("小郡市の補助金の適正化（No.2）、令和元年度の決算比で見てR4の一般財源削減の実績は？", Corpus.Ogori);
        Assert.Contains("1,700万円", a.Text);
    }

    [Theory]
    [InlineData("Mine city item No.1: what did they set up in R2 H1?")]
    [InlineData("美祢市№1の令和2年度 H1の実績は？")]
    public void H1_after_a_year_is_its_first_half_not_Heisei_1(string question)
    {
        var q = Parse(question);
        Assert.Equal([new FiscalYear(2020)], q.Years);
        Assert.True(q.FirstHalf);
    }

    [Theory]
    // January to March of a year belong to the fiscal year begun the April before: R7.2 is 令和6年度.
    [InlineData("岡山市の窓口のスマート化、R7.2から何を始めた？", 2024)]
    [InlineData("岡山市の窓口のスマート化、Ｒ７．３～の取組は？", 2024)]
    [InlineData("岡山市の窓口のスマート化、令和7年2月に何を始めた？", 2024)]
    [InlineData("岡山市の窓口のスマート化、R7.4から何を始める？", 2025)]
    [InlineData("岡山市の窓口のスマート化、令和7年10月の予定は？", 2025)]
    [InlineData("岡山市の窓口のスマート化、令和7年度2月の予定は？", 2025)]
    public void A_year_written_with_a_month_is_the_fiscal_year_of_that_date(string question, int fiscalYear) =>
        Assert.Equal([new FiscalYear(fiscalYear)], Parse(question).Years);

    [Fact]
    public void A_grade_asked_by_its_achievement_word_lists_items()
    {
        var q = Parse("岡山市で達成度がＣだった取組を全部挙げて");
        Assert.Equal(("C", Intent.List), (q.Grade, q.Intent));
    }

    [Theory]
    [InlineData("岡山市でＣかＤ評価だった取組はどれ？", "C,D")]
    [InlineData("岡山市で評価がＢまたはＣの取組は？", "B,C")]
    [InlineData("Which of Okayama's items got a C or D grade?", "C,D")]
    [InlineData("How many of Okayama's items got an A rating?", "A")]
    [InlineData("How many of Okayama's items got a rating?", "")]
    public void Grades_asked_alone_or_together(string question, string grades) =>
        Assert.Equal(grades, string.Join(",", Parse(question).Grades));

    [Fact]
    public void A_change_asked_in_the_past_tense_asks_the_result() =>
        Assert.Equal(Intent.Actual, Parse("岡山市の時間外勤務、令和6年度は前年度比で何%減った？").Intent);
}
