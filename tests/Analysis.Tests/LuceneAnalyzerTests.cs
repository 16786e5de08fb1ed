using Gyokaku.Analysis.Japanese;
using Gyokaku.Analysis.Japanese.TokenAttributes;
using Gyokaku.Analysis.Morphology;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Gyokaku.Analysis.Tests;

public class LuceneAnalyzerTests
{
    private static List<string> Terms(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    [Fact]
    public void Analyzer_keeps_content_words_in_base_form()
    {
        using var analyzer = new JapaneseAnalyzer(LuceneVersion.LUCENE_48);
        // マイナンバー loses its final ー to the katakana stemmer, as マイナンバ matches both spellings.
        Assert.Equal(["行政", "改革", "大綱", "基づく", "マイナンバ", "カード", "交付", "推進"],
            Terms(analyzer, "行政改革大綱に基づき、マイナンバーカードの交付を推進しました。"));
    }

    [Fact]
    public void Analyzer_normalizes_width_case_and_katakana_long_vowels()
    {
        using var analyzer = new JapaneseAnalyzer(LuceneVersion.LUCENE_48);
        Assert.Equal(Terms(analyzer, "コンピュータとabc"), Terms(analyzer, "コンピューターとＡＢＣ"));
        Assert.Equal(["コンピュータ", "abc"], Terms(analyzer, "ｺﾝﾋﾟｭｰﾀｰとＡＢＣ"));
    }

    [Fact]
    public void Offsets_point_into_the_original_text_after_normalization()
    {
        using var analyzer = new JapaneseAnalyzer(LuceneVersion.LUCENE_48);
        var text = "ｺﾝﾋﾟｭｰﾀｰの㈱ＡＢＣ";
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var found = new List<(string, string)>();
        while (stream.IncrementToken()) found.Add((term.ToString(), text[offset.StartOffset..offset.EndOffset]));
        stream.End();
        Assert.Contains(("コンピュータ", "ｺﾝﾋﾟｭｰﾀｰ"), found);
        Assert.Contains(("abc", "ＡＢＣ"), found);
        Assert.Equal(text.Length, offset.EndOffset);
    }

    [Fact]
    public void Tokenizer_exposes_kuromoji_shaped_attributes()
    {
        using var tokenizer = new JapaneseTokenizer(new StringReader("会議が開かれた。"), mode: AnalysisMode.Normal);
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var baseForm = tokenizer.AddAttribute<IBaseFormAttribute>();
        var pos = tokenizer.AddAttribute<IPartOfSpeechAttribute>();
        var reading = tokenizer.AddAttribute<IReadingAttribute>();
        var inflection = tokenizer.AddAttribute<IInflectionAttribute>();
        tokenizer.Reset();
        var tokens = new List<string>();
        while (tokenizer.IncrementToken())
            tokens.Add($"{term}|{baseForm.GetBaseForm()}|{pos.GetPartOfSpeech()}|{reading.GetReading()}|{reading.GetPronunciation()}|{inflection.GetInflectionType()}|{inflection.GetInflectionForm()}");
        tokenizer.End();
        Assert.Equal([
            "会議||名詞-サ変接続|カイギ|カイギ||",
            "が||助詞-格助詞-一般|ガ|ガ||",
            "開か|開く|動詞-自立|ヒラカ|ヒラカ|五段・カ行イ音便|未然形",
            "れ|れる|動詞-接尾|レ|レ|一段|連用形",
            "た||助動詞|タ|タ|特殊・タ|基本形",
        ], tokens);   // 。 is punctuation and discarded
    }

    [Fact]
    public void Search_mode_compound_shares_the_position_of_its_first_part()
    {
        using var tokenizer = new JapaneseTokenizer(new StringReader("関西国際空港"));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var increment = tokenizer.AddAttribute<IPositionIncrementAttribute>();
        var length = tokenizer.AddAttribute<IPositionLengthAttribute>();
        tokenizer.Reset();
        var tokens = new List<string>();
        while (tokenizer.IncrementToken()) tokens.Add($"{term}/{increment.PositionIncrement}/{length.PositionLength}");
        tokenizer.End();
        Assert.Equal(["関西/1/1", "関西国際空港/0/3", "国際/1/1", "空港/1/1"], tokens);
    }

    [Fact]
    public void Unknown_words_have_no_reading()
    {
        using var tokenizer = new JapaneseTokenizer(new StringReader("Gyokaku"), mode: AnalysisMode.Normal);
        var reading = tokenizer.AddAttribute<IReadingAttribute>();
        var baseForm = tokenizer.AddAttribute<IBaseFormAttribute>();
        tokenizer.Reset();
        Assert.True(tokenizer.IncrementToken());
        Assert.Null(reading.GetReading());
        Assert.Null(baseForm.GetBaseForm());
        Assert.False(tokenizer.IncrementToken());
        tokenizer.End();
    }
}

/// <summary>The analyzer on the real seeds, whose PDF extraction left Kangxi radicals in place of kanji.</summary>
public class SeedAnalysisTests
{
    private static string SeedFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"seeds/{name} not found above {AppContext.BaseDirectory}");
    }

    [Fact]
    public void Radicals_from_pdf_extraction_are_indexed_as_the_kanji_they_stand_for()
    {
        var title = File.ReadLines(SeedFile("001_f12f802a8aae7065.txt")).First().Trim();
        Assert.Equal("第三次美祢市\u2F8F政改\u2FB0\u2F24綱実施計画進捗状況報告書", title);   // ⾏ ⾰ ⼤ are radicals, not 行 革 大
        using var analyzer = new JapaneseAnalyzer(LuceneVersion.LUCENE_48);
        using var stream = analyzer.GetTokenStream("body", title);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        Assert.Equal(["第", "三", "次", "美祢", "市", "行政", "改革", "大綱", "実施", "計画", "進捗", "状況", "報告", "書"], terms);
    }
}
