using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>The 山口市 推進計画 reader on the real seed 000; every expected value was checked against the text.</summary>
public class YamaguchiReaderTests
{
    private static PlanDocument Doc => Seeds.Document("000");

    private static PlanItem Item(string number) => Doc.Items.Single(i => i.Number == number);

    private static YearEntry Year(string item, char marker, string year) =>
        Item(item).Years.Single(y => y.Activity![0] == marker && y.Year == FiscalYear.Parse(year));

    private static Indicator Indicator(string item, string nameStart) =>
        Item(item).Indicators.Single(i => i.Name.StartsWith(nameStart, StringComparison.Ordinal));

    private static string? Target(Indicator indicator, string year) =>
        indicator.Targets.SingleOrDefault(t => t.Year == FiscalYear.Parse(year))?.Value;

    private static ItemMapping Mapping(string number) => Doc.Mappings.Single(m => m.FromNumber == number);

    private static string PathText(IReadOnlyList<PathSegment> path) => string.Join(" / ", path);

    /// <summary>The seed's text with some of its lines changed, for damaged-input tests.</summary>
    private static SourceText Edited(Func<List<string>, List<string>> edit) =>
        new("000_damaged.txt", string.Join("\n", edit(Seeds.Text("000").Lines.ToList())));

    // --- recognition ---

    [Theory]
    [InlineData("000", true)]
    [InlineData("001", false)]
    [InlineData("002", false)]
    [InlineData("003", false)]
    [InlineData("004", false)]
    public void The_loader_picks_this_reader_only_for_the_yamaguchi_seed(string prefix, bool expected)
    {
        var text = Seeds.Text(prefix);
        var score = new YamaguchiPlanReader().Recognize(text);
        Assert.Equal(expected, new PlanLoader().Choose(text) is YamaguchiPlanReader);
        if (expected) Assert.True(score > 0.9, $"score {score}");
        else Assert.True(score < 0.2, $"{prefix} scored {score}");
    }

    [Fact]
    public void Recognition_looks_at_the_text_not_the_file_name()
    {
        var renamed = new SourceText("notes.md", Seeds.Text("000").Text);
        Assert.IsType<YamaguchiPlanReader>(new PlanLoader().Choose(renamed));
        var wrongName = new SourceText("000_515c82e92dec70ba.txt", Seeds.Text("004").Text);
        Assert.IsNotType<YamaguchiPlanReader>(new PlanLoader().Choose(wrongName));
    }

    // --- the document ---

    [Fact]
    public void Document_facts_come_from_the_title_page_and_the_basic_matters()
    {
        Assert.Equal("yamaguchi-suishin", Doc.Layout);
        Assert.Equal("山口市", Doc.Municipality);
        Assert.Equal("第二次山口市行政改革大綱 推進計画【前期】", Doc.Title);
        Assert.Equal(PlanKind.Plan, Doc.Kind);
        Assert.Equal(new FiscalPeriod(FiscalYear.Parse("H30"), FiscalYear.Parse("R4")), Doc.Period);
        Assert.Equal(FiscalYearStyle.ShortWithAlias, Doc.YearStyle);
        Assert.Contains("推進計画【前期】", Doc.Aliases);
        Assert.Contains("第二次山口市行政改革大綱", Doc.Aliases);
        Assert.DoesNotContain(Doc.Title, Doc.Aliases);
    }

    [Fact]
    public void Plan_wide_sections_are_read_with_their_text()
    {
        string Section(string label) => Doc.Sections.Single(s => s.Label == label).Text;
        Assert.StartsWith("第二次山口市行政改革大綱においては、", Section("計画の目的"));
        Assert.Contains("平成30年度から令和4年度（2022年度）までの5年間", Section("計画の期間"));
        Assert.StartsWith("本推進計画の進行管理は、山口市行政改革推進本部で行います。", Section("推進体制"));
        Assert.Equal("『市民本位の公共サービスの実現』\n～多様な主体との協働のもと、豊かな暮らしを支える行政経営～", Section("基本理念"));
        Assert.Equal(new LineRange(62, 64), Doc.Sections.Single(s => s.Label == "推進体制").Lines);
    }

