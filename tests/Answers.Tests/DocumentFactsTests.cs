using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Facts about a document as a whole, printed outside its items: the title page's dates, handout number and
/// generation; a history chapter's dated lines; ※ notes found by their term; a sentence naming several roles;
/// a count stated with its share. Seeds, and eval/extra3–6's documents loaded beside them.
/// </summary>
public sealed class DocumentFactsTests(DocumentFactsTests.Library library) : IClassFixture<DocumentFactsTests.Library>
{
    private const string Kurayoshi = "012_55002671c0a4db08.txt";
    private const string Suzaka = "018_da364a31492366ab.txt";
    private const string Sakaiminato = "022_7d05f2a96c3be184.txt";
    private const string Usuki = "014_4e1b9c07a2d85f36.txt";

    /// <summary>The seeds and eval/extra3–6's documents in one temporary folder, loaded once.</summary>
    public sealed class Library() : SeedsBeside("eval/extra3/seeds", "eval/extra4/seeds", "eval/extra5/seeds", "eval/extra6/seeds");

    private Answer Ask(string question) => library.Ask(question);

    private Answer Answered(string question, string document) => library.Answered(question, document);

    [Fact]
    public void The_title_page_dates_the_plan_and_its_revision()
    {
        // 000 lines 7 and 9: 平成30年3月 / 令和4年3月一部改訂, printed only on the cover.
        var a = Answered("山口市の推進計画【前期】が策定されたのはいつ？改訂は？", Yamaguchi);
        Assert.Contains("平成30年3月", Flat(a));
        Assert.Contains("令和4年3月一部改訂", Flat(a));
    }

    [Fact]
    public void The_title_page_gives_the_booklets_month_not_the_committee_line_above_it()
    {
        // 004: R6. 2. 9 委員会 heads the cover; the booklet is dated 令和6年2月.
        var a = Answered("小郡市行政経営行動計画の冊子の日付は何年何月？", Ogori);
        Assert.Contains("令和6年2月", Flat(a));
    }

    [Theory]
    [InlineData("美祢市の進捗状況報告書の表紙にある資料番号は？", "資料3")]
    [InlineData("美祢市の報告書は第何次の大綱の実施計画？", "第三次")]
    public void The_title_page_names_the_handout_and_the_generation(string question, string expected)
    {
        var a = Answered(question, Mine);
        Assert.Contains(expected, Flat(a));
    }

    [Fact]
    public void A_plan_the_history_chapter_lists_is_dated_by_its_own_line()
    {
        // 004 line 74: | 平成 24 年 | 第2次小郡市行政改革行動計画 |, not the first plan's line nor the plan's own text.
        var a = Answered("第2次小郡市行政改革行動計画は何年の計画？いつ？", Ogori);
        Assert.Contains("平成24年", Flat(a));
        Assert.DoesNotContain("平成19年", Flat(a));
    }

    [Fact]
    public void A_named_plan_of_another_generation_gets_no_cover_date()
    {
        var a = Ask("第2次小郡市行政改革行動計画はいつ策定された？");
        Assert.DoesNotContain("令和6年2月", Flat(a));
    }

    [Fact]
    public void A_note_is_found_when_the_pdf_lost_a_kanas_circle()
    {
        // 003 prints ※びったりサービス for ぴったりサービス.
        var a = Answered("岡山市の「ぴったりサービス」はどこが運営しているサービス？意味は？", Okayama);
        Assert.Contains("内閣府", a.Text);
    }

    [Fact]
    public void An_english_question_on_a_note_gets_the_note()
    {
        var a = Answered("What does the Yamaguchi plan's note on 市場化テスト say about how the provider is chosen?", Yamaguchi);
        Assert.Contains("質・価格", a.Text);
    }

    [Fact]
    public void Who_heads_a_body_is_not_answered_with_its_deputies()
    {
        // 022: 市長を本部長、副市長及び教育長を副本部長とし、…
        var a = Answered("境港市の行政経営推進本部で本部長を務めるのは？", Sakaiminato);
        Assert.Contains("市長を本部長", a.Text);
        Assert.DoesNotContain("副市長", a.Text);
        var deputy = Answered("境港市の行政経営推進本部の副本部長は？", Sakaiminato);
        Assert.Contains("副市長及び教育長を副本部長", deputy.Text);
    }

    [Fact]
    public void A_count_asked_with_its_share_quotes_the_statement_of_both()
    {
        // 012 line 42: Ｓ・Ａ評価の取組は１２取組中６取組（５０．０％）.
        var a = Answered("倉吉市のR5でS・A評価だった取組の数と、その割合は何％？", Kurayoshi);
        Assert.Contains("50.0%", Flat(a));
    }

    [Fact]
    public void When_a_years_grades_were_fixed_is_a_later_date()
    {
        // 018 lines 8–9: 須坂市行政改革推進本部会議（令和７年７月１５日開催）において確定しました.
        var a = Answered("須坂市で令和６年度の評価が確定したのはいつ？", Suzaka);
        Assert.Contains("令和7年7月15日", Flat(a));
    }

    [Fact]
    public void A_tag_asked_with_a_placeholder_is_the_documents_tag_of_that_kind()
    {
        // 004 lines 185, 194, 253: 目標 cells end with 【もっとつながるまち小郡アクションプラン指標】.
        var a = Answered("小郡市の目標欄の最後にある【〇〇指標】は何という指標？", Ogori);
        Assert.Contains("もっとつながるまち小郡アクションプラン指標", a.Text);
    }

    [Fact]
    public void A_sentence_announcing_a_list_is_quoted_with_the_list()
    {
        // 014 lines 222–226: 令和５年度は次のとおり２回開催しました。 then one row per meeting with its date.
        var a = Answered("臼杵市の行財政改革推進委員会はR5に何回開かれた？それぞれの日付は？", Usuki);
        Assert.Contains("2回", Flat(a));
        Assert.Contains("令和5年8月22日", Flat(a));
        Assert.Contains("令和6年2月15日", Flat(a));
    }
}
