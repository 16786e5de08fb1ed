using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Tests.Text;

/// <summary>How text is compared: the extraction's look-alike characters meet the kanji a question types.</summary>
public class JaTextTests
{
    [Theory]
    // CJK Radicals Supplement look-alikes, which NFKC keeps (⺠ U+2EA0, ⻑ U+2ED1, ⻄ U+2EC4).
    [InlineData("市\u2EA0との協働", "市民との協働")]
    [InlineData("\u2ED1期の計画", "長期の計画")]
    [InlineData("関\u2EC4地区", "関西地区")]
    // Kangxi radicals, which NFKC folds already.
    [InlineData("\u2F24分類", "大分類")]
    public void A_radical_look_alike_compares_as_its_kanji(string printed, string typed) =>
        Assert.Equal(JaText.Normalize(typed), JaText.Normalize(printed));

    [Fact]
    public void A_component_radical_is_not_made_a_word() =>
        Assert.Equal("\u2EAE", JaText.Normalize("\u2EAE"));   // ⺮ (bamboo top) stands for no kanji of its own
}
