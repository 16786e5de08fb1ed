using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// A plan saved from Word through pdftotext (eval/extra10's 砺波市): items are titled ア/イ/ウ under their 施策 and
/// numbered by a 〔No.N〕 printed after the title, with 【担当】【評価】 labels under it.
/// </summary>
public sealed class NumberAfterTitleTests(NumberAfterTitleTests.Library library) : IClassFixture<NumberAfterTitleTests.Library>
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
    public void A_number_past_the_last_item_is_still_not_found()
    {
        var a = library.Ask("砺波市のNo.31の担当課は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
    }
}
