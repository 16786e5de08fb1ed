using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>Lists, glossed labels and two-year comparisons read as the seeds print them.</summary>
public class PrintedListsTests
{
    [Fact]
    public void Each_Try_heading_keeps_its_新規_and_既存_lists_as_sections()
    {
        var doc = Seeds.Document("002");
        var fresh = doc.Sections.Single(s => s.Label == "③風通しが良い職場環境の構築に係る取組 新規の取組");
        Assert.Contains("職員のエンゲージメント向上", fresh.Text);
        Assert.Contains("市長と職員の意見交換", fresh.Text);
        Assert.DoesNotContain("オフィス環境の見直し", fresh.Text); // that one is listed under 既存取組
        // A heading's own remark (その他：…) is not an entry of the list above it.
        Assert.DoesNotContain("その他", doc.Sections.Single(s => s.Label == "① 財政の健全化に資する取組の強化 既存取組（前期アクションプラン）").Text);
    }

    [Fact]
    public void A_fold_is_one_list_under_the_取組_it_went_into()
    {
        var fold = Seeds.Document("002").Sections.Single(s => s.Label.EndsWith("既存取組の集約", StringComparison.Ordinal));
        Assert.StartsWith("B P Rの推進", fold.Label);
        Assert.Contains("業務手順書の作成", fold.Text);
        Assert.Contains("正規・非正規職員の役割整理", fold.Text);
        Assert.DoesNotContain("業務の集約処理", fold.Text); // printed after the fold closed
    }

    [Fact]
    public void An_English_label_with_its_Japanese_meaning_is_a_definition()
    {
        var defs = Seeds.Document("002").Definitions;
        Assert.Equal("できたこと/続けたいこと", defs.Single(d => d.Term == "Keep").Text);
        Assert.Equal("問題だったこと/課題", defs.Single(d => d.Term == "Problem").Text);
        Assert.Equal("次に取り組が必要なこと", defs.Single(d => d.Term == "Try").Text);
    }

    [Fact]
    public void A_two_year_comparison_gives_each_entry_its_base_year()
    {
        var item = Seeds.Document("003").Items.Single(i => i.Key == "1-1-③-a");
        var kouki = item.Indicators.Single(i => i.Name == "現年収納率 後期");
        Assert.Equal(FiscalYear.Parse("R5"), kouki.BaselineYear);
        Assert.Equal("99.77%", kouki.BaselineValue);
        // The later year's figure stays in that year's 実績 text, quoted with its sentence.
        Assert.Equal(["99.77%"], kouki.Actuals.Select(a => a.Value));
        // The measure comes from the sentence before the figures: the whole-collection rate is another indicator.
        Assert.Contains(item.Indicators, i => i.Name == "滞納繰越分を含めた全体収納率 市税" && i.BaselineValue == "98.1%");
    }
}
