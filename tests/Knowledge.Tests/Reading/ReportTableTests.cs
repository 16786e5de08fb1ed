using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// A progress report printed by <c>pdftotext -layout</c> as two tables about the same numbered items: the schedule
/// (No. | 取組名 | 取組内容 | 担当課 | R6 | R7 | R8) and the year's results (No. | 指標名 | 基準値 | R6実績 | 目標値 | 評価 |
/// R6効果額 | 主な取組実績), with group headings of words a space apart (柱１ 市民サービスの向上), cells wider than their
/// narrow year headers, a ※ remark inside a cell and a letter-spaced total (合 計). eval/extra11's 燕市 report, and a
/// variant of it written for these tests with other labels, numbering (①), column order and box rules.
/// </summary>
public class ReportTableTests
{
    private static PlanDocument Tsubame() =>
        new PlanLoader().Load(SourceText.Load(Path.Combine(Seeds.Directory, "..", "eval", "extra11", "seeds", "032_f8ceb2254289f3c5.txt")));

    private static PlanDocument Variant() => new PlanLoader().Load(new SourceText("variant.txt", VariantText));

    private static PlanItem Item(PlanDocument doc, string key) => doc.Items.Single(i => i.Key == key);

    [Fact]
    public void The_schedule_and_the_results_table_are_one_list_of_items()
    {
        var doc = Tsubame();
        Assert.Equal(Enumerable.Range(1, 18).Select(n => n.ToString()), doc.Items.Select(i => i.Key));
        var item = Item(doc, "9");
        Assert.Equal("定員管理の適正化", item.Title);
        Assert.Equal([new Department("総務課")], item.Departments);
        // A cell wider than its header (R6 over 計画に基 / づく管理) wraps under itself, not under the next year.
        Assert.Equal("計画に基づく管理", item.Years.Single(y => y.Year.Year == 2024).Plan);
        Assert.Equal("次期計画策定", item.Years.Single(y => y.Year.Year == 2026).Plan);
        var indicator = Assert.Single(item.Indicators);
        Assert.Equal("職員数（４月１日現在）", indicator.Name);
        Assert.Equal("612人", indicator.BaselineValue);
        Assert.Equal("600人以下（R9.4.1）", Assert.Single(indicator.Targets).Value);
        var r6 = item.Years.Single(y => y.Year.Year == 2024);
        // 評価 names no year: it grades the one year the table reports.
        Assert.Equal("Ｂ", r6.Evaluation);
        Assert.StartsWith("608人", r6.Result);
        Assert.Contains(item.Fields, f => f.Label == "R6効果額（千円）" && f.Value == "24,300");
        // Two offices wrapped in one cell stay two; a group heading a space apart places the rows under it.
        Assert.Equal([new Department("市民課"), new Department("ＤＸ推進課")], Item(doc, "2").Departments);
        Assert.Equal(("柱", "3", "健全な財政運営の確保"), Item(doc, "18").Path.Select(p => (p.Level, p.Number, p.Title)).Single());
        Assert.Equal(["Ｃ"], new[] { "5", "13", "18" }.Select(k => Item(doc, k).Years.Single(y => y.Year.Year == 2024).Evaluation).Distinct());
    }

    [Fact]
    public void A_remark_under_a_cell_does_not_end_the_table()
    {
        // 15's 主な取組実績 goes on with ※効果額には計上しない; 16–18 are read after it.
        var doc = Tsubame();
        Assert.Contains("※効果額には計上しない", Item(doc, "15").Years.Single(y => y.Year.Year == 2024).Result);
        Assert.Equal("累計15件", Assert.Single(Item(doc, "17").Indicators).Targets.Single().Value);
    }

    [Fact]
    public void A_letter_spaced_total_row_and_row_names_wider_than_their_header_are_read()
    {
        var doc = Tsubame();
        var table = Assert.Single(doc.Tables, t => t.Columns.Contains("R6実績効果額"));
        Assert.Equal("千円", table.Unit);
        Assert.Equal(["柱１ 市民サービスの向上とＤＸの推進", "柱２ 効率的・効果的な行政運営", "柱３ 健全な財政運営の確保", "合計"], table.Rows.Select(r => r.Label));
        Assert.Equal(["110,000", "118,860", "108.1%"], table.Rows[^1].Cells);
    }

    [Fact]
    public void The_same_report_with_other_labels_numbering_and_column_order_reads_the_same()
    {
        var doc = Variant();
        Assert.Equal(["①", "②"], doc.Items.Select(i => i.Key));
        var first = Item(doc, "①");
        Assert.Equal("電子決裁の全庁導入", first.Title);
        // 所管課 before 取組内容; the office wrapped below is a second one.
        Assert.Equal([new Department("総務課"), new Department("情報政策課")], first.Departments);
        Assert.Equal("文書管理システムを導入し、決裁を電子化する。", first.Sections.Single(s => s.Label == "取組内容").Text);
        Assert.Equal("システム導入準備", first.Years.Single(y => y.Year.Year == 2024).Plan);
        Assert.Equal("全庁で本稼働", first.Years.Single(y => y.Year.Year == 2026).Plan);
        // The heading right under the header is a group, not the header's second line.
        Assert.Equal("歳出の削減", Assert.Single(first.Path).Title);
        var second = Item(doc, "②");
        var indicator = Assert.Single(second.Indicators);
        Assert.Equal(("公用車の保有台数", "120台", "100台"), (indicator.Name, indicator.BaselineValue, indicator.Targets.Single().Value));
        var r6 = second.Years.Single(y => y.Year.Year == 2024);
        Assert.Equal("Ｃ", r6.Evaluation);
        Assert.Contains("※売却益を含む", r6.Result);
        Assert.Contains(second.Fields, f => f.Label == "令和６年度効果額" && f.Value == "4,800");
        // 総 計 between box rules (├─┼─┤) is the total row.
        var effects = Assert.Single(doc.Tables, t => t.Columns.Contains("令和６年度実績額"));
        Assert.Equal(["40,900"], effects.Rows.Where(r => r.Label == "総計").Select(r => r.Cells[1]));
    }

    internal const string VariantText = """
第２次架空市行政改革推進プラン　令和６年度進捗状況報告

２ 令和６年度 財政効果
                                                                       （単位：千円）
   ┌────────────────────┬──────────┬──────────┐
      項 目                             令和６年度計画額      令和６年度実績額
   ├────────────────────┼──────────┼──────────┤
      方針Ⅰ 歳入の確保                          12,000                13,500
      方針Ⅱ 歳出の削減                          30,000                27,400
      総 計                                     42,000                40,900
   └────────────────────┴──────────┴──────────┘

３ 取組の工程

 番号  取組項目            所管課          取組内容                             R6           R7          R8
 方針Ⅱ 歳出の削減
  ①    電子決裁の          総務課          文書管理システムを導入し、             システム     →            全庁で
       全庁導入            情報政策課      決裁を電子化する。                       導入準備                  本稼働
  ②    公用車の削減        管財課          稼働率の低い公用車を廃止する。         台数見直し   削減         →

４ 取組の成果

 番号  成果指標                  現状値        令和６年度    目標値        達成状況   令和６年度    令和６年度の取組状況
                                 （R5）        実績          （R8）                   効果額
 方針Ⅱ 歳出の削減
  ①    電子決裁率                 35%            58%           90%            Ｂ           1,200    本庁の４部で電子決裁を
                                                                                                    開始した。
  ②    公用車の保有台数           120台          112台         100台          Ｃ           4,800    ８台を廃止した。
                                                                                                    ※売却益を含む

   ※ 現状値は令和５年度末の数値です。
""";
}
