using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Reading.Layouts.Structured;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>The reader for unknown layouts: what it finds in small texts of several layouts, and what it leaves alone.</summary>
public class StructuredReaderTests
{
    private static PlanDocument Load(string text, string file = "plan.txt") => new PlanLoader().Load(new SourceText(file, text));

    [Fact]
    public void Every_seed_still_goes_to_its_own_reader()
    {
        var structured = new StructuredReader();
        foreach (var doc in Seeds.Documents)
        {
            var text = Seeds.Text(doc.File[..3]);
            var own = new PlanLoader().Choose(text);
            Assert.NotEqual(structured.Layout, own.Layout);
            Assert.True(structured.Recognize(text) < own.Recognize(text), $"{doc.File}: structured scores as high as {own.Layout}");
        }
    }

    [Fact]
    public void A_table_printed_column_by_column_is_read_row_by_row()
    {
        // pdftotext without -layout: the number column, then each column's header and cells in row order. A cell
        // too wide for its column breaks over two lines (担当部 / 署); a schedule table repeating the numbers and
        // titles adds its years to the same items.
        var doc = Load("""
            北野町行政改革推進計画
            （計画期間：令和６年度～令和９年度）

            ３ 取組一覧
            番号
            1
            2
            3
            取組項目
            窓口のオンライン予約
            公共施設の長寿命化（個別
            計画）
            ふるさと納税の推進
            担当課
            住民課
            施設管理課
            企画課
            目標指標
            予約件数（年間）
            延床面積
            寄附額
            現状値
            （R5）
            120件
            48,000㎡
            2.1億円
            令和９年度
            目標
            600件
            45,500㎡
            3.0億円

            ４ 年次計画
            番号
            1
            2
            3
            取組項目
            窓口のオンライン予約
            公共施設の長寿命化（個別計画）
            ふるさと納税の推進
            令和６年度
            システム導入
            計画改訂
            返礼品拡充
            令和７年度
            運用開始
            →
            →
            """);
        Assert.Equal(["1", "2", "3"], doc.Items.Select(i => i.Number));
        var facilities = doc.Items[1];
        Assert.Equal("公共施設の長寿命化（個別計画）", facilities.Title);
        Assert.Equal("施設管理課", Assert.Single(facilities.Departments).Name);
        var indicator = Assert.Single(facilities.Indicators);
        Assert.Equal("48,000㎡", indicator.BaselineValue);
        Assert.Contains(indicator.Targets, t => t.Year == FiscalYear.Parse("R9") && t.Value == "45,500㎡");
        Assert.Contains(facilities.Years, y => y.Year == FiscalYear.Parse("R6") && y.Plan == "計画改訂");
    }

    [Fact]
    public void A_title_that_ends_in_its_number_numbers_the_item()
    {
        // ア 窓口改革〔No.4〕: the kana orders the item under its 施策; the bracketed No. is its number. A sentence
        // citing items (…の推進（No.5）、…) and the outline's ranges (No.4～No.5) open no item.
        var doc = Load("""
            西山市行財政改革プラン
            （計画期間：令和６年度～令和１０年度）

            １ 市民サービスの向上	（１）窓口の改善	No.4～No.5

            第３章 具体的な取組

            （１）窓口の改善

            ア 書かない窓口の導入（No.4）
            【所管課】市民課
            【取組内容】申請書の記入を不要にする。
            【評価】Ａ

            イ 証明書のコンビニ交付〔No.5〕
            【所管課】市民課（主）、情報政策課
            【取組内容】交付できる証明書を増やす。
            【評価】Ｃ

            効果額の主なもの：書かない窓口の導入（No.4）、証明書のコンビニ交付（No.5）
            """);
        Assert.Equal(["4", "5"], doc.Items.Select(i => i.Number));
        Assert.Equal("書かない窓口の導入", doc.Items[0].Title);
        Assert.Equal(2, doc.Items[1].Departments.Count);
        Assert.StartsWith("市民課", doc.Items[1].Departments[0].Name);
    }