    [Fact]
    public void The_period_table_gives_the_outline_and_the_plan_their_periods()
    {
        var table = Doc.Tables.Single();
        Assert.Equal(["計画期間"], table.Columns);
        Assert.Equal("10年間 平成30～39年度（2018～2027年度）", table.Rows.Single(r => r.Label == "第二次山口市行政改革大綱").Cells.Single());
        Assert.StartsWith("5年間 前期：平成30～令和4年度", table.Rows.Single(r => r.Label == "第二次山口市行政改革大綱 推進計画").Cells.Single());
    }

    // --- items ---

    [Fact]
    public void All_42_items_are_read_with_41_and_42_after_29()
    {
        Assert.Equal(Enumerable.Range(1, 42).Select(n => n.ToString()).ToHashSet(), Doc.Items.Select(i => i.Number!).ToHashSet());
        Assert.Equal(42, Doc.Items.Count);
        var order = Doc.Items.Select(i => i.Number).ToList();
        Assert.Equal(["29", "41", "42", "30"], order.Skip(order.IndexOf("29")).Take(4));
        Assert.All(Doc.Items, i => Assert.Equal("推進項目", i.Label));
        Assert.Equal("市税等の徴収率の向上", Item("37").Title);
        Assert.Equal("推進項目 37", Item("37").PrintedNumber);
        Assert.Equal(new LineRange(880, 896), Item("37").Lines);
    }

    [Theory]
    [InlineData("1", "広報広聴課*")]
    [InlineData("8", "総務課*|各課")]
    [InlineData("13", "総務課*|企画経営課")]
    [InlineData("34", "職員課*|財政課")]
    [InlineData("37", "収納課*|財政課|総務課")]
    [InlineData("40", "管財課*|財政課|関係課")]
    [InlineData("41", "デジタル推進課*")]
    [InlineData("42", "デジタル推進課*")]
    public void Departments_are_split_with_the_lead_marked(string item, string expected)
    {
        var actual = string.Join("|", Item(item).Departments.Select(d => d.Lead ? d.Name + "*" : d.Name));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("3", "基本方針I 協働・官民連携の推進 / 改革の方向性1 住民自治の充実に向けた環境整備 / 施策(1) 市民と行政の情報共有・相互理解")]
    [InlineData("11", "基本方針I 協働・官民連携の推進 / 改革の方向性2 積極的な官民連携の推進 / 施策(2) 新たな官民パートナーシップの推進")]
    [InlineData("24", "基本方針II 市民サービス向上に向けた組織運営 / 改革の方向性2 人材育成・活用の推進 / 施策(2) 効果的な人員配置")]
    [InlineData("42", "基本方針II 市民サービス向上に向けた組織運営 / 改革の方向性3 ICT化の推進 / 施策(1) ICT利活用の推進")]
    [InlineData("37", "基本方針III 行政資源の有効活用 / 改革の方向性2 健全な財政基盤の確立 / 施策(1) 財政健全化に向けた取組み")]
    [InlineData("40", "基本方針III 行政資源の有効活用 / 改革の方向性2 健全な財政基盤の確立 / 施策(2) 公的財産の有効活用")]
    public void Items_sit_under_their_policy_direction_and_measure(string item, string expected) =>
        Assert.Equal(expected, PathText(Item(item).Path));

    [Fact]
    public void Where_the_overview_and_the_block_caption_disagree_the_caption_wins_and_the_overview_is_kept()
    {
        // Item 16's page is headed (2)業務執行体制の整備 (L431); the overview lists it after 15 under (1)組織基盤の強化 (L95).
        var item = Item("16");
        Assert.Equal("施策(2) 業務執行体制の整備", item.Path[2].ToString());
        Assert.EndsWith("施策(1) 組織基盤の強化", item.Field(YamaguchiOverviewField));
        Assert.Contains(Doc.Warnings, w => w.Line == 433 && w.Message.Contains("item 16"));
        Assert.Null(Item("15").Field(YamaguchiOverviewField));
    }

