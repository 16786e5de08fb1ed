using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Reading.Layouts.Structured;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// A workbook saved as tab-separated text (eval/extra11's 芽室町 prints one; this one is our own, with other labels,
/// numbering and column order): quoted cells wrapped over lines, an item sheet whose 取組項目 column names the level
/// above the 事業名, and an indicator sheet keyed by 取組番号 with its own 指標番号, 単位 and 基準年度 columns.
/// </summary>
public class TabSheetTests
{
    private const string Sheet = """"
第３次架空町行財政改革実施計画　進捗状況一覧（令和５年度）
計画期間：令和４年度～令和８年度

■表1　実施計画
取組番号	基本方針	取組項目	事業名	担当部署	事業概要	R4	R5	R6	R5進捗
1-(1)-①	1 住民サービスの向上	(1) 窓口の改善	"書かない窓口の
導入"	市民課	申請書を職員が聞き取って作成する	検討	試行	導入	順調
1-(1)-②	1 住民サービスの向上	(1) 窓口の改善	キャッシュレス決済の拡大	"会計課
市民課"	"窓口手数料に
電子決済を広げる"	導入	→	→	遅れ
2-(1)-①	2 持続可能な財政	(1) 収入の確保	遊休地の売却	管財課	売却を進める	実施	→	→	概ね順調

■表2　成果指標
指標番号	取組番号	成果指標	単位	基準値	基準年度	R5実績	R8目標
1	1-(1)-①	書かない窓口の対象手続数	件	0	R3	12	40
2	1-(1)-②	電子決済の利用率	％	8.5	R3	21.0	50.0
3	1-(1)-②	電子決済の導入窓口数	窓口	1	R3	4	"10
（全窓口）"
"""";

    private static PlanDocument Load() => new PlanLoader().Load(new SourceText("sheet.tsv.txt", Sheet));

    [Fact]
    public void A_quoted_cell_wrapped_over_lines_stays_in_its_row()
    {
        var items = Load().Items;
        Assert.Equal(["1-(1)-①", "1-(1)-②", "2-(1)-①"], items.Select(i => i.Number));
        Assert.Equal("書かない窓口の導入", items[0].Title);
        Assert.Equal("市民課", Assert.Single(items[0].Departments).Name);
        Assert.Equal(["会計課", "市民課"], items[1].Departments.Select(d => d.Name));
        Assert.Equal("遅れ", items[1].Years.Single(y => y.Year.Year == 2023).Evaluation);
    }

    [Fact]
    public void Lines_without_an_open_quote_stay_as_printed()
    {
        var text = new SourceText("t.txt", "区分\t\"R5\"\t内容\n歳入\t100\t\"閉じない引用");
        Assert.Same(text, TabSheets.Rejoin(text));
    }

    [Fact]
    public void Title_columns_read_outermost_first_as_levels_above_the_item()
    {
        var item = Load().Items[2];
        Assert.Equal("遊休地の売却", item.Title);
        Assert.Equal([("基本方針", "2", "持続可能な財政"), ("取組項目", "(1)", "収入の確保")], item.Path.Select(p => (p.Level, p.Number, p.Title)));
    }

    [Fact]
    public void Indicator_rows_give_their_item_each_indicator_with_unit_and_baseline_year()
    {
        var items = Load().Items;
        var one = Assert.Single(items[0].Indicators);
        Assert.Equal(("書かない窓口の対象手続数", "0件（R3）", "12件", "40件"), (one.Name, one.Baseline, one.Actuals.Single().Value, one.Targets.Single().Value));
        // Two indicators of one item: each keeps its own figures; a target with words of its own stays as printed.
        Assert.Equal(["電子決済の利用率", "電子決済の導入窓口数"], items[1].Indicators.Select(i => i.Name));
        Assert.Equal(["21.0％", "4窓口"], items[1].Indicators.Select(i => i.Actuals.Single().Value));
        Assert.Equal("10（全窓口）", items[1].Indicators[1].Targets.Single().Value);
        // 指標番号 numbers the indicator: it names none and is no item number.
        Assert.DoesNotContain(items, i => i.Number is "1" or "2" or "3");
    }
}
