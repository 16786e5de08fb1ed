using Gyokaku.Knowledge.Answering;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>Each intent, on several plans, checked against values read from the seed texts.</summary>
public class IntentAnswerTests
{
    [Theory]
    [InlineData("山口市の推進項目2の担当課は？", Yamaguchi, "広報広聴課")]
    [InlineData("小郡市のNo.5の担当課は？", Ogori, "商工観光課")]
    [InlineData("岡山市の外郭団体の経営の適正化の担当部局は？", Okayama, "総務局")]
    [InlineData("行革推進プランの債権管理体制の一元化の主担当課は？", ActionPlan, "行政マネジメント課")]
    public void Department_of_an_item(string question, string document, string department)
    {
        var a = Answered(question, document);
        Assert.Equal("department", a.Intent);
        Assert.Contains(department, a.Text);
    }

    [Fact]
    public void Where_as_the_doer_of_an_item_asks_its_owner()
    {
        // 000 推進項目37: 推進部署 (主) 収納課 財政課 総務課.
        var a = Answered("山口市の推進項目37 市税等の徴収率の向上って、どこが中心になって進めてる？", Yamaguchi);
        Assert.Equal("department", a.Intent);
        Assert.Contains("収納課", a.Text);
    }

    [Fact]
    public void A_dash_printed_as_the_grade_is_quoted_but_answers_no_percentage()
    {
        // 004 line 308: No.16's R4 年度計画達成度 is printed "—".
        var a = Answered("小郡市 No.16 定員の適正管理、令和4年度の達成度は結局どうだったの？", Ogori);
        Assert.Contains("—", a.Text);
        Assert.DoesNotContain("基金", a.Text);
        var percent = Ask("小郡市 No.16 定員の適正管理、令和4年度の達成度は何％？");
        Assert.Equal(AnswerStatus.NotFound, percent.Status);
    }

    [Fact]
    public void Which_item_does_what_a_question_describes_names_the_item()
    {
        // 003 line 60, 具体的取組 b) 岡山市下水道事業経営計画2016の着実な実行: its R6 result ran the 財政シミュレーションツール
        // for the next 経営計画 (R8～R17).
        var a = Answered("岡山市で、次の経営計画に向けて財政シミュレーションツールでシミュレーションした取組はどれ？", Okayama);
        Assert.Contains("下水道事業経営計画2016", a.Text);
    }

    [Fact]
    public void All_owners_asked_by_the_plans_own_word_for_them()
    {
        // 推進部署 is what Yamaguchi calls its owners: asking for all of them is a department ask, not a list of items.
        var a = Answered("山口市の推進項目37について、推進部署をすべて挙げて", Yamaguchi);
        Assert.Equal("department", a.Intent);
        Assert.All(new[] { "収納課", "財政課", "総務課" }, d => Assert.Contains(d, a.Text));
    }

