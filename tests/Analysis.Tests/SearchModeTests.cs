using Gyokaku.Analysis.Morphology;

namespace Gyokaku.Analysis.Tests;

/// <summary>Search mode splits long words into parts and keeps the whole word beside them (Kuromoji's behaviour).</summary>
public class SearchModeTests
{
    private static List<(string Surface, int PositionLength)> Search(string text) =>
        MorphologicalAnalyzer.CreateDefault(AnalysisMode.Search).Analyze(text)
            .Select(m => (text.Substring(m.Start, m.Length), m.PositionLength)).ToList();

    [Fact]
    public void A_dictionary_compound_is_split_and_kept()
    {
        Assert.Equal(["関西国際空港"], Analyze.Surfaces("関西国際空港"));
        Assert.Equal([("関西", 1), ("関西国際空港", 3), ("国際", 1), ("空港", 1)], Search("関西国際空港"));
    }

    [Fact]
    public void Reform_headquarters_comes_out_as_its_parts()
    {
        Assert.Equal([("行政", 1), ("改革", 1), ("推進", 1), ("本部", 1)], Search("行政改革推進本部"));
        Assert.Equal([("日本", 1), ("日本経済新聞社", 4), ("経済", 1), ("新聞", 1), ("社", 1)], Search("日本経済新聞社"));
    }

    [Fact]
    public void A_long_unknown_katakana_word_is_split_into_known_words()
    {
        Assert.Equal(["シニアソフトウェアエンジニア"], Analyze.Surfaces("シニアソフトウェアエンジニア"));
        Assert.Equal([("シニア", 1), ("シニアソフトウェアエンジニア", 3), ("ソフトウェア", 1), ("エンジニア", 1)], Search("シニアソフトウェアエンジニア"));
    }

    [Fact]
    public void Short_words_are_not_split()
    {
        Assert.Equal([("東京", 1), ("に", 1), ("行く", 1)], Search("東京に行く"));
    }

    [Fact]
    public void Extended_mode_also_splits_unknown_words_into_characters()
    {
        var text = "ｶﾀｶﾅ😀";
        var surfaces = MorphologicalAnalyzer.CreateDefault(AnalysisMode.Extended).Analyze(text).Select(m => text.Substring(m.Start, m.Length));
        Assert.Equal(["ｶ", "ﾀ", "ｶ", "ﾅ", "😀"], surfaces);
    }
}
