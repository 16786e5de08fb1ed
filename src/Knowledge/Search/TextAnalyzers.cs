using Lucene.Net.Analysis;
using Gyokaku.Analysis.Japanese;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Gyokaku.Knowledge.Search;

/// <summary>
/// The ONE place that decides how text is tokenized, for indexing and for queries alike.
/// The morphological field uses our IPADIC analyzer (src/Analysis: MeCab's segmentation, Kuromoji's
/// search-mode decompounding, base forms, stop tags); the n-gram field keeps recall on what it splits badly.
/// </summary>
public static class TextAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Word-level analysis of Japanese text: morphemes in search mode, base forms, no particles.</summary>
    public static Analyzer Morphological() => new JapaneseAnalyzer(Version);

    /// <summary>Character 2–3-grams for recall on compounds the morphological analysis splits badly.</summary>
    public static Analyzer NGram() => new NGramAnalyzer();

    /// <summary>The analyzer for a whole document: each text field with its own analysis, keyword fields untouched.</summary>
    public static Analyzer PerField() => new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
    {
        [IndexFields.Morph] = Morphological(),
        [IndexFields.NGram] = NGram(),
        [IndexFields.TitleNGram] = NGram(),
    });

    private sealed class NGramAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new NGramTokenizer(Version, reader, 2, 3);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
        }
    }
}

/// <summary>Names of the index's fields.</summary>
public static class IndexFields
{
    public const string Kind = "kind";          // "item" or "passage"
    public const string File = "file";
    public const string Key = "key";
    public const string Number = "number";
    public const string Label = "label";
    public const string Title = "title";
    public const string Departments = "departments";
    public const string Lines = "lines";         // "120-158"
    public const string Text = "text";          // stored display text (passages) or item summary
    public const string Morph = "morph";
    public const string NGram = "ngram";
    public const string TitleNGram = "title_ngram";
    public const string Municipality = "municipality";
    public const string PlanTitle = "plan_title";
}
