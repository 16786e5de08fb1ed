using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Reading.Layouts.Ogori;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>The 小郡市行政経営行動計画 (seed 004), values checked against the text.</summary>
public class OgoriReaderTests
{
    private static PlanDocument Doc => Seeds.Document("004");

    private static PlanItem Item(string number) => Doc.Items.Single(i => i.Number == number);

    [Fact]
    public void The_loader_picks_the_ogori_reader_for_its_seed_only()
    {
        var loader = new PlanLoader();
        foreach (var doc in Seeds.Documents)
        {
            var chosen = loader.Choose(Seeds.Text(doc.File[..3]));
            Assert.Equal(doc.File.StartsWith("004", StringComparison.Ordinal), chosen is OgoriReader);
        }
        Assert.Equal(new OgoriReader().Layout, Doc.Layout);
    }

    [Fact]
    public void The_document_is_described_as_printed()
    {
        Assert.Equal("小郡市", Doc.Municipality);
        Assert.Equal("小郡市行政経営行動計画", Doc.Title);
        Assert.Equal(PlanKind.Plan, Doc.Kind);
        Assert.Equal(new FiscalPeriod(FiscalYear.Parse("R4"), FiscalYear.Parse("R8")), Doc.Period);
        Assert.Equal(FiscalYearStyle.Short, Doc.YearStyle);
        Assert.Empty(Doc.Warnings);
    }

