using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// An effect amount asked of an item named by its number is that item's row of the plan's amount table
/// (eval/extra3's 箕輪町: one row per 取組 with R6…R10 and 合計), never the plan's total or a note about another row.
/// </summary>
public sealed class ItemAmountTests(DocumentFactsTests.Library library) : IClassFixture<DocumentFactsTests.Library>
{
    private const string Minowa = "011_830ebc5dc3445f4d.txt";

    private Answer Ask(string question) => new AnswerService(library.Kb).Ask(question);

    [Theory]
    // 011 line 130: "3   ふるさと納税の推進   企画振興課   12,000   15,000   18,000   20,000   22,000    87,000"
    [InlineData("箕輪町の取組No.3、効果額は全部でいくら？", "87,000", "292,300")]
    [InlineData("箕輪町No.3のR8年度の効果額", "18,000", "71,600")]
    // 011 line 148: No.11 時間外勤務の縮減, total 24,200; the plan's own total sentence says 292,300.
    [InlineData("箕輪町の11番の効果額の合計を教えて", "24,200", "292,300")]
    public void An_items_amount_is_its_own_row(string question, string expected, string planFigure)
    {
        var a = Ask(question);
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains(Minowa, a.Citations.Select(c => c.Document));
        Assert.Contains(expected, a.Text);
        Assert.DoesNotContain(planFigure, a.Text);
    }
}
