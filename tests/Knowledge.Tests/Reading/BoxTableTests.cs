using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// An evaluation report drawing each item's indicators as a box-drawing table under a heading that names the
/// department, with labelled lines set apart on one line after it and grades defined one a line.
/// </summary>
public class BoxTableTests
{
    private const string Text = """
        架空町行政改革実施計画
        令和５年度　評価結果報告書

        １　評価の基準
        　　Ａ　年度目標を達成した
        　　Ｂ　目標は未達成だが改善した
        　　Ｃ　改善しなかった

        取組No.1　窓口のデジタル化            所管課：住民課
        ┌────────────┬────┬──────────┬──────────┬──────┬──────┐
        │指標名      │単位│基準値（年度）│目標値（年度）│R4実績│R5実績│
        ├────────────┼────┼──────────┼──────────┼──────┼──────┤
        │オンライン申│  件│  320（R3）│ 1,000（R7）│   410│   650│
        │請件数      │    │          │          │      │      │
        └────────────┴────┴──────────┴──────────┴──────┴──────┘
        　R5年度目標：600　　　評価：Ａ　　　R5効果額（千円）：1,200
        　評価理由：予約システムを導入した。

        取組No.2　公用車の削減                所管課：管財課
        ┌────────────┬────┬──────────┬──────────┬──────┬──────┐
        │指標名      │単位│基準値（年度）│目標値（年度）│R4実績│R5実績│
        ├────────────┼────┼──────────┼──────────┼──────┼──────┤
        │公用車台数  │  台│   88（R3）│   80（R7）│    87│    86│
        └────────────┴────┴──────────┴──────────┴──────┴──────┘
        　R5年度目標：84　　　評価：Ｂ　　　R5効果額（千円）：－
        """;

    private static PlanDocument Load() => new PlanLoader().Load(new SourceText("box.txt", Text));

    [Fact]
    public void Heading_names_the_department_and_keeps_the_title_clean()
    {
        var item = Load().Items.Single(i => i.Number == "1");
        Assert.Equal("窓口のデジタル化", item.Title);
        Assert.Equal(["住民課"], item.Departments.Select(d => d.Name));
    }

    [Fact]
    public void Box_rows_become_the_items_indicator_with_wrapped_cells_joined()
    {
        var indicator = Load().Items.Single(i => i.Number == "1").Indicators.Single();
        Assert.Equal("オンライン申請件数", indicator.Name);
        Assert.Equal("320件（R3）", indicator.Baseline);
        Assert.Equal(2021, indicator.BaselineYear!.Value.Year);
        Assert.Contains(indicator.Targets, t => t.Year.Year == 2025 && t.Value == "1,000件");
        Assert.Equal([(2022, "410件"), (2023, "650件")], indicator.Actuals.Select(a => (a.Year.Year, a.Value)));
    }

    [Fact]
    public void Labelled_parts_after_the_table_are_the_items_grade_and_fields()
    {
        var item = Load().Items.Single(i => i.Number == "2");
        Assert.Equal("Ｂ", item.Section("評価"));
        Assert.Equal("1,200", Load().Items.Single(i => i.Number == "1").Fields.Single(f => f.Label.Contains("効果額")).Value);
    }
}