    [Fact]
    public void Items_are_exactly_No1_to_No16_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 16).Select(n => n.ToString()), Doc.Items.Select(i => i.Number));
        Assert.Equal(Doc.Items.Select(i => i.Number), Doc.Items.Select(i => i.Key));
        Assert.All(Doc.Items, i => Assert.Equal("実施項目", i.Label));
        Assert.Equal("No.5", Item("5").PrintedNumber);
        Assert.Equal("ふるさと納税の推進", Item("5").Title);
        Assert.Equal("事務事業の廃止、再編、統合", Item("7").Title);
        Assert.Equal("定員の適正管理", Item("16").Title);
    }

    [Theory]
    [InlineData("1", "財政課")]
    [InlineData("6", "経営戦略課|関係各課")]
    [InlineData("9", "経営戦略課")]
    [InlineData("10", "市民課|総務広報課|関係各課")]
    [InlineData("13", "関係各課")]
    [InlineData("16", "人事法制課")]
    public void Departments_are_the_担当課_split_on_commas(string number, string expected)
    {
        Assert.Equal(expected.Split('|'), Item(number).Departments.Select(d => d.Name));
        Assert.DoesNotContain(Item(number).Departments, d => d.Lead);
    }

    [Fact]
    public void Paths_follow_the_実施方針_headings_above_the_tables()
    {
        Assert.Equal(["実施方針1 健全な財政基盤の確立", "実施方針(1) 歳出の抑制"], Item("3").Path.Select(p => p.ToString()));
        Assert.Equal(["実施方針1 健全な財政基盤の確立", "実施方針(2) 歳入の確保"], Item("4").Path.Select(p => p.ToString()));
        Assert.Equal(new PathSegment("実施方針", "2", "効果的・効率的な行政運営"), Assert.Single(Item("7").Path));
        Assert.Equal(new PathSegment("実施方針", "2", "効果的・効率的な行政運営"), Assert.Single(Item("13").Path));
        Assert.Equal(new PathSegment("実施方針", "3", "人材育成と組織力の向上"), Assert.Single(Item("14").Path));
    }

    [Theory]
    [InlineData("1", "100%", "○普通建設事業費15億円以内の計画に対し、実績は約9億円。(※)")]
    [InlineData("5", "70%", "○寄附金額8億円との計画に対し、実績は5.59億円。(※)")]
    [InlineData("10", "67%", "○マイナンバーカード普及率100%との目標に対し、実績は67.27%。(※)")]
    [InlineData("15", "46%", "○年次有給休暇の平均取得日数12日以上との計画に対し、実績は10,93日（※）")]
    public void R4_has_its_result_and_年度計画達成度(string number, string grade, string resultLine)
    {
        var r4 = Item(number).Years.Single(y => y.Year == FiscalYear.Parse("R4"));
        Assert.Equal(grade, r4.Evaluation);
        Assert.Contains(resultLine, r4.Result!.Split('\n'));
        Assert.Null(r4.Plan);
    }

    [Fact]
    public void A_dash_達成度_is_kept_as_printed()
    {
        // line 308: the column's own mark for a year given no rate is what the row says (and no figure).
        var r4 = Item("16").Years.Single(y => y.Year == FiscalYear.Parse("R4"));
        Assert.Equal("○定年引上げを踏まえた新規採用の検討", r4.Result);
        Assert.Equal("—", r4.Evaluation);
    }

    [Fact]
    public void R5_and_R6_plans_are_kept_paragraph_by_paragraph()
    {
        var no5 = Item("5");
        Assert.Equal(["R4", "R5", "R6"], no5.Years.Select(y => y.Year.ToString()));
        Assert.Equal("○返礼品数(900品)\n○寄附金額(8億円)\n○返礼品取扱事業者学習会の開催",
            no5.Years.Single(y => y.Year == FiscalYear.Parse("R5")).Plan);
        var r6 = no5.Years.Single(y => y.Year == FiscalYear.Parse("R6"));
        Assert.StartsWith("○返礼品数(1,000品)\n○寄附金額(10億円)\n", r6.Plan);
        Assert.Null(r6.Result);
        Assert.Equal("○定年引上げの影響を踏まえた定員管理の構築\n○社会人枠の採用、会計年度任用職員を含めた定員管理の検討",
            Item("16").Years.Single(y => y.Year == FiscalYear.Parse("R6")).Plan);
    }

    [Fact]
    public void 現状課題_and_目標_lose_their_HTML_but_keep_every_paragraph()
    {
        var no6 = Item("6");
        Assert.Equal(
            "○令和6年度まで適用期限が延長され、制度の大幅な改善がされた企業版ふるさと納税は、地方自治体の地方創生に係る事業の新たな財源確保手段として期待されている。\n" +
            "○トップセールス、民間企業との連携等により、市へ寄附していただく企業を開拓していく必要がある。",
            no6.Section("現状・課題"));
        Assert.Equal("○令和6年度までに企業版ふるさと納税額累計500万円 【税額控除特例措置適用期限 令和6年度】", no6.Section("目標"));
        Assert.Equal("○老朽化した施設の更新や国土強靱化対策などの財政需要が見込まれるため、効果・効率性を踏まえた優先順位をつけることで、財政負担の平準化を図る。\n" +
            "○普通建設事業費を5年間総額75億円以内とする。ただし、財政上有利な地方債が活用できる事業などについては、実施の可否について十分な精査の上で別途判断する。",
            Item("1").Section("目標"));
        var r4 = Item("11").Years.Single(y => y.Year == FiscalYear.Parse("R4")).Result!;
        Assert.Contains("○SNS…LINEのメニューへのチャットボット設置、年度末フォロワー数8,000との計画に対し、実績は8,104。(※)", r4);
        foreach (var item in Doc.Items)
        {
            Assert.All(item.Sections, s => Assert.DoesNotContain('<', s.Text));
            Assert.All(item.Years, y => Assert.DoesNotContain('<', (y.Plan ?? "") + y.Result));
        }
    }

    [Fact]
    public void Bracketed_yearly_figures_become_indicators_as_printed()
    {
        var gifts = Item("5").Indicators.Single(i => i.Name == "返礼品数");
        Assert.Equal(["R4 700品", "R5 900品", "R6 1,000品"], gifts.Targets.Select(t => $"{t.Year} {t.Value}"));
        Assert.Equal(["R4 831品"], gifts.Actuals.Select(t => $"{t.Year} {t.Value}"));
        var amount = Item("5").Indicators.Single(i => i.Name == "寄附金額");
        Assert.Equal(["R4 8億円", "R5 8億円", "R6 10億円"], amount.Targets.Select(t => $"{t.Year} {t.Value}"));
        Assert.Equal("5.59億円", Assert.Single(amount.Actuals).Value);
        Assert.Equal(["R5 10件", "R6 10件"], Assert.Single(Item("12").Indicators).Targets.Select(t => $"{t.Year} {t.Value}"));
        // Figures inside longer sentences are not guessed at: they stay in the plan texts.
        Assert.Empty(Item("1").Indicators);
        Assert.Empty(Item("15").Indicators);
    }

    [Fact]
    public void A_bracketed_label_stays_with_its_paragraph()
    {
        var lines = Item("10").Section("現状・課題")!.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("(普及) OR2年度末のマイナンバーカード普及率25.80%。", lines[0]);
        Assert.StartsWith("(活用) ○マイナポイントを活用した", lines[1]);
    }

    [Fact]
    public void Plan_wide_sections_carry_the_documents_headings()
    {
        var sections = Doc.Sections.ToDictionary(s => s.Label);
        Assert.Equal("本計画は、令和4年度から令和8年度までの5か年を計画期間とします。", sections["計画期間"].Text);
        Assert.StartsWith("本計画の推進に当たっては、市長を本部長とした行政改革推進本部を主体として", sections["推進体制"].Text);
        Assert.StartsWith("小郡市行政経営行動計画は、第6次小郡市総合振興計画の将来像である", sections["計画の目的"].Text);
        Assert.Contains("平成 29 年 小郡市行政経営アクションプラン", sections["これまでの経過"].Text.Split('\n'));
        Assert.Contains("「組織の自律経営に向けた体制」の構築が求められています。", sections["地方自治体を取り巻く環境"].Text);
        Assert.StartsWith("新たな時代を見据え、多様な財政需要にも柔軟に対応できる", sections["健全な財政基盤の確立"].Text);
        Assert.StartsWith("市民ニーズの多様化が進む中、", sections["効果的・効率的な行政運営"].Text);
        Assert.StartsWith("人事評価制度の活用や職員研修の充実などによる人材育成", sections["人材育成と組織力の向上"].Text);
        Assert.Equal(new LineRange(106, 106), sections["計画期間"].Lines);
        // Each chapter is also one section, its headings included.
        Assert.Equal(new LineRange(64, 90), sections["計画策定の背景"].Lines);
        Assert.Contains("3 計画の必要性", sections["計画策定の背景"].Text.Split('\n'));
        var policies = sections["実施方針"].Text.Split('\n');
        Assert.StartsWith("本計画の目的を達成していくために", policies[0]);
        Assert.Equal(["1 健全な財政基盤の確立", "(1) 歳出の抑制", "(2) 歳入の確保", "2 効果的・効率的な行政運営", "3 人材育成と組織力の向上"],
            policies.Where(l => OgoriHeading.Parse(l, 0) is not null));
        Assert.Single(Doc.Definitions, d => d.Term == "行政運営リテラシー");
        // Page headers and the item part's headings are not plan-wide text.
        Assert.DoesNotContain(Doc.Sections, s => s.Text.Contains("実施項目 令和4年度実績"));
    }

    [Fact]
    public void The_plan_it_succeeds_is_named_as_printed()
    {
        var previous = Doc.Sections.Single(s => s.Label == "前計画");
        Assert.Equal("小郡市行政経営アクションプラン", previous.Text);
        Assert.Equal(LineRange.At(90), previous.Lines);
    }

    [Fact]
    public void Definitions_come_from_plan_text_and_from_cells()
    {
        var literacy = Doc.Definitions.Single(d => d.Term == "行政運営リテラシー");
        Assert.Equal("行財政運営について正しく読み解き、理解する力", literacy.Text);
        Assert.Equal(LineRange.At(138), literacy.Lines);
        Assert.Null(literacy.ItemNumber);
        var logic = Doc.Definitions.Single(d => d.Term == "ロジックモデル");
        Assert.StartsWith("政策の実施により、その目的が達成されるまでの論理的な因果関係を明示したもの", logic.Text);
        Assert.Equal("7", logic.ItemNumber);
    }

    [Fact]
    public void A_truncated_copy_reads_what_is_there_and_says_what_is_missing()
    {
        var source = Seeds.Text("004");
        // Cut in the middle of No.10's 目標 row.
        var cut = string.Join("\n", source.Lines.Take(243)) + "\n" + source.Line(244)[..30];
        var doc = new OgoriReader().Read(new SourceText("cut.txt", cut), new List<ReadWarning>());
        Assert.Equal(Enumerable.Range(1, 10).Select(n => n.ToString()), doc.Items.Select(i => i.Number));
        Assert.StartsWith("○マイナンバーカード", doc.Items[^1].Section("目標"));
        Assert.Empty(doc.Items[^1].Years);
        Assert.Contains(doc.Warnings, w => w.File == "cut.txt" && w.Line == 241 && w.Message.Contains("No.10") && w.Message.Contains("year rows"));
    }

    [Fact]
    public void A_garbled_copy_reads_without_exception_and_reports_lines()
    {
        var lines = Seeds.Text("004").Lines.ToArray();
        lines[190] = lines[190].Replace("No.5", "No.?");                       // line 191: No.5's header
        lines[231] = lines[231].Replace("| 担当課 | 経営戦略課 |", "");          // line 232: No.9 loses its 担当課
        lines[234] = "| ??? | 文字化け | |";                                      // line 235: No.9's 目標 row replaced
        var warnings = new List<ReadWarning>();
        var doc = new OgoriReader().Read(new SourceText("garbled.txt", string.Join("\n", lines)), warnings);

        Assert.Equal(16, doc.Items.Count);
        Assert.Contains(warnings, w => w.Line == 191 && w.Message.Contains("項目番号"));
        Assert.Contains(warnings, w => w.Line == 232 && w.Message.Contains("No.9") && w.Message.Contains("担当課"));
        Assert.Contains(warnings, w => w.Line == 235 && w.Message.Contains("unrecognised row"));
        Assert.Contains(warnings, w => w.Message.Contains("no 目標 row"));
        var unnumbered = doc.Items.Single(i => i.Number is null);
        Assert.Equal("ふるさと納税の推進", unnumbered.Title);
        Assert.Equal("L191", unnumbered.Key);
        Assert.Equal(doc.Items.Count, doc.Items.Select(i => i.Key).Distinct().Count());
    }

    private const string Damage = "|\n\t○<>※-";

    [Fact]
    public void Any_damage_reads_without_exception()
    {
        var text = Seeds.Text("004").Text;
        var random = new Random(4);
        for (var round = 0; round < 10; round++)
        {
            var chars = text.ToCharArray();
            for (var k = 0; k < 200; k++) chars[random.Next(chars.Length)] = Damage[random.Next(Damage.Length)];
            var damaged = new SourceText("damaged.txt", new string(chars)[..random.Next(chars.Length)]);
            new OgoriReader().Read(damaged, new List<ReadWarning>());
            new OgoriReader().Recognize(damaged);
        }
    }
}

public class MarkdownTableTests
{
    [Fact]
    public void Rows_keep_their_lines_and_lose_the_separator()
    {
        var text = new SourceText("t.md", "前文\n| a | b |\n|---|:-:|\n| 1 | 2\n\n| x |\n");
        var tables = MarkdownTable.ReadAll(text);
        Assert.Equal(2, tables.Count);
        Assert.Equal(new LineRange(2, 4), tables[0].Lines);
        Assert.Equal([2, 4], tables[0].Rows.Select(r => r.Line));
        Assert.Equal(["1", "2"], tables[0].Rows[1].Cells);
        Assert.Equal("", tables[0].Rows[1].Cell(5));
    }

    [Fact]
    public void Cell_text_drops_tags_and_splits_bullets()
    {
        Assert.Equal("○A\n○B <C>", CellText.Clean("<p>○A</p> <p>○B &lt;C&gt;</p>"));
        Assert.Equal("○X、○Y\n○Z", CellText.Clean("○X、○Y <u>○Z</u>"));
    }
}
