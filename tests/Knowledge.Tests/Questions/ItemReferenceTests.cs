using Gyokaku.Knowledge.Questions;

namespace Gyokaku.Knowledge.Tests.Questions;

/// <summary>How a question names an item by its number, with the word the plan labels its items by.</summary>
public class ItemReferenceTests
{
    [Theory]
    // 阿南市 大綱's numbered table heads its item column 重点取組: 重点取組２ is item 2 of that table.
    [InlineData("阿南市 重点取組２ 自治体情報システムの標準化の担当課は？", "2", "重点取組")]
    [InlineData("阿南市の重点取組１０番の担当を教えて", "10", "重点取組")]
    [InlineData("阿南市の重点取組No.６は何？", "6", "重点取組")]
    [InlineData("重点取組 №3 の内容", "3", "重点取組")]
    [InlineData("須坂市 取組項目4 市民相談窓口の一元化はどこの課が担当？", "4", "取組項目")]
    public void A_labelled_number_names_an_item(string question, string number, string label)
    {
        var text = Gyokaku.Knowledge.Text.JaText.Normalize(question);
        var reference = ItemReferenceParser.Find(ref text);
        Assert.NotNull(reference);
        Assert.Equal(number, reference.Number);
        Assert.Equal(label, reference.Label);
    }
}