    private const string YamaguchiOverviewField = "項目一覧での位置";

    [Fact]
    public void A_lost_caption_does_not_carry_the_previous_measure_over_the_overview()
    {
        // Remove the caption rows above item 4 (L191–192): items 4–7 must not inherit item 1–3's (1).
        var text = Edited(lines => lines.Where((_, i) => i is not (190 or 191)).ToList());
        var warnings = new List<ReadWarning>();
        var doc = new YamaguchiPlanReader().Read(text, warnings);
        var item4 = doc.Items.Single(i => i.Number == "4");
        Assert.Equal("施策(2) 協働推進体制の充実", item4.Path[2].ToString());
        Assert.EndsWith("施策(1) 市民と行政の情報共有・相互理解", item4.Field("見出し行での位置"));
        Assert.Contains(warnings, w => w.Message.StartsWith("item 4: the overview places it", StringComparison.Ordinal));
    }

    [Fact]
    public void Purpose_and_content_are_read_and_html_is_turned_into_text()
    {
        Assert.Equal("市政への関心の向上と参画を促進するため、市民に分かりやすく市政の情報を提供します。", Item("1").Section("実施目的"));
        Assert.StartsWith("市政情報の発信媒体として中心的手段である市報と市公式ウェブサイトについて", Item("1").Section("実施内容"));
        Assert.StartsWith("山口市定員管理計画(H30～H34年度)に基づき", Item("23").Section("実施目的"));
        var content35 = Item("35").Section("実施内容")!;
        Assert.DoesNotContain("<", content35);
        Assert.Contains("山口市文化振興財団(100%) 阿知須まちづくり財団(50%)", content35);
        Assert.Single(content35.Split('\n'), l => l.Contains("山口市文化振興財団"));
        Assert.Null(Item("1").Section("実施状況"));
    }

    // --- schedule ---

    [Fact]
    public void Arrows_are_resolved_to_the_word_they_continue()
    {
        var r2 = Year("3", '②', "R2");
        Assert.Equal("②地域資源や課題の共有に向けた「話し合い」の場づくりの推進", r2.Activity);
        Assert.Equal("実施", r2.Plan);
        Assert.Null(r2.PrintedPlan);
        var r1 = Year("3", '②', "R1");
        Assert.Equal("一部実施", r1.Plan);
        Assert.Equal("→", r1.PrintedPlan);
        Assert.Equal("実施", Year("3", '②', "R4").Plan);
        Assert.Equal("検討", Year("4", '①', "R1").Plan);
        Assert.Equal("実施", Year("4", '①', "R2").Plan);
    }

    [Fact]
    public void Every_titled_activity_has_one_entry_per_year_and_placeholders_none()
    {
        var years = Item("5").Years;
        Assert.Equal(5, years.Count);
        Assert.All(years, y => Assert.Equal("①庁内の協働による地域づくり推進体制の再構築", y.Activity));
        Assert.Equal(["H30", "R1", "R2", "R3", "R4"], years.Select(y => y.Year.ToString()));
        Assert.Equal(20, Item("36").Years.Count);
        Assert.All(Doc.Items.SelectMany(i => i.Years), y => Assert.Null(y.Result));
        Assert.All(Doc.Items.SelectMany(i => i.Years), y => Assert.Null(y.Evaluation));
    }

