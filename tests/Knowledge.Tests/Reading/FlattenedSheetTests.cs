using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// Sheets whose every cell the PDF extraction printed on its own line (label line, then value lines):
/// read into items by the structured reader, with year columns placed by the 年度 row.
/// </summary>
public class FlattenedSheetTests
{
    private static PlanDocument Load(string text, string file = "sheet.txt") => new PlanLoader().Load(new SourceText(file, text));

    private static readonly FiscalYear R5 = new(2023), R6 = new(2024), R7 = new(2025);

    // Two items of a progress sheet; the second leaves its related units empty and its R6 figures blank.
    private const string Sheet = """
        北浜市行政改革推進計画
        進捗管理シート

        項目番号
        １
        取組名
        窓口サービスの向上
        担当課
        市民課
        関係課
        保険年金課、福祉課
        取組概要
        「書かない窓口」を導入し、
        待ち時間を短縮する。
        指標名
        窓口平均待ち時間
        基準値
        ２５分（令和３年度）
        年度
        令和５年度
        令和６年度
        令和７年度
        計画値
        ２０分
        １８分
        １５分
        実績値
        ２１分
        １７分
        達成率
        95.2%
        105.9%
        令和６年度の取組状況
        ・臨時窓口を２か所開設した。
        評価
        Ａ

        項目番号
        ２
        取組名
        公共施設の適正配置
        担当課
        施設管理課
        関係課

        取組概要
        施設の集約化を進める。
        指標名
        延床面積の削減量
        基準値
        －
        年度
        令和５年度
        令和６年度
        令和７年度
        計画値
        －
        ２，５００㎡
        ３，８００㎡
        実績値
        －

        達成率
        －

        令和６年度の取組状況
        ・解体工事が遅れた。
        評価
        －

        ３　評価の集計
        Ａ　１項目
        """;

    [Fact]
    public void Each_label_line_gives_its_value_to_the_item_it_belongs_to()
    {
        var doc = Load(Sheet);
        Assert.Equal("structured", doc.Layout);
        Assert.Equal(["1", "2"], doc.Items.Select(i => i.Number));
        var one = doc.Items[0];
        Assert.Equal(("１", "窓口サービスの向上"), (one.PrintedNumber, one.Title));
        // 担当課 is in charge; 関係課 are only involved.
        Assert.Equal([new Department("市民課", true), new Department("保険年金課"), new Department("福祉課")], one.Departments);
        Assert.Equal("「書かない窓口」を導入し、\n待ち時間を短縮する。", one.Section("取組概要"));
        Assert.Equal("・臨時窓口を２か所開設した。", one.Years.Single(y => y.Year == R6).Result);
        // The item ends at its last label's value: the summary after it is no part of item 2.
        Assert.True(doc.Items[1].Lines.End < Sheet.Split('\n').Length - 2);
        Assert.Equal("・解体工事が遅れた。", doc.Items[1].Years.Single(y => y.Year == R6).Result);
    }

    [Fact]
    public void Figures_under_a_year_row_fall_into_those_years_in_order()
    {
        var one = Load(Sheet).Items[0];
        var indicator = Assert.Single(one.Indicators);
        Assert.Equal("窓口平均待ち時間", indicator.Name);
        Assert.Equal(("２５分（令和３年度）", (FiscalYear?)new FiscalYear(2021), "２５分"), (indicator.Baseline, indicator.BaselineYear, indicator.BaselineValue));
        Assert.Equal([new YearValue(R5, "２０分"), new YearValue(R6, "１８分"), new YearValue(R7, "１５分")], indicator.Targets);
        // 実績値 under an indicator are its actuals, not the year's result text.
        Assert.Equal([new YearValue(R5, "２１分"), new YearValue(R6, "１７分")], indicator.Actuals);
        Assert.Equal("95.2%", one.Years.Single(y => y.Year == R5).Evaluation);
        // The grade of the reported year, beside that year's achievement rate.
        Assert.Equal("Ａ\n105.9%", one.Years.Single(y => y.Year == R6).Evaluation);
    }

    [Fact]
    public void Figures_of_all_years_on_one_line_are_one_a_year()
    {
        var text = Sheet.Replace("計画値\n２０分\n１８分\n１５分", "計画値\n２０分　１８分　１５分");
        var indicator = Load(text).Items[0].Indicators.Single();
        Assert.Equal([new YearValue(R5, "２０分"), new YearValue(R6, "１８分"), new YearValue(R7, "１５分")], indicator.Targets);
    }

    [Fact]
    public void A_label_may_end_with_a_colon()
    {
        var one = Load(Sheet.Replace("担当課\n", "担当課：\n").Replace("取組名\n", "取組名：\n")).Items[0];
        Assert.Equal(("窓口サービスの向上", "市民課"), (one.Title, one.Departments[0].Name));
    }

    [Fact]
    public void Empty_cells_stay_empty()
    {
        var two = Load(Sheet).Items[1];
        Assert.Equal([new Department("施設管理課")], two.Departments);
        var indicator = Assert.Single(two.Indicators);
        Assert.Null(indicator.Baseline);
        Assert.Equal([R6, R7], indicator.Targets.Select(t => t.Year));
        Assert.Empty(indicator.Actuals);
        Assert.All(two.Years, y => Assert.Null(y.Evaluation));
    }