    [Fact]
    public void Markdown_page_numbers_items_by_pillar_and_prints_labels_bold()
    {
        // A web page converted to Markdown: 取組2-1 is one number (not item 2 titled "1 …"), and **評価** is a label.
        var doc = Load("""
            # 北原市行政改革推進計画 令和6年度の取組状況

            計画期間は令和5年度から令和9年度までです。

            ## 1 暮らしの手続

            ### 取組1-1 電子申請の拡大

            | 担当課 | 情報政策課 |
            | --- | --- |
            | 取組内容 | 電子申請の対象手続を増やす。 |

            **令和6年度の取組実績**
            対象手続を30件追加した。

            **評価** B（達成率91.0％）

            ### 取組1-2 窓口の予約制

            | 担当課 | 市民課 |
            | --- | --- |
            | 取組内容 | 窓口を予約制にする。 |

            **令和6年度の取組実績**
            予約制を試行した。

            **評価** A（達成率104.0％）

            ## 2 組織の運営

            ### 取組2-1 会議の削減

            | 担当課 | 総務課 |
            | --- | --- |
            | 取組内容 | 定例会議を見直す。 |

            **令和6年度の取組実績**
            定例会議を2件廃止した。

            **評価** C（達成率60.0％）
            """);
        Assert.Equal(["1-1", "1-2", "2-1"], doc.Items.Select(i => i.Number));
        Assert.Equal(["電子申請の拡大", "窓口の予約制", "会議の削減"], doc.Items.Select(i => i.Title));
        Assert.Equal("市民課", Assert.Single(doc.Items[1].Departments).Name);
        Assert.Equal(["B", "A", "C"], doc.Items.Select(i => i.Years.Select(y => y.Evaluation).FirstOrDefault(e => e is not null)?[..1]));
    }

    [Fact]
    public void Numbered_blocks_with_labelled_lines_are_items_and_chapters_are_not()
    {
        var doc = Load("""
            第２次南原市行政改革実施計画
            １ 計画期間
            令和４（２０２２）年度～令和８（２０２６）年度
            ２ 取組項目
            基本方針Ⅰ 効率的な行政運営
            Ｎｏ．１２　電子決裁の導入
            担当課：総務課、(主)デジタル推進課
            令和５年度実績：電子決裁率 45％
            評価：Ｂ
            Ｎｏ．１３　公用車の削減
            担当課：管財課
            Ｒ６目標：40台
            ３ 推進体制
            行政改革推進本部で管理する。
            """);
        Assert.Equal("structured", doc.Layout);
        Assert.Equal("南原市", doc.Municipality);
        Assert.Equal(new FiscalPeriod(new FiscalYear(2022), new FiscalYear(2026)), doc.Period);
        Assert.Equal(["12", "13"], doc.Items.Select(i => i.Number));
        var first = doc.Items[0];
        Assert.Equal("電子決裁の導入", first.Title);
        Assert.Equal("Ｎｏ．１２", first.PrintedNumber);
        Assert.Equal([new Department("総務課"), new Department("デジタル推進課", Lead: true)], first.Departments);
        var r5 = Assert.Single(first.Years);
        Assert.Equal((new FiscalYear(2023), "電子決裁率 45％", "Ｂ"), (r5.Year, r5.Result, r5.Evaluation));
        Assert.Equal("効率的な行政運営", Assert.Single(first.Path).Title);
        // The block ends at the next chapter: 推進体制 is no part of item 13.
        Assert.Equal(new YearValue(new FiscalYear(2024), "40台"), Assert.Single(Assert.Single(doc.Items[1].Indicators).Targets));
        Assert.True(doc.Items[1].Lines.End < 14);
        Assert.Contains(doc.Sections, s => s.Label == "推進体制" && s.Text.Contains("推進本部"));
    }

    [Fact]
    public void A_table_row_per_item_is_mapped_by_its_header()
    {
        var doc = Load("南町行革プラン\t\n計画期間 R5～R9\n\n番号\t取組項目\t担当課\tR5実績\tR5評価\tR6\tR7\n1\t窓口改善\t住民課\t待ち時間 15分\tA\t拡充\t→\n2\t公用車削減\t総務課\t-\t\t検討\t実施\n");
        Assert.Equal(2, doc.Items.Count);
        var one = doc.Items[0];
        Assert.Equal(("1", "窓口改善", "住民課"), (one.Number, one.Title, one.Departments.Single().Name));
        var r5 = one.Years.Single(y => y.Year == new FiscalYear(2023));
        Assert.Equal(("待ち時間 15分", "A"), (r5.Result, r5.Evaluation));
        // → continues the year before; the printed arrow is kept beside it.
        var r7 = one.Years.Single(y => y.Year == new FiscalYear(2025));
        Assert.Equal(("拡充", "→"), (r7.Plan, r7.PrintedPlan));
        // A dash is an empty cell, not a result.
        Assert.DoesNotContain(doc.Items[1].Years, y => y.Result is not null);
    }

