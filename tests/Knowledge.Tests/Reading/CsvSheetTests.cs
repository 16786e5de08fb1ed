using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// A progress sheet exported from Excel as CSV: title and notes padded with commas, quoted cells with line
/// breaks, commas and "" inside, a header row naming the columns, a total row and a second block of counts.
/// </summary>
public class CsvSheetTests
{
    private const string Text = """"
        第２次架空市行政改革大綱　実施状況一覧（令和５年度）,,,,,,,,,
        ,,,,,,,,,
        計画期間：令和４年度～令和７年度,,,,,,,,,
        ※進捗　◎：前倒し　○：順調　△：遅れ　×：未着手,,,,,,,,,
        ,,,,,,,,,
        No.,基本方針,取組名,所管課,指標,基準値（R3）,R5目標,R5実績,進捗,効果額（千円）
        1,1 窓口改革,"""おくやみ""窓口の設置",市民課,対応手続数,0件,12件,15件,◎,
        2,1 窓口改革,電子申請の拡大,"情報課
        総務課",電子申請手続数,"1,020件","2,500件","2,310件",○,"4,500"
        3,2 財政健全化,遊休地の売却,管財課,売却件数,－,3件,1件,△,"12,000"
        ,,,,,,,,,
        ,,,,,,,,合計,"16,500"
        ,,,,,,,,,
        【集計】,,,,,,,,,
        基本方針,◎,○,△,計,,,,,
        1 窓口改革,1,1,0,2,,,,,
        2 財政健全化,0,0,1,1,,,,,
        """";

    private static PlanDocument Load() => new PlanLoader().Load(new SourceText("sheet.csv.txt", Text));

    [Fact]
    public void Title_row_loses_the_commas_that_pad_it_to_the_sheet_width()
    {
        Assert.Equal("第２次架空市行政改革大綱　実施状況一覧（令和５年度）", Load().Title);
    }

    [Fact]
    public void Each_data_row_is_an_item_with_quoted_cells_read_whole()
    {
        var items = Load().Items;
        Assert.Equal(["1", "2", "3"], items.Select(i => i.Number));
        Assert.Equal("\"おくやみ\"窓口の設置", items[0].Title);
        Assert.Equal(["情報課", "総務課"], items[1].Departments.Select(d => d.Name));
        Assert.Equal("1,020件", items[1].Indicators.Single().BaselineValue);
    }

    [Fact]
    public void Progress_mark_is_the_years_evaluation()
    {
        var item = Load().Items.Single(i => i.Number == "3");
        var year = Assert.Single(item.Years);
        Assert.Equal((5, "1件", "△"), (year.Year.Year - 2018, year.Result, year.Evaluation));
    }

    [Fact]
    public void Total_row_continues_no_item_and_totals_the_amount_column()
    {
        var doc = Load();
        Assert.DoesNotContain(doc.Items.Single(i => i.Number == "3").Sections, s => s.Text.Contains("合計"));
        var amounts = doc.Tables.Single(t => t.Title == "効果額（千円）");
        Assert.Equal("千円", amounts.Unit);
        Assert.Equal([("電子申請の拡大", "4,500"), ("遊休地の売却", "12,000"), ("合計", "16,500")], amounts.Rows.Select(r => (r.Label, r.Cells[0]!)));
    }

    [Fact]
    public void Numbered_policy_cell_places_the_item_under_that_numbered_policy()
    {
        var path = Assert.Single(Load().Items.Single(i => i.Number == "3").Path);
        Assert.Equal(("基本方針", "2", "財政健全化"), (path.Level, path.Number, path.Title));
    }

    [Fact]
    public void Prose_with_a_comma_or_two_is_no_sheet()
    {
        var text = new SourceText("prose.txt", "効果額は1,234千円、削減額は5,678千円でした。\n次の表のとおり。");
        Assert.Same(text, Gyokaku.Knowledge.Reading.Layouts.Structured.CsvSheets.Rewrite(text));
    }
}
