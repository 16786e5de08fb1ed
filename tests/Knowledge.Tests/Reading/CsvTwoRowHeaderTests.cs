using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// An Excel progress sheet exported as CSV whose header takes two rows: each year's cell spans 目標 | 実績 | 評価
/// printed on the row below, the merged cells left blank; an item with two indicators takes two rows.
/// </summary>
public class CsvTwoRowHeaderTests
{
    private const string Text = """"
        架空市行政改革プラン　進捗管理表,,,,,,,,,,,
        ,,,,,,,,,,,
        No.,改革項目,所管課,成果指標,,令和5年度（2023）,,,令和6年度（2024）,,,令和7年度（2025）
        ,,,指標名,基準値,目標,実績,評価,目標,実績,評価,目標
        1,窓口の電子化,市民課,電子化手続数,40手続,60手続,66手続,A,80手続,75手続,B,100手続
        ,,,電子申請件数,"9,000件","12,000件","13,400件",S,"15,000件","16,210件",S,"18,000件"
        2,遊休地の売却,管財課,売却件数,－,3件,1件,C,3件,4件,A,3件
        """";

    private static PlanDocument Load() => new PlanLoader().Load(new SourceText("progress.csv.txt", Text));

    private static readonly FiscalYear R6 = new(2024), R7 = new(2025);

    [Fact]
    public void Year_over_its_subcolumns_names_each_column_so_targets_land_in_their_year()
    {
        var item = Load().Items.Single(i => i.Number == "1");
        var first = item.Indicators[0];
        Assert.Equal("電子化手続数", first.Name);
        Assert.Equal("100手続", first.Targets.Single(t => t.Year == R7).Value);
        Assert.Equal("75手続", item.Years.Single(y => y.Year == R6).Result);
    }

    [Fact]
    public void Second_indicator_row_keeps_its_own_figures_apart_from_the_first()
    {
        var item = Load().Items.Single(i => i.Number == "1");
        Assert.Equal(2, item.Indicators.Count);
        var second = item.Indicators[1];
        Assert.Equal(("電子申請件数", "9,000件"), (second.Name, second.BaselineValue));
        Assert.Equal("16,210件", second.Actuals.Single(a => a.Year == R6).Value);
        Assert.DoesNotContain(item.Years, y => (y.Result ?? "").Contains("16,210件"));
    }

    [Fact]
    public void Year_grade_under_the_spanning_year_is_that_years_evaluation()
    {
        var item = Load().Items.Single(i => i.Number == "2");
        Assert.Equal("A", item.Years.Single(y => y.Year == R6).Evaluation);
    }
}