    [Fact]
    public void A_grade_without_a_year_is_tied_only_to_the_single_year_of_results()
    {
        var doc = Load("""
            東山村改革計画
            No.1 窓口改善
            担当課：住民課
            令和4年度実績：試行
            令和5年度実績：本格実施
            評価：A
            No.2 事務改善
            担当課：総務課
            令和5年度実績：要綱改正
            評価：B
            """);
        Assert.All(doc.Items[0].Years, y => Assert.Null(y.Evaluation));
        Assert.Equal("A", doc.Items[0].Section("評価"));
        Assert.Equal("B", Assert.Single(doc.Items[1].Years).Evaluation);
    }

    [Fact]
    public void Label_and_value_tables_are_items()
    {
        var doc = Load("# 西原市 行政経営計画\n\n| 取組番号 | 1 |\n|---|---|\n| 取組名 | 窓口改善 |\n| 所管課 | 市民課 |\n\n| 取組番号 | 2 |\n|---|---|\n| 取組名 | 事務改善 |\n| 所管課 | 総務課<br>人事課 |\n", "plan.md");
        Assert.Equal(["窓口改善", "事務改善"], doc.Items.Select(i => i.Title));
        Assert.Equal(["総務課", "人事課"], doc.Items[1].Departments.Select(d => d.Name));
    }

    [Fact]
    public void Several_label_value_pairs_on_one_row()
    {
        var doc = Load("""
            # 東野市 改革実行計画
            | 取組番号 | 1 | 取組名 | 窓口改善 | 所管課 | 市民課 |
            |---|---|---|---|---|---|
            | 現状 | 待ち時間が長い | | | | |
            | 年度別の実績 | | | | | 評価 |
            | R5実績 | 受付を委託した | | | | A |

            | 取組番号 | 2 | 取組名 | 事務改善 | 所管課 | 総務課 |
            |---|---|---|---|---|---|
            | 現状 | 紙の決裁が多い | | | | |
            """, "plan.md");
        Assert.Equal(["窓口改善", "事務改善"], doc.Items.Select(i => i.Title));
        Assert.Equal(("1", "市民課"), (doc.Items[0].Number, doc.Items[0].Departments.Single().Name));
        Assert.Equal("待ち時間が長い", doc.Items[0].Section("現状"));
        Assert.StartsWith("受付を委託した", Assert.Single(doc.Items[0].Years).Result);
    }

