using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// A 取組状況 web page converted to Markdown (eval/extra10's 観音寺市): items numbered 柱-取組 (取組1-2) under ### headings,
/// labels printed bold (**評価** A（達成率109.5％）), loaded beside the seeds as the evaluation adds them.
/// </summary>
public sealed class MarkdownPageTests(MarkdownPageTests.Library library) : IClassFixture<MarkdownPageTests.Library>
{
    private const string Kanonji = "031_603fa967ab408249.txt";

    /// <summary>The seeds and eval/extra10's documents in one temporary folder, loaded once.</summary>
    public sealed class Library() : SeedsBeside("eval/extra10/seeds");

    private Answer Answered(string question) => library.Answered(question, Kanonji);

    [Fact]
    public void A_compound_item_number_names_its_own_item()
    {
        // ### 取組2-5 広域連携の推進 | 担当課 | 政策課 |: not item 2 titled "5 広域連携の推進".
        var a = Answered("観音寺市 取組2-5を担当している課は？");
        Assert.Contains("政策課", a.Text);
    }

    [Fact]
    public void Items_are_listed_by_a_grade_printed_with_its_rate_beside_it()
    {
        // **評価** A（達成率109.5％） is grade A; 取組1-1 is graded S and is not listed.
        var a = Answered("観音寺市でR6の評価がAだった取組を一覧にして");
        Assert.Contains("おくやみコーナーの運営", a.Text);
        Assert.DoesNotContain("行かない窓口の推進", a.Text);
    }
}
