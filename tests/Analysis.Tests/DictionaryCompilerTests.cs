using System.Text;
using Gyokaku.Analysis.Dictionary;
using Gyokaku.Analysis.Dictionary.Compiling;
using Gyokaku.Analysis.Morphology;

namespace Gyokaku.Analysis.Tests;

/// <summary>The compiler on a tiny IPADIC-shaped source written in EUC-JP, as mecab-ipadic is.</summary>
public sealed class DictionaryCompilerTests : IDisposable
{
    private readonly string _source = Directory.CreateTempSubdirectory("gyokaku-dic-").FullName;

    public DictionaryCompilerTests()
    {
        var eucJp = IpadicSource.EncodingFor("euc-jp");
        void Write(string name, params string[] lines) => File.WriteAllText(Path.Combine(_source, name), string.Join('\n', lines) + "\n", eucJp);
        Write("char.def",
            "# categories: INVOKE GROUP LENGTH",
            "DEFAULT 0 1 0", "SPACE 0 1 0", "KANJI 0 0 2", "ALPHA 1 1 0", "KANJINUMERIC 1 1 0",
            "0x0020 SPACE", "0x0041..0x005A ALPHA  # A-Z", "0x4E00..0x9FA5 KANJI", "0x4E00 KANJINUMERIC KANJI");
        Write("unk.def",
            "DEFAULT,0,0,1000,記号,一般,*,*,*,*,*", "SPACE,0,0,1000,記号,空白,*,*,*,*,*",
            "KANJI,0,0,5000,名詞,一般,*,*,*,*,*", "ALPHA,0,0,3000,名詞,固有名詞,組織,*,*,*,*", "KANJINUMERIC,0,0,3000,名詞,数,*,*,*,*,*");
        Write("matrix.def", ["3 3", .. Enumerable.Range(0, 9).Select(i => $"{i % 3} {i / 3} 0")]);
        Write("Noun.csv",
            "東京,1,1,100,名詞,固有名詞,地域,一般,*,*,東京,トウキョウ,トーキョー",
            "東,1,1,500,名詞,一般,*,*,*,*,東,ヒガシ,ヒガシ",
            "京都,1,1,100,名詞,固有名詞,地域,一般,*,*,京都,キョウト,キョート",
            "都,2,2,200,名詞,接尾,地域,*,*,*,都,ト,ト",
            "ｉ－ｍｏｄｅ,1,1,100,名詞,一般,*,*,*,*,ｉ－ｍｏｄｅ,アイモード,アイモード");
    }

    public void Dispose() => Directory.Delete(_source, recursive: true);

    private MorphologicalAnalyzer CompileAndReload()
    {
        var compiled = IpadicCompiler.Compile(_source);
        using var file = new MemoryStream();
        DictionaryFile.Write(file, compiled);
        file.Position = 0;
        return new MorphologicalAnalyzer(SystemDictionary.Load(file));
    }

    private static string Mecab(MorphologicalAnalyzer analyzer, string text) =>
        string.Join("|", analyzer.Analyze(text).Select(m => text.Substring(m.Start, m.Length) + "/" + analyzer.Feature(m)));

    [Fact]
    public void Cheapest_path_uses_the_compiled_entries_and_costs()
    {
        var analyzer = CompileAndReload();
        Assert.Equal("東京/名詞,固有名詞,地域,一般,*,*,東京,トウキョウ,トーキョー|都/名詞,接尾,地域,*,*,*,都,ト,ト", Mecab(analyzer, "東京都"));
    }

    [Fact]
    public void Unknown_words_follow_char_def_and_unk_def()
    {
        var analyzer = CompileAndReload();
        Assert.Equal("ABC/名詞,固有名詞,組織,*,*,*,*", Mecab(analyzer, "ABC"));
        // KANJI: no grouping, up to 2 characters; the later range line makes 一 KANJINUMERIC as well as KANJI.
        var classes = analyzer.Dictionary.Characters;
        var one = classes.ClassAt("一", 0, out _);
        Assert.Equal(classes.IndexOf("KANJINUMERIC"), one.DefaultType);
        Assert.True(one.IsKindOf(classes.ClassAt("山", 0, out _)));
        Assert.Equal("山川/名詞,一般,*,*,*,*,*|山/名詞,一般,*,*,*,*,*", Mecab(analyzer, "山川山"));
    }

    [Fact]
    public void Euc_jp_is_read_with_iconvs_mapping_as_mecab_ipadic_utf8_was()
    {
        var analyzer = CompileAndReload();
        // EUC-JP A1DD is U+2212 (minus sign) for iconv, U+FF0D for Microsoft's table.
        Assert.Equal("ｉ−ｍｏｄｅ/名詞,一般,*,*,*,*,ｉ−ｍｏｄｅ,アイモード,アイモード", Mecab(analyzer, "ｉ−ｍｏｄｅ"));
    }

    [Fact]
    public void Missing_files_and_bad_lines_are_reported_by_name()
    {
        File.AppendAllText(Path.Combine(_source, "Noun.csv"), "壊れた,1,1\n", IpadicSource.EncodingFor("euc-jp"));
        var e = Assert.Throws<InvalidDataException>(() => IpadicCompiler.Compile(_source));
        Assert.Contains("Noun.csv:6", e.Message);
        File.Delete(Path.Combine(_source, "matrix.def"));
        var missing = Assert.Throws<FileNotFoundException>(() => IpadicCompiler.Compile(_source));
        Assert.Contains("matrix.def", missing.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_dictionary_is_refused()
    {
        var e = Assert.Throws<InvalidDataException>(() => SystemDictionary.Load(new MemoryStream(Encoding.UTF8.GetBytes("\u0005hello world"))));
        Assert.Contains("not a Gyokaku dictionary", e.Message);
    }
}
