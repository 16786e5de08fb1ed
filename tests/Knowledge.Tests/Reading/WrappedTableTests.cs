using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// A progress report's item table as extraction prints it: tab-separated rows whose long cells wrap onto the
/// following lines (a line without tabs, or one with fewer tabs, carries on the cell), and a page of the same
/// table printed one cell per line with cells broken over two lines. Tabs are written ⇥ here to be seen.
/// </summary>
public class WrappedTableTests
{
    private static PlanDocument Load(string text) => new PlanLoader().Load(new SourceText("report.txt", text.Replace("⇥", "\t")));

    private const string TabPage = """
        東浜町行政改革の取組状況
        （令和６年度実績）
        本報告書は、「東浜町行政改革推進計画（令和５年度～令和８年度）」に掲げる取組項目につい
        て、令和６年度の実績をとりまとめたものです。
        No.⇥取組項目⇥担当課⇥令和６年度の計画⇥令和６年度の実績⇥評価⇥効果額(千円)
        1⇥電子申請の拡充⇥情報課⇥対象手続の拡大⇥対象手続を40に拡大。申請件数は
        年間3,100件（前年度比
        1.4倍）。⇥Ａ⇥―
        2⇥相談窓口の集約⇥住民課
        福祉課⇥集約方針の決定⇥検討会議を開催したが、方針決定
        には至らなかった。⇥Ｃ⇥―
        3⇥補助金の見直し⇥財政課⇥補助金の整理⇥５件を廃止。⇥Ｂ⇥1,200
        4. 効果額の内訳
        区分⇥金額(千円)
        歳出削減⇥1,200
        合計⇥1,200
        """;

    [Fact]
    public void A_tab_row_wrapped_over_lines_is_one_item_with_every_cell()
    {
        var doc = Load(TabPage);
        Assert.Equal(["1", "2", "3"], doc.Items.Select(i => i.Number));
        var one = doc.Items[0].Years.Single();
        Assert.Equal(new FiscalYear(2024), one.Year);
        Assert.Equal("対象手続を40に拡大。申請件数は\n年間3,100件（前年度比\n1.4倍）。", one.Result);
        Assert.Equal("Ａ", one.Evaluation);
        // A line with fewer tabs carries on the cell it broke in, then opens the next cells.
        var two = doc.Items[1];
        Assert.Equal(["住民課", "福祉課"], two.Departments.Select(d => d.Name));
        Assert.Equal(("集約方針の決定", "Ｃ"), (two.Years.Single().Plan, two.Years.Single().Evaluation));
        Assert.Equal(new LineRange(9, 11), two.Lines);
        Assert.Equal("1,200", doc.Items[2].Section("効果額(千円)"));
    }

    [Fact]
    public void The_title_is_the_reports_line_not_a_sentence_quoting_the_plan()
    {
        var doc = Load(TabPage);
        Assert.Equal("東浜町行政改革の取組状況", doc.Title);
        Assert.Equal(PlanKind.ProgressReport, doc.Kind);
    }

    [Fact]
    public void Wrapped_rows_make_no_tables_of_their_own_and_a_two_column_amount_table_is_read()
    {
        var doc = Load(TabPage);
        var table = Assert.Single(doc.Tables);
        Assert.Equal(["金額(千円)"], table.Columns);
        Assert.Equal(("合計", "1,200"), (table.Rows[^1].Label, table.Rows[^1].Cells[0]));
    }

    [Fact]
    public void Cell_lines_broken_in_a_bracket_after_a_particle_or_between_sentences_join_their_own_cell()
    {
        var doc = Load("""
            南浦市行政改革の取組状況
            No.
            取組項目
            担当課
            令和６年度の計画
            令和６年度の実績
            評価
            11
            時間外勤務の縮減
            人事課
            前年度比5%削減
            前年度比6.0%削減（年間総時間
            20,100時間）。
            Ａ
            12
            職員研修の充実
            人事課
            受講率 90%
            受講率 93.0%。
            オンライン研修を導入。
            Ｂ
            13
            窓口業務の委託
            市民課
            委託範囲の検討
            国の動向を見極めるため、検討を
            見合わせた。
            Ｄ
            5. 今後の方向性
            評価がＤとなった取組は見直します。
            """);
        Assert.Equal(["11", "12", "13"], doc.Items.Select(i => i.Number));
        var years = doc.Items.Select(i => i.Years.Single()).ToList();
        Assert.Equal(("前年度比5%削減", "前年度比6.0%削減（年間総時間20,100時間）。"), (years[0].Plan, years[0].Result));
        Assert.Equal(("受講率 90%", "受講率 93.0%。オンライン研修を導入。"), (years[1].Plan, years[1].Result));
        Assert.Equal(("委託範囲の検討", "国の動向を見極めるため、検討を見合わせた。", "Ｄ"), (years[2].Plan, years[2].Result, years[2].Evaluation));
        // The chapter after the table is no cell of its last row.
        Assert.DoesNotContain(doc.Items[2].Sections, s => s.Text.Contains("今後"));
    }
}