    [Fact]
    public void A_value_that_reads_like_a_label_is_still_a_value()
    {
        // 各施設所管課 reads as a department label, but it stands right under 関係課, which has no value yet,
        // and is not printed in every item as the sheet's labels are.
        var text = Sheet.Replace("関係課\n保険年金課、福祉課", "関係課\n各施設所管課");
        var one = Load(text).Items[0];
        Assert.Contains(new Department("各施設所管課"), one.Departments);
        Assert.Equal("「書かない窓口」を導入し、\n待ち時間を短縮する。", one.Section("取組概要"));
    }

    [Fact]
    public void Prose_with_label_words_on_some_lines_is_no_sheet()
    {
        var doc = Load("""
            南丘町の計画
            担当課
            総務課が全体を取りまとめる。
            目標
            令和７年度までに達成する。
            """);
        Assert.Empty(doc.Items);
    }

    [Fact]
    public void The_progress_sheet_of_extra2_reads_into_its_eight_items()
    {
        var path = Path.Combine(Seeds.Directory, "..", "eval", "extra2", "seeds");
        var file = Directory.EnumerateFiles(path, "008_*").Single();
        var doc = new PlanLoader().Load(SourceText.Load(file));
        Assert.Equal(Enumerable.Range(1, 8).Select(n => n.ToString()), doc.Items.Select(i => i.Number));
        var furusato = doc.Items[3];
        Assert.Equal("ふるさと納税の推進", furusato.Title);
        Assert.Equal(new Department("シティプロモーション課", true), furusato.Departments[0]);
        Assert.Equal("Ｂ\n91.1%", furusato.Years.Single(y => y.Year == R6).Evaluation);
        Assert.Equal(new YearValue(new FiscalYear(2026), "７００，０００千円"), furusato.Indicators.Single().Targets[^1]);
        // 各施設所管課 after 関係課 is a value, and item 6 has no R6 figure.
        var facilities = doc.Items[5];
        Assert.Equal(["公共施設マネジメント推進課", "各施設所管課"], facilities.Departments.Select(d => d.Name));
        Assert.Equal([new YearValue(R5, "１，３５０㎡")], facilities.Indicators.Single().Actuals);
        Assert.Null(facilities.Years.Single(y => y.Year == R6).Evaluation);
    }

    [Fact]
    public void A_table_set_out_with_spaces_is_read_by_its_header()
    {
        // pdftotext -layout: columns stand apart by runs of spaces; a wrapped title goes on under its column.
        var doc = Load("""
            西浜市行財政改革実施計画

            番号   取組                      担当            R5      R6      R7      効果額(千円)
            1-1    市税等の収納対策の強化    税務課          実施    →      →      45,000
            1-2    未利用財産の売却・        財産管理課      準備    実施    →      120,500
                   貸付
            1-3    補助金の整理合理化        財政課                  検討    実施    －

            以上
            """);
        Assert.Equal(["1-1", "1-2", "1-3"], doc.Items.Select(i => i.Number));
        var second = doc.Items[1];
        Assert.Equal(("未利用財産の売却・貸付", "財産管理課"), (second.Title, second.Departments.Single().Name));
        Assert.Equal("120,500", second.Section("効果額(千円)"));
        Assert.Equal([("準備", (string?)null), ("実施", null), ("実施", "→")], second.Years.Select(y => (y.Plan!, y.PrintedPlan)));
        // A cell left empty (R5 of 1-3) is no year of its: the others stay under their own columns.
        var third = doc.Items[2];
        Assert.Equal([(R6, "検討"), (R7, "実施")], third.Years.Select(y => (y.Year, y.Plan!)));
    }

    [Fact]
    public void An_item_page_with_a_header_block_of_labels_side_by_side()
    {
        // pdftotext -layout of a sheet per item: several label/value cells on one line, far apart.
        var doc = Load("""
            東浜市行政改革推進計画 個別取組シート

            取組番号 4        取組項目 ふるさと納税の推進
            担当課 シティプロモーション課        関係課 商工振興課、農林課
            取組概要
            返礼品を充実させ、寄附額の増加を図る。

            取組番号 5        取組項目 市税等の収納率向上
            担当課 収納課        関係課 市民税課
            取組概要
            キャッシュレス納付を拡大する。
            """);
        Assert.Equal(["4", "5"], doc.Items.Select(i => i.Number));
        var first = doc.Items[0];
        Assert.Equal("ふるさと納税の推進", first.Title);
        Assert.Equal([new Department("シティプロモーション課", true), new Department("商工振興課"), new Department("農林課")], first.Departments);
        Assert.Equal("返礼品を充実させ、寄附額の増加を図る。", first.Section("取組概要"));
        Assert.Equal(("市税等の収納率向上", "収納課"), (doc.Items[1].Title, doc.Items[1].Departments[0].Name));
    }
}