    [Fact]
    public void Empty_plan_cells_stay_empty_and_an_arrow_continues_only_what_is_printed()
    {
        // 41 was added in R3: H30–R2 are blank, R3 実施, R4 →.
        Assert.Null(Year("41", '①', "R2").Plan);
        Assert.Equal("実施", Year("41", '①', "R3").Plan);
        Assert.Equal(("実施", "→"), (Year("41", '①', "R4").Plan, Year("41", '①', "R4").PrintedPlan));
        // 39 ① ends after R1.
        Assert.Null(Year("39", '①', "R2").Plan);
        Assert.Equal("実施", Year("23", '②', "R4").Plan);
        Assert.Null(Year("23", '②', "R3").Plan);
    }

    [Fact]
    public void Item_29_whose_schedule_is_captioned_differently_is_read_too()
    {
        Assert.Equal(10, Item("29").Years.Count);
        Assert.Equal("実施", Year("29", '②', "R3").Plan);
    }

    // --- indicators ---

    [Theory]
    [InlineData("1", "行政の情報が十分に伝わっていると思う市民の割合", "平成28年度 80.6%", "H28", "80.6%", "86.5%", "88.0%")]
    [InlineData("2", "移動市長室の参加者数", "平成28年度 959人", "H28", "959人", "960人", "1,000人")]
    [InlineData("27", "オープンデータ数", null, null, null, null, "25")]
    [InlineData("33", "経常収支比率", "平成29年度 90.9%", "H29", "90.9%", "-", "95%未満")]
    [InlineData("37", "市税の徴収率(現年課税分)", "平成28年度 98.88%", "H28", "98.88%", "98.91%", "98.95%")]
    [InlineData("22", "常に業務改善意識を持って行動する 職員の割合", "H28年度 89.5%", "H28", "89.5%", "90%", "100%")]
    public void Indicators_have_baseline_and_targets_as_printed(string item, string name, string? baseline,
        string? baselineYear, string? baselineValue, string? h30, string r4)
    {
        var indicator = Indicator(item, name);
        Assert.Equal(baseline, indicator.Baseline);
        Assert.Equal(baselineYear, indicator.BaselineYear?.ToString());
        Assert.Equal(baselineValue, indicator.BaselineValue);
        Assert.Equal(h30, Target(indicator, "H30"));
        Assert.Equal(r4, Target(indicator, "R4"));
        Assert.Empty(indicator.Actuals);
    }

    [Fact]
    public void Short_target_rows_are_aligned_to_the_last_year()
    {
        var shared = Item("3").Indicators.Single();
        Assert.Equal("お住いの地域の良さや課題が地域住民の間で共有されているか。(令和4年度までに46%)", shared.Name);
        Assert.Equal([("R4", "46%")], shared.Targets.Select(t => (t.Year.ToString(), t.Value)));
        var open = Indicator("27", "オープンデータ数");
        Assert.Equal([("R2", "15"), ("R3", "20"), ("R4", "25")], open.Targets.Select(t => (t.Year.ToString(), t.Value)));
        Assert.Equal([("R3", "40.0%"), ("R4", "74.0%")], Indicator("41", "国が指定する").Targets.Select(t => (t.Year.ToString(), t.Value)));
        Assert.Contains(Doc.Warnings, w => w.Line == 186 && w.Message.Contains("aligned to the last year"));
    }

    [Fact]
    public void Item_26_keeps_the_revised_target_as_value_and_the_original_as_note()
    {
        var card = Indicator("26", "マイナンバーカードの交付率");
        var r2 = card.Targets.Single(t => t.Year == FiscalYear.Parse("R2"));
        Assert.Equal(("43.5%", "当初 18%"), (r2.Value, r2.Note));
        var r4 = card.Targets.Single(t => t.Year == FiscalYear.Parse("R4"));
        Assert.Equal(("100.0%", "当初 22%"), (r4.Value, r4.Note));
        Assert.Equal("8.1%", card.BaselineValue);
    }

