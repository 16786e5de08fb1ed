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
    public void No_municipality_when_none_stands_out()
    {
        Assert.Null(Load("行政改革推進計画\n本市の取組\n").Municipality);
        Assert.Equal("北九州市", Load("第2次北九州市行財政改革推進計画\n").Municipality);
    }
}