    [Fact]
    public void Mine_names_no_department_and_says_so()
    {
        var a = Corpus.Ask("美祢市の№21の担当課は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains("担当部署の記載がありません", a.Text);
    }

    [Theory]
    [InlineData("山口市の移動市長室の参加者数、R3の目標は？", Yamaguchi, "990人")]
    [InlineData("山口市の移動市長室の参加者数の最終目標は？", Yamaguchi, "1,000人")]
    [InlineData("小郡市のふるさと納税、返礼品数のR6目標は？", Ogori, "1,000品")]
    public void Target_for_a_year(string question, string document, string value)
    {
        var a = Answered(question, document);
        Assert.Contains(value, a.Text);
    }

    [Theory]
    [InlineData("岡山市の太陽光発電設備はR6末時点で何施設？", Okayama, "133施設")]
    [InlineData("小郡市の令和4年度末の財政調整基金残高の実績は？", Ogori, "約41億円")]
    [InlineData("美祢市の新本庁舎整備で、R2上半期に庁内検討委員会作業部会は何回開かれた？", Mine, "作業部会")]
    [InlineData("岡山市の令和6年度の職員数は？", Okayama, "R6.4.1現在職員数8,525人")]
    public void Actual_quotes_the_sentence_with_the_figure(string question, string document, string value)
    {
        var a = Answered(question, document);
        Assert.Contains(value, Corpus.Flat(a));
        Assert.True(a.Text.Length < 400, "quotes the sentence, not the whole cell: " + a.Text);
    }

    [Fact]
    public void Plan_schedule_names_the_year_a_plan_word_starts()
    {
        var a = Answered("山口市の推進項目3②「話し合い」の場づくりの推進は、何年度から「実施」になる計画？", Yamaguchi);
        Assert.Contains("R2", a.Text);
        Assert.Contains("一部実施", a.Text); // H30 as printed
    }

    [Theory]
    [InlineData("小郡市No.5のR4年度計画達成度を教えて", Ogori, "70%")]
    [InlineData("山口市の第一次計画の「政策調整会議等の見直し」の実施状況は？", Yamaguchi, "△（一部実施）")]
    public void Evaluation(string question, string document, string value)
    {
        var a = Answered(question, document);
        Assert.Contains(value, a.Text);
    }

    [Theory]
    [InlineData("山口市の移動市長室の参加者数の基準値は？", Yamaguchi, "959人")]
    [InlineData("小郡市のR2年度末地方債残高は？", Ogori, "約185億円")]
    public void Baseline(string question, string document, string value)
    {
        var a = Answered(question, document);
        Assert.Contains(value, a.Text);
    }

    [Fact]
    public void List_of_a_departments_items()
    {
        var a = Answered("山口市で協働推進課が担当する推進項目を一覧で教えて", Yamaguchi);
        Assert.Equal("list", a.Intent);
        foreach (var title in new[] { "地域を支える体制の構築", "庁内における支援体制の確立" })
            Assert.Contains(title, a.Text);
        Assert.DoesNotContain("組織的な広聴活動の推進", a.Text); // 広報広聴課's item
    }

    [Theory]
    [InlineData("山口市の基本方針IIの推進項目を一覧で", Yamaguchi, "市民に分かりやすい組織体制の構築", "地域を支える体制の構築")]
    [InlineData("小郡市の実施方針2は何？", Ogori, "事務事業の廃止、再編、統合", "基金の管理")]
    [InlineData("岡山市の施策4は何？", Okayama, "簡素で効果的・効率的な組織づくり", "固定資産台帳の整備")]
    public void List_of_items_under_a_policy(string question, string document, string inside, string outside)
    {
        var a = Answered(question, document);
        Assert.Equal("list", a.Intent);
        Assert.Contains(inside, a.Text);
        Assert.DoesNotContain(outside, a.Text);
    }

    [Fact]
    public void A_chapter_named_in_the_question()
    {
        Assert.Contains("小郡市行政経営アクションプラン", Answered("小郡市の前計画は？", Ogori).Text);
        Assert.Contains("ホームページや広報等", Answered("小郡市の実施状況の公表はどうする？", Ogori).Text);
    }

    [Fact]
    public void Structure_period_and_outline()
    {
        Assert.Contains("令和4年度～令和8年度", Answered("小郡市行政経営行動計画の計画期間は？", Ogori).Text);
        Assert.Contains("債権管理", Answered("美祢市の大分類3の小分類は？", Mine).Text);
    }

    [Fact]
    public void Glossary_from_the_documents_own_note()
    {
        var a = Answered("山口市の計画の「コミュニティビジネス」の定義は？", Yamaguchi);
        Assert.Contains("地域が抱える課題", a.Text);
    }

    [Theory]
    [InlineData("山口市の資料の業務継続計画(BCP)とは？")]
    [InlineData("山口市のBCPって何？")]
    [InlineData("山口市の業務継続計画とは？")]
    public void Glossary_term_with_its_abbreviation_is_found_by_either_name(string question) =>
        Assert.Contains("非常時優先業務", Answered(question, Yamaguchi).Text);

    [Fact]
    public void An_amount_printed_in_millions_answers_how_much()
    {
        var a = Answered("山口市 推進項目40、R2の売却・貸付収入額の目標はいくら？", Yamaguchi);
        Assert.Contains("100百万", a.Text);
    }

    [Fact]
    public void Glossary_in_English_after_the_city_name()
    {
        Assert.Contains("Business Process Re-engineering", Answered("Yamaguchi: what is BPR?", Yamaguchi).Text);
        Assert.Contains("Private Finance Initiative", Answered("Yamaguchi: what is PFI?", Yamaguchi).Text);
    }

    [Fact]
    public void Amount_from_the_effect_table()
    {
        var a = Answered("行革推進プランの計画策定時点の業務マネジメント改革の効果額の合計は？", ActionPlan);
        Assert.Contains("545,239", a.Text);
    }

    [Fact]
    public void Mapping_of_an_earlier_item()
    {
        var a = Answered("後期アクションプランで、前期の「債権管理体制の一元化」はどうなった？", ActionPlan);
        Assert.Contains("廃止（取組完了）", a.Text);
    }

    [Fact]
    public void Item_lookup_by_topic()
    {
        var a = Answered("山口市で指定管理者制度に関する推進項目は何番？", Yamaguchi);
        Assert.Contains("指定管理者制度", a.Text);
        Assert.Contains(a.Citations, c => c.Item == "9");
    }
    [Theory]
    // 004: No.5 ふるさと納税の推進 sits under 実施方針1 > 実施方針(2) 歳入の確保; the year does not make it ask R5's figures.
    [InlineData("小郡市No.5はR5にはどの実施方針の取組？", Ogori, "歳入の確保")]
    // 000: 推進項目37 sits under 基本方針III > … > 施策(1) 財政健全化に向けた取組み.
    [InlineData("山口市の推進項目37、R4はどの施策に入ってる？", Yamaguchi, "財政健全化に向けた取組み")]
    [InlineData("山口市の推進項目37はどの基本方針？", Yamaguchi, "行政資源の有効活用")]
    public void A_level_asked_of_a_named_item_is_where_it_sits(string question, string document, string level)
    {
        var a = Answered(question, document);
        Assert.Contains(level, a.Text);
        Assert.Contains(a.Citations, c => c.Item is not null);
    }

    [Fact]
    public void Parts_of_the_plan_counted_with_a_counter_are_listed_not_refused()
    {
        // 003's five 施策: 何本 counts the plan's own parts; no figure "5本" is printed, nor needed.
        var a = Answered("岡山市の施策は全部で何本？", Okayama);
        Assert.Contains("公民連携と透明性の高い市政運営", a.Text);
        Assert.Contains("健全で持続可能な財政運営", a.Text);
    }
}