    [Fact]
    public void No_target_is_not_an_indicator_but_a_note()
    {
        Assert.Empty(Item("4").Indicators);
        Assert.Contains("数値目標の設定に適さないため 設けません", Item("4").Notes);
        Assert.Equal(4, Item("33").Indicators.Count);
        Assert.Equal(3, Item("25").Indicators.Count);
    }

    [Fact]
    public void A_value_in_a_blank_results_row_is_kept_as_a_note_not_as_an_actual()
    {
        var item = Item("40");
        Assert.Empty(item.Indicators.Single().Actuals);
        Assert.Contains(item.Notes, n => n.Contains("105百万") && n.Contains("R4"));
        Assert.Contains(Doc.Warnings, w => w.Line == 951 && w.Message.Contains("105百万"));
    }

    // --- glossary ---

    [Fact]
    public void Glossary_lines_become_definitions_under_their_item()
    {
        var facilitator = Doc.Definitions.Single(d => d.Term == "ファシリテーター");
        Assert.Equal("会議などで、発言内容を整理し、発言者が偏らないよう、順調に進行する役", facilitator.Text);
        Assert.Equal("3", facilitator.ItemNumber);
        Assert.Equal(LineRange.At(189), facilitator.Lines);
        Assert.Equal("18", Doc.Definitions.Single(d => d.Term == "業務継続計画(BCP)").ItemNumber);
        Assert.Equal("10", Doc.Definitions.Single(d => d.Term == "市場化テスト").ItemNumber);
        Assert.Equal(12, Doc.Definitions.Count);
    }

    // --- the first plan's continuity table ---

    [Fact]
    public void The_first_plans_56_items_are_mapped()
    {
        Assert.Equal(Enumerable.Range(1, 56).Select(n => n.ToString()), Doc.Mappings.Select(m => m.FromNumber));
        Assert.All(Doc.Mappings, m => Assert.StartsWith("第一次", m.FromPlan));
    }

    [Fact]
    public void A_continued_item_points_to_its_number_in_this_plan()
    {
        var m = Mapping("45");
        Assert.Equal("電子自治体構築に向けた推進", m.FromTitle);
        Assert.Equal(("○", "実施継続"), (m.Status, m.StatusMeaning));
        Assert.Equal(["27"], m.ToNumbers);
        Assert.Null(m.Remark);
        Assert.Equal(LineRange.At(1017), m.Lines);
    }

    [Fact]
    public void Completed_dropped_and_elsewhere_items_keep_their_remark()
    {
        var done = Mapping("42");
        Assert.Equal(("土地開発公社の解散", "◎", "実施済", "事業完了"), (done.FromTitle, done.Status, done.StatusMeaning, done.Remark));
        Assert.Empty(done.ToNumbers);
        var dropped = Mapping("10");
        Assert.Equal(("×", "廃止", "事業の廃止"), (dropped.Status, dropped.StatusMeaning, dropped.Remark));
        var elsewhere = Mapping("7");
        Assert.Equal("生涯学習として実施", elsewhere.Remark);
        Assert.Empty(elsewhere.ToNumbers);
        Assert.Equal(("△", "一部実施"), (Mapping("32").Status, Mapping("32").StatusMeaning));
    }

    [Fact]
    public void First_plan_paths_stop_where_the_measure_column_is_damaged()
    {
        Assert.Equal("基本方針I 協働によるまちづくりの推進 / 改革の方向性1 市政情報の共有化の推進 / 施策(2) 情報提供の推進", PathText(Mapping("4").Path));
        Assert.Equal("基本方針III 行政経営システムの確立 / 改革の方向性2 健全な財政基盤の確立 / 施策(1) 中長期的な財政運営の健全化", PathText(Mapping("43").Path));
        // L999 prints the direction "2 行政組織の再編" in 32's row and no 施策 for 32 and 33.
        Assert.Equal("基本方針II 行政組織・体制の確立 / 改革の方向性2 行政組織の再編", PathText(Mapping("32").Path));
        Assert.Contains(Doc.Warnings, w => w.Line == 999 && w.Message.Contains("32, 33"));
    }

