using Gyokaku.Analysis.Dictionary;
using Gyokaku.Analysis.Morphology;

namespace Gyokaku.Analysis.Tests;

public class UserDictionaryTests
{
    private static UserDictionary Parse(string csv) => UserDictionary.Parse(new StringReader(csv));

    [Fact]
    public void Shipped_plan_vocabulary_overrides_ipadic_segmentation()
    {
        Assert.Equal(["マイナンバーカード", "の", "交付"], Analyze.Surfaces("マイナンバーカードの交付"));
        var plan = UserDictionary.PlanVocabulary;
        Assert.Equal(
            "マイナンバー\t名詞,固有名詞,一般,*,*,*,マイナンバー,マイナンバー,マイナンバー\n" +
            "カード\t名詞,固有名詞,一般,*,*,*,カード,カード,カード\n" +
            "の\t助詞,連体化,*,*,*,*,の,ノ,ノ\n交付\t名詞,サ変接続,*,*,*,*,交付,コウフ,コーフ\nEOS\n",
            Analyze.AsMecab("マイナンバーカードの交付", user: plan));
        Assert.Equal(["企画", "経営", "課", "と", "協働", "推進", "課"], Analyze.Surfaces("企画経営課と協働推進課", user: plan));
    }

    [Fact]
    public void User_phrases_win_only_where_they_occur()
    {
        var user = Parse("# test\n東京スカイツリー,東京 スカイツリー,トウキョウ スカイツリー,カスタム名詞\n");
        Assert.Equal(["東京", "スカイ", "ツリー", "の", "高", "さ"], Analyze.Surfaces("東京スカイツリーの高さ"));
        Assert.Equal(["東京", "スカイツリー", "の", "高", "さ"], Analyze.Surfaces("東京スカイツリーの高さ", user: user));
        Assert.Equal(["東京", "タワー"], Analyze.Surfaces("東京タワー", user: user));
        Assert.Equal(["東京", "スカイツリー"], Analyze.Surfaces("東京スカイツリー", AnalysisMode.Search, user));
    }

    [Theory]
    [InlineData("行政改革,行政 改善,ギョウセイ カイゼン,名詞", "line 1")]
    [InlineData("行政改革,行政 改革,ギョウセイ,名詞", "2 segments but 1 readings")]
    [InlineData("行政改革,行政 改革", "expected surface,segmentation,readings,part-of-speech")]
    public void Bad_lines_are_reported_with_their_line_number(string line, string message)
    {
        var e = Assert.Throws<FormatException>(() => Parse(line));
        Assert.Contains(message, e.Message);
    }
}
