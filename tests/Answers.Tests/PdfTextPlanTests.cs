using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Plans as pdftotext prints them (eval/extra10): 砺波市 titles items ア/イ/ウ under their 施策 and numbers them by a
/// 〔No.N〕 printed after the title; 東近江市's tables come out column by column.
/// </summary>
public sealed class PdfTextPlanTests(PdfTextPlanTests.Library library) : IClassFixture<PdfTextPlanTests.Library>
{
    private const string Tonami = "029_ad6052d89367a86e.txt";

    /// <summary>The seeds and eval/extra10's documents in one temporary folder, loaded once.</summary>
    public sealed class Library() : SeedsBeside("eval/extra10/seeds");

    [Fact]
    public void An_item_is_found_by_the_number_printed_after_its_title()
    {
        // ウ キャッシュレス決済の導入拡大〔No.9〕 / 【担当】会計課（主）、…: item 9, not "no item 9 among (1)～(3)".
        var a = library.Answered("砺波市のNo.9を担当している課はどこ？", Tonami);
        Assert.Contains("キャッシュレス決済", a.Text);
        Assert.Contains("会計課", a.Text);
    }

    [Fact]
    public void A_table_printed_column_by_column_answers_by_row()
    {
        // 東近江市: No. / 1…4, then 実施項目 / …, 所管課 / …, 令和５年度 / 実績 / … — the R5 result of item 2 is its own row's.
        var a = library.Answered("東近江市のNo.2の令和５年度の実績は？", "030_99b89e032f8d268f.txt");
        Assert.Contains("77.8％", a.Text);
        Assert.DoesNotContain("13分", a.Text);
    }

    [Fact]
    public void A_years_amount_table_is_told_by_its_caption()
    {
        // 〔令和５年度の財政効果額（実績）〕 over 区分 | 目標 | 実績: the caption holds the year, the column the kind.
        var a = library.Answered("砺波市の令和５年度の財政効果額、実績の合計は？", Tonami);
        Assert.Contains("90,050", a.Text);
        // The plan's table by year answers a year's target, by its total row; 財政の状況 (財政調整基金残高) is no 効果額.
        var target = library.Answered("砺波市の財政効果額のR6の目標は？", Tonami);
        Assert.Contains("85,000", target.Text);
        Assert.DoesNotContain("財政調整基金", target.Text);
    }

    [Fact]
    public void A_number_past_the_last_item_is_still_not_found()
    {
        var a = library.Ask("砺波市のNo.31の担当課は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
    }
}