    [Fact]
    public void A_row_going_to_several_items_lists_them_all()
    {
        var text = Edited(lines =>
        {
            lines[1016] = lines[1016].Replace("次期計画(項目27)", "次期計画（項目27、41） 一部統合");
            return lines;
        });
        var doc = new YamaguchiPlanReader().Read(text, new List<ReadWarning>());
        var m = doc.Mappings.Single(x => x.FromNumber == "45");
        Assert.Equal(["27", "41"], m.ToNumbers);
        Assert.Equal("一部統合", m.Remark);
    }

    // --- damaged input ---

    [Fact]
    public void A_copy_cut_in_the_middle_of_an_item_is_read_without_exception()
    {
        var text = Edited(lines => lines.Take(520).ToList()); // ends inside item 20's block
        var warnings = new List<ReadWarning>();
        var doc = new YamaguchiPlanReader().Read(text, warnings);
        Assert.Equal(Enumerable.Range(1, 20).Select(n => n.ToString()), doc.Items.Select(i => i.Number));
        Assert.Equal("人事制度の改善・運用", doc.Items[^1].Title);
        Assert.Empty(doc.Mappings);
        Assert.Contains(warnings, w => w.Message.Contains("item 21") && w.Message.Contains("not found"));
        Assert.Contains(warnings, w => w.Message.Contains("continuity table"));
        Assert.All(warnings, w => Assert.Equal("000_damaged.txt", w.File));
    }

    [Theory]
    [InlineData(20240401)]
    [InlineData(7)]
    [InlineData(1234567)]
    public void A_garbled_copy_is_read_without_exception_and_reports_warnings(int seed)
    {
        var random = new Random(seed);
        var text = Edited(lines =>
        {
            var kept = lines.Where((_, i) => i % 9 != 4).ToList(); // drop every ninth line
            for (var i = kept.Count - 1; i > 0; i--)           // and shuffle the rest
            {
                var j = random.Next(i + 1);
                (kept[i], kept[j]) = (kept[j], kept[i]);
            }
            return kept;
        });
        var warnings = new List<ReadWarning>();
        var doc = new YamaguchiPlanReader().Read(text, warnings);
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.InRange(w.Line, 1, text.Lines.Count));
        Assert.All(doc.Items, i => Assert.InRange(int.Parse(i.Number!), 1, 42));
        Assert.Equal(doc.Items.Count, doc.Items.Select(i => i.Key).Distinct().Count());
    }

    [Fact]
    public void A_block_without_a_number_is_reported_and_skipped()
    {
        var text = Edited(lines =>
        {
            lines[132] = lines[132].Replace("\t1 効果的な市政情報の提供", "\t効果的な市政情報の提供");
            return lines;
        });
        var warnings = new List<ReadWarning>();
        var doc = new YamaguchiPlanReader().Read(text, warnings);
        Assert.DoesNotContain(doc.Items, i => i.Number == "1");
        Assert.Equal(41, doc.Items.Count);
        Assert.Contains(warnings, w => w.Line == 133 && w.Message.Contains("without an item number"));
        Assert.Contains(warnings, w => w.Message.Contains("overview lists item 1 "));
    }

    [Fact]
    public void A_target_row_with_too_many_cells_is_reported_and_not_placed()
    {
        var text = Edited(lines =>
        {
            lines[147] += "\t89.0%\t90.0%"; // item 1's 目標値 row, now seven values for five years
            return lines;
        });
        var warnings = new List<ReadWarning>();
        var doc = new YamaguchiPlanReader().Read(text, warnings);
        var indicator = doc.Items.Single(i => i.Number == "1").Indicators.Single();
        Assert.Empty(indicator.Targets);
        Assert.Equal("80.6%", indicator.BaselineValue);
        Assert.Contains(warnings, w => w.Line == 148 && w.Message.Contains("7 cells for 5 years"));
    }
}