    /// <summary>A dedicated reader that claims a look-alike text but finds none of its items.</summary>
    private sealed class LookAlikeReader : IPlanReader
    {
        public string Layout => "look-alike";
        public double Recognize(SourceText text) => 0.9;
        public PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings) =>
            new(text.FileName, null, "?", PlanKind.Plan, Layout, null, [], [], [], [], [], []);
    }

    [Fact]
    public void A_dedicated_reader_that_finds_no_items_gives_way_to_the_structure()
    {
        var loader = new PlanLoader([new LookAlikeReader(), new StructuredReader()]);
        var doc = loader.Load(new SourceText("plan.txt", "西町改革計画\nNo.1 窓口改善\n担当課：住民課\nNo.2 事務改善\n担当課：総務課\n"));
        Assert.Equal("structured", doc.Layout);
        Assert.Equal(["住民課", "総務課"], doc.Items.Select(i => i.Departments.Single().Name));
        Assert.Contains(doc.Warnings, w => w.Message.Contains("look-alike"));
    }

    [Fact]
    public void Prose_under_numbered_headings_is_no_item()
    {
        var doc = Load("北町の取組\n\n1 窓口\n窓口のデジタル化を進めた。\n\n2 研修\n職員研修を12回実施した。\n");
        Assert.Equal("generic", doc.Layout);
        Assert.Empty(doc.Items);
        Assert.Contains(doc.Passages, p => p.Text.Contains("12回"));
    }

    [Theory]
    [InlineData("計画期間：令和4年度～令和8年度", 2022, 2026)]
    [InlineData("計画期間 R4～R8", 2022, 2026)]
    [InlineData("本計画の期間は2022年度から2026年度までとします。", 2022, 2026)]
    [InlineData("計画期間は令和4年度から8年度までの5年間", 2022, 2026)]
    [InlineData("計画期間\n令和３（２０２１）年度から令和７（２０２５）年度まで", 2021, 2025)]
    public void The_period_in_its_usual_forms(string line, int start, int end)
    {
        var doc = Load("東町行政改革大綱\n" + line + "\n");
        Assert.Equal(new FiscalPeriod(new FiscalYear(start), new FiscalYear(end)), doc.Period);
    }

    [Fact]
    public void An_items_own_period_is_not_the_plans()
    {
        var doc = Load("東町行政改革大綱\n取組期間 令和5年度～令和6年度\n計画期間 令和4年度～令和8年度\n");
        Assert.Equal(new FiscalPeriod(new FiscalYear(2022), new FiscalYear(2026)), doc.Period);
    }

    [Fact]
    public void The_period_chapter_wins_over_another_plans_period_named_in_passing()
    {
        var doc = Load("東町行政改革実施計画\n本町では「第３次東町行政改革大綱」（計画期間：令和４年度～令和１３年度）を策定しました。\n\n### ２　計画期間\n\n令和５年度から令和７年度までの３年間とします。\n");
        Assert.Equal(new FiscalPeriod(new FiscalYear(2023), new FiscalYear(2025)), doc.Period);
    }

    [Fact]
    public void A_report_line_with_its_unit_in_brackets_and_its_grade_is_an_item()
    {
        var doc = Load("""
            東町行財政改革プラン　令和５年度取組状況報告書

            （１）事務の見直し

            　①　窓口の一元化　［市民課］　　評価：○
            　　総合窓口を開設し、手続の７割を１か所で受け付けた。

            　②　公用車の削減　［管財課］　　評価：△
            　　削減目標１０台に対し、削減は４台にとどまった。
            """);
        Assert.Equal(2, doc.Items.Count);
        var first = doc.Items[0];
        Assert.Equal("窓口の一元化", first.Title);
        Assert.Equal("市民課", Assert.Single(first.Departments).Name);
        Assert.Equal("○", first.Section("評価"));
        Assert.Contains("４台", doc.Items[1].Section("内容"));
        Assert.Equal("△", doc.Items[1].Section("評価"));
        // The report is on one year (令和５年度取組状況): the grade and the text are that year's.
        var r5 = Assert.Single(doc.Items[1].Years);
        Assert.Equal(new FiscalYear(2023), r5.Year);
        Assert.Equal("△", r5.Evaluation);
        Assert.Contains("４台", r5.Result);
    }

    [Fact]
    public void No_municipality_when_none_stands_out()
    {
        Assert.Null(Load("行政改革推進計画\n本市の取組\n").Municipality);
        Assert.Equal("北九州市", Load("第2次北九州市行財政改革推進計画\n").Municipality);
    }

    [Fact]
    public void Detailed_sheets_after_a_summary_table_are_the_items_enriched_by_its_rows()
    {
        var doc = Load("""
            第１次北野市行政改革実施計画
            令和６年度から令和８年度までの３年間とします。
            基本目標１　サービスの向上
            基本目標２　財政の健全化
            取組番号	体系番号	取組名	所管課
            １	1-(1)-①	窓口の一元化	市民課
            ２	2-(1)-①	税の収納対策	収納課
            個別取組シート
            【取組番号　１】　1-(1)-①
            取組名：窓口の一元化
            所管課：市民課
            関係課：福祉課
            目標（指標）：ワンストップ対応件数
            　基準値（Ｒ４）：１２件
            　Ｒ６：２０件　　Ｒ７：－　　Ｒ８：４０件
            　（Ｒ７は庁舎改修のため目標値を設定しない。）
            目標（指標）：待ち時間
            　基準値（Ｒ４）：３０分
            　Ｒ６：２５分　　Ｒ７：２０分　　Ｒ８：１５分
            スケジュール：
            　Ｒ６　レイアウトの検討
            　Ｒ７　→
            【取組番号　２】　2-(1)-①
            取組名：税の収納対策
            所管課：収納課
            目標（指標）：収納率
            　基準値（Ｒ４）：９８．１％
            　Ｒ６：９８．３％　　Ｒ７：９８．４％　　Ｒ８：９８．５％
            """);
        Assert.Equal(["1", "2"], doc.Items.Select(i => i.Number));
        var first = doc.Items[0];
        Assert.Equal("窓口の一元化", first.Title);
        Assert.Equal([new Department("市民課", Lead: true), new Department("福祉課")], first.Departments);
        // The path comes from the code's first number, not from whatever heading was printed last.
        Assert.Equal("サービスの向上", Assert.Single(first.Path).Title);
        Assert.Equal("財政の健全化", Assert.Single(doc.Items[1].Path).Title);
        Assert.Equal(2, first.Indicators.Count);
        var count = first.Indicators[0];
        Assert.Equal(("ワンストップ対応件数", "１２件", 2022), (count.Name, count.BaselineValue, count.BaselineYear?.Year));
        // Ｒ７：－ is no target: the year is absent and the remark kept.
        Assert.Equal([(2024, "２０件"), (2026, "４０件")], count.Targets.Select(t => (t.Year.Year, t.Value)));
        Assert.Contains(first.Notes, n => n.Contains("庁舎改修"));
        Assert.Equal("１５分", first.Indicators[1].Targets.Single(t => t.Year.Year == 2026).Value);
        Assert.Equal(("レイアウトの検討", "→"), (first.Years.Single(y => y.Year.Year == 2025).Plan, first.Years.Single(y => y.Year.Year == 2025).PrintedPlan));
    }

    [Fact]
    public void A_row_broken_inside_a_cell_and_a_later_table_of_the_same_numbers()
    {
        var doc = Load("""
            南川市行政改革推進計画　進捗状況（令和５年度）
            番号	取組項目	担当部署	令和５年度実績	達成度	今後の方向性
            1	公用車の削減	管財課	公用車を３台削減
            （目標５台）	C	見直し
            2	電子入札の拡大	契約課	対象を全工事に拡大	A	継続
            | 番号 | 指標名 | 基準値（R2） | R5目標 | R7目標 |
            |---|---|---|---|---|
            | 1 | 公用車台数 | 80台 | 75台 | 70台 |
            """);
        Assert.Equal(["1", "2"], doc.Items.Select(i => i.Number));
        var car = doc.Items[0];
        Assert.Equal("公用車を３台削減\n（目標５台）", car.Years.Single().Result);
        Assert.Equal("C", car.Years.Single().Evaluation);
        Assert.Equal("見直し", car.Section("今後の方向性"));
        var indicator = Assert.Single(car.Indicators);
        Assert.Equal(("公用車台数", "80台"), (indicator.Name, indicator.BaselineValue));
        Assert.Equal(["75台", "70台"], indicator.Targets.Select(t => t.Value));
    }

    [Fact]
    public void Tables_of_figures_and_effect_lines_under_items_are_data_tables()
    {
        var doc = Load("""
            第２次西原町行財政改革大綱
            令和７年度から令和１１年度までの５年間とします。
            ２　財政の状況
            指標	令和３年度	令和４年度
            実質公債費比率	8.4%	8.1%
            重点取組1　使用料の見直し
            料金を改定します。
            担当：企画課
            効果額（千円）	R7	R8	計
            	―	900	900
            重点取組2　施設の集約
            集会所を集約します。
            担当：総務課
            効果額（千円）	R7	R8	計
            	100	200	300
            """);
        var history = doc.Tables.Single(t => t.Title == "財政の状況");
        Assert.Equal(["令和３年度", "令和４年度"], history.Columns);
        Assert.Equal(["8.4%", "8.1%"], history.Rows.Single(r => r.Label == "実質公債費比率").Cells);
        var fee = doc.Tables.Single(t => t.Rows.Any(r => r.Label == "使用料の見直し"));
        Assert.Equal("千円", fee.Unit);
        // ― prints that there is no amount for R7: the cell is empty.
        Assert.Equal([null, "900", "900"], fee.Rows.Single().Cells);
        Assert.Equal(["100", "200", "300"], doc.Tables.Single(t => t.Rows.Any(r => r.Label == "施設の集約")).Rows.Single().Cells);
    }

    [Fact]
    public void A_wrapped_note_is_one_definition()
    {
        var doc = Load("""
            第２次西原町行財政改革大綱
            重点取組1　使用料の見直し
            担当：企画課
            重点取組2　施設の集約
            担当：総務課
            ※１　実質公債費比率：地方債の元利償還金等の標準財政規模に対する
            割合の３か年平均。
            ※効果額は見込みです。
            """);
        var d = Assert.Single(doc.Definitions);
        Assert.Equal(("実質公債費比率", "地方債の元利償還金等の標準財政規模に対する割合の３か年平均。"), (d.Term, d.Text));
    }
}
