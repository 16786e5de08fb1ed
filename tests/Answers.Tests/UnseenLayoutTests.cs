using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Four small plans in layouts no dedicated reader knows (numbered blocks, a tab table, a Markdown table,
/// 【】-labelled blocks), loaded beside the five seeds as the evaluation adds documents, and asked real questions.
/// </summary>
public sealed class UnseenLayoutTests(UnseenLayoutTests.Library library) : IClassFixture<UnseenLayoutTests.Library>
{
    private const string Kawaminami = "kawaminami_blocks.txt";
    private const string Nishiyama = "nishiyama_tabs.txt";
    private const string Hojo = "hojo_markdown.md";
    private const string Tohara = "tohara_brackets.txt";

    /// <summary>The seeds and the fixtures in one temporary folder, loaded once.</summary>
    public sealed class Library() : SeedsBeside("tests/Answers.Tests/UnseenLayouts");

    private Answer Ask(string question) => new AnswerService(library.Kb).Ask(question);

    private Answer Answered(string question, string document)
    {
        var a = Ask(question);
        Assert.True(a.Status == AnswerStatus.Answered, $"{question} → {a.Status}: {a.Text}");
        Assert.Equal(document, a.Citations[0].Document);
        return a;
    }

    [Fact]
    public void Each_fixture_is_read_with_its_municipality_and_period()
    {
        var docs = library.Kb.Documents.ToDictionary(d => d.File);
        Assert.Equal(("川南市", "R4～R8", 4), (docs[Kawaminami].Municipality, docs[Kawaminami].Period?.Format(Knowledge.Model.FiscalYearStyle.Short), docs[Kawaminami].Items.Count));
        Assert.Equal(("西山町", "R5～R9", 4), (docs[Nishiyama].Municipality, docs[Nishiyama].Period?.Format(Knowledge.Model.FiscalYearStyle.Short), docs[Nishiyama].Items.Count));
        Assert.Equal(("北条村", "R5～R9", 4), (docs[Hojo].Municipality, docs[Hojo].Period?.Format(Knowledge.Model.FiscalYearStyle.Short), docs[Hojo].Items.Count));
        Assert.Equal(("東原市", "R3～R7", 3), (docs[Tohara].Municipality, docs[Tohara].Period?.Format(Knowledge.Model.FiscalYearStyle.Short), docs[Tohara].Items.Count));
    }

    [Fact]
    public void Department_of_a_numbered_block()
    {
        var a = Answered("川南市のNo.1の担当課は？", Kawaminami);
        Assert.Contains("市民課", a.Text);
        Assert.Contains("情報政策課", a.Text);
    }

    [Fact]
    public void Target_for_a_year()
    {
        var a = Answered("川南市のNo.3のR6目標は？", Kawaminami);
        Assert.Contains("5％削減", a.Text);
        Assert.DoesNotContain("10％削減", a.Text);
    }

    [Fact]
    public void Actual_for_a_year_by_topic()
    {
        var a = Answered("川南市の市税収納率の令和5年度実績は？", Kawaminami);
        Assert.Contains("99.05％", a.Text);
    }

    [Fact]
    public void Grade_of_a_table_row()
    {
        var a = Answered("西山町の番号3の令和5年度の達成度は？", Nishiyama);
        Assert.Contains("C", a.Text);
        Assert.Contains("保育所の民間移管", a.Text);
    }

    [Fact]
    public void Department_of_a_table_row_by_topic()
    {
        var a = Answered("西山町の文書管理の電子化の担当課は？", Nishiyama);
        Assert.Contains("総務課", a.Text);
        Assert.DoesNotContain("企画財政課", a.Text);
    }

    [Fact]
    public void Markdown_row_found_by_topic()
    {
        var a = Answered("北条村のふるさと納税のR6目標は？", Hojo);
        Assert.Contains("1億5,000万円", a.Text);
    }

    [Fact]
    public void Markdown_row_department()
    {
        var a = Answered("北条村の使用料・手数料の見直しの所管課は？", Hojo);
        Assert.Contains("税務住民課", a.Text);
    }

    [Fact]
    public void Bracketed_block_result()
    {
        var a = Answered("東原市の取組番号2の令和5年度の実績は？", Tohara);
        Assert.Contains("建設工事に着手", a.Text);
    }

    [Fact]
    public void Bracketed_block_department_with_full_width_number()
    {
        var a = Answered("東原市の取組番号３の所管課は？", Tohara);
        Assert.Contains("市民課", a.Text);
    }

    [Fact]
    public void Period_of_the_plan()
    {
        var a = Answered("東原市の計画期間は？", Tohara);
        Assert.Contains("令和3年度～令和7年度", a.Text);
    }

    [Fact]
    public void A_chapter_about_the_plan_as_a_whole()
    {
        var a = Answered("川南市の推進体制は？", Kawaminami);
        Assert.Contains("行政改革推進本部", a.Text);
    }

    [Fact]
    public void The_policy_an_item_is_under()
    {
        var a = Answered("北条村のふるさと納税の推進はどの施策？", Hojo);
        Assert.Contains("財源の確保", a.Text);
    }

    [Fact]
    public void Items_under_a_numbered_policy_of_a_table()
    {
        var a = Answered("北条村の施策(2)の取組は？", Hojo);
        Assert.Contains("ふるさと納税の推進", a.Text);
        Assert.Contains("使用料・手数料の見直し", a.Text);
        Assert.DoesNotContain("課の統合", a.Text);
    }

    [Fact]
    public void Items_with_a_grade()
    {
        var a = Answered("川南市で評価がCの取組は？", Kawaminami);
        Assert.Contains("公共施設の総量縮減", a.Text);
        Assert.DoesNotContain("市税収納率", a.Text);
    }

    [Fact]
    public void A_year_outside_the_period_is_not_found()
    {
        var a = Ask("川南市のNo.3の令和10年度の目標は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.DoesNotContain("10％削減", a.Text);
    }

    [Fact]
    public void A_missing_item_number_is_not_found()
    {
        var a = Ask("西山町の番号12の担当課は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.DoesNotContain("企画財政課", a.Text);
    }

    [Theory]
    [InlineData("岡山市の1-1-③の担当部局は？", "1-1-③")]
    [InlineData("岡山市の１－１－③－ａの担当部局は？", "1-1-③-a")]
    public void A_compound_number_names_one_item(string question, string number)
    {
        var a = Answered(question, Corpus.Okayama);
        Assert.Equal(number, a.Citations[0].Item);
        Assert.Contains("財政局", a.Text);
    }

    [Fact]
    public void The_seeds_still_answer_beside_the_new_plans()
    {
        var a = Ask("やまぐち市の推進項目2の担当は？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Equal(Corpus.Yamaguchi, a.Citations[0].Document);
    }

    // ---- Three more layouts: a summary table then detailed sheets (aoba), a progress report with an indicator
    // table and an effect-amount table (midorigawa), an outline with 効果額 lines under each item (kamimine).
    private const string Aoba = "aoba_sheets.txt";
    private const string Midorigawa = "midorigawa_report.txt";
    private const string Kamimine = "kamimine_outline.txt";

    private Answer NotFound(string question, params string[] forbidden)
    {
        var a = Ask(question);
        Assert.True(a.Status == AnswerStatus.NotFound, $"{question} → {a.Status}: {a.Text}");
        foreach (var f in forbidden) Assert.DoesNotContain(f, a.Text);
        return a;
    }

    [Fact]
    public void Detailed_sheet_gives_the_units_in_charge_and_involved()
    {
        var a = Answered("青葉市の電子申請の拡充の所管課と関係課を全部教えて", Aoba);
        Assert.Contains("情報政策課（主）", a.Text);
        Assert.Contains("子育て支援課", a.Text);
    }

    [Fact]
    public void Target_of_the_second_indicator_of_a_sheet()
    {
        Assert.Contains("３媒体", Answered("青葉市の広告掲載媒体数、令和８年度の目標は？", Aoba).Text);
        Assert.Contains("１２０手続", Answered("青葉市の電子申請対応手続数、Ｒ８の目標は？", Aoba).Text);
    }

    [Fact]
    public void A_year_printed_without_target_is_not_found_with_its_remark()
    {
        var a = NotFound("青葉市の広告収入額、Ｒ７の目標は？", "３媒体", "２，５００千円", "３，２００千円");
        Assert.Contains("電子看板の更新期間", a.Text);
    }

    [Fact]
    public void Schedule_line_of_a_sheet_and_its_baseline()
    {
        Assert.Contains("公募による貸付の開始", Answered("青葉市の遊休地の貸付、R7は何をする予定？", Aoba).Text);
        Assert.Contains("１，８２０千円", Answered("青葉市の広告収入額の基準値は？", Aoba).Text);
    }

    [Fact]
    public void No_result_in_a_plan_of_targets_only() =>
        NotFound("青葉市の電子申請対応手続数、令和６年度の実績は？", "７０手続");

    [Fact]
    public void Items_of_a_grade_listed_and_counted()
    {
        var c = Answered("緑川市で達成度がCだった取組を全部挙げて", Midorigawa);
        Assert.Contains("公共施設の長寿命化", c.Text);
        Assert.Contains("文書の電子化", c.Text);
        Assert.DoesNotContain("会議録作成の自動化", c.Text);
        Assert.Contains("3件", Answered("緑川市の達成度Ａの項目はいくつ？", Midorigawa).Text);
    }

    [Fact]
    public void Grade_asked_with_the_direction_column()
    {
        var a = Answered("緑川市の公共施設の長寿命化の達成度と今後の方向性は？", Midorigawa);
        Assert.Contains("C", a.Text);
        Assert.Contains("見直し", a.Text);
    }

    [Fact]
    public void Effect_table_row_by_total_and_by_year()
    {
        Assert.Contains("69,600", Answered("緑川市の「支出の削減」の効果額、R4～R6の累計は？", Midorigawa).Text);
        Assert.Contains("44,200", Answered("緑川市の効果額の合計、R6実績はいくら？", Midorigawa).Text);
    }

    [Fact]
    public void A_year_and_the_running_total_asked_together_give_both_cells()
    {
        var a = Answered("緑川市の効果額の合計、R6実績と累計を教えて", Midorigawa).Text;
        Assert.Contains("44,200", a);
        Assert.Contains("115,100", a);
        // 合計 alone names the total row, not the total column.
        Assert.DoesNotContain("115,100", Answered("緑川市の効果額の合計、R6実績はいくら？", Midorigawa).Text);
    }

    [Fact]
    public void Blank_result_cell_is_not_found_with_the_documents_reason()
    {
        var a = NotFound("緑川市の庁舎照明のＬＥＤ化、令和６年度の実績を教えて", "68.2％", "72.5％");
        Assert.Contains("新規項目", a.Text);
    }

    [Fact]
    public void Blank_indicator_cell_is_not_found() =>
        NotFound("緑川市の電子決裁率、R8目標は？", "80.0％", "70.0％");

    [Fact]
    public void Effect_amount_line_under_an_item()
    {
        Assert.Contains("900", Answered("上峰町の使用料の見直し、R8の効果額は？", Kamimine).Text);
        Assert.Contains("16,800", Answered("上峰町の町有施設の集約の効果額、5年間の合計は？", Kamimine).Text);
        Assert.Contains("5,700", Answered("上峰町の効果額の合計、R10は？", Kamimine).Text);
    }

    [Fact]
    public void Effect_amount_printed_as_a_dash_or_not_counted_is_not_found()
    {
        Assert.Contains("算定方法を統一する年度", NotFound("上峰町の使用料の見直し、R7の効果額は？", "900").Text);
        NotFound("上峰町の地域情報の発信で見込む効果額はいくら？", "3,300", "900");
    }

    [Fact]
    public void Table_of_past_years_answers_by_row_and_year() =>
        Assert.Contains("5,980百万円", Answered("上峰町の町債残高、令和４年度はいくらだった？", Kamimine).Text);

    [Fact]
    public void Wrapped_note_is_a_definition_and_a_heading_is_answered_by_its_lines()
    {
        Assert.Contains("圧迫する", Answered("上峰町の将来負担比率はどう説明されてる？", Kamimine).Text);
        Assert.Contains("住みつづけたい上峰町", Answered("上峰町の大綱の基本理念は？", Kamimine).Text);
    }

    private const string Kitahama = "kitahama_flat.txt";
    private const string Minamioka = "minamioka_layout.txt";
    private const string Higashihama = "higashihama_kana.txt";

    [Fact]
    public void A_flattened_sheet_answers_its_items_department_and_figures()
    {
        Assert.Contains("上下水道総務課", Answered("北浜市の下水道使用料の見直しの担当課は？", Kitahama).Text);
        Assert.Contains("１２区分", Answered("北浜市の改定済み料金区分数、令和７年度の計画値は？", Kitahama).Text);
        Assert.Contains("１１０件", Answered("北浜市の電子契約件数、2024年度の実績は？", Kitahama).Text);
        Assert.Contains("２５分", Answered("北浜市の窓口平均待ち時間の基準値は？", Kitahama).Text);
    }

    [Fact]
    public void A_flattened_sheet_answers_the_years_grade_and_achievement_rate()
    {
        var grade = Answered("北浜市の項目番号３の令和６年度の評価は？", Kitahama);
        Assert.Contains("Ｂ", grade.Text);
        Assert.Contains("91.7%", Answered("北浜市の電子契約の導入、令和6年度の達成率は？", Kitahama).Text);
        var list = Answered("北浜市で評価がＣの取組を全部教えて", Kitahama);
        Assert.Contains("下水道使用料の見直し", list.Text);
        Assert.DoesNotContain("電子契約の導入", list.Text);
    }

    [Fact]
    public void A_space_aligned_table_answers_a_years_schedule_and_an_items_effect_amount()
    {
        Assert.Contains("準備", Answered("南丘町の給食調理の民間委託、Ｒ６の工程は？", Minamioka).Text);
        Assert.Contains("38,200", Answered("南丘町の遊休町有地の売却、効果額はいくら？", Minamioka).Text);
    }

    [Fact]
    public void A_reason_asked_of_one_items_grade_is_its_grade_with_its_explanation()
    {
        // なぜＣ評価: the item's grade and the text printed to explain it, not the list of items graded Ｃ.
        var a = Answered("川南市の公共施設の総量縮減、どうしてC評価になったの？", Kawaminami);
        Assert.Contains("C", a.Text);
        Assert.Contains("入札不調", a.Text);
        Assert.DoesNotContain("市税収納率", a.Text);
    }

    [Fact]
    public void Katakana_sub_items_are_the_items_with_their_own_unit_indicator_and_schedule()
    {
        var doc = library.Kb.Documents.Single(d => d.File == Higashihama);
        Assert.Equal(9, doc.Items.Count);
        Assert.Contains("総務企画課", Answered("東浜町の町民アンケートの実施はどこの課が担当？", Higashihama).Text);
        Assert.Contains("財産管理課", Answered("東浜町、遊休町有地の貸付の所管は？", Higashihama).Text);
        Assert.Contains("900件", Answered("東浜町の電子請求件数、R10の目標は？", Higashihama).Text);
        Assert.Contains("6,000回", Answered("東浜町 広報紙の電子配信の指標の目標値は？", Higashihama).Text);
        Assert.Contains("試行", Answered("東浜町の窓口予約制の導入、令和８年度は何をする？", Higashihama).Text);
        var list = Answered("東浜町の基本方針２の取組を一覧で", Higashihama).Text;
        Assert.Contains("庁舎照明のＬＥＤ化", list);
        Assert.DoesNotContain("窓口予約制の導入", list);
    }

    [Fact]
    public void A_year_the_sub_items_indicator_does_not_give_stays_not_found()
    {
        Assert.NotEqual(AnswerStatus.Answered, Ask("東浜町の電子請求件数、R8の目標は？").Status);
    }

    [Fact]
    public void A_plan_wide_figure_list_and_a_wrapped_count_sentence_answer()
    {
        Assert.Contains("9.0%以下", Answered("東浜町の実質公債費比率の目標値は？", Higashihama).Text);
        var counts = Answered("東浜町の計画、重点項目はいくつ？", Higashihama).Text;
        Assert.Contains("４つの重点項目", counts);
    }
}
