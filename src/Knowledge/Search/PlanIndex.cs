using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Gyokaku.Knowledge.Search;

/// <summary>One search result: an item or a passage of a document.</summary>
public sealed record SearchHit(string Kind, string File, string? ItemKey, string? Title, string Text, LineRange Lines, float Score);

/// <summary>
/// The opened index: full-text search over items and passages, optionally within some documents.
/// Thread-safe (Lucene searchers are); open once and share.
/// </summary>
public sealed class PlanIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _morph = TextAnalyzers.Morphological();
    private readonly Analyzer _ngram = TextAnalyzers.NGram();

    private PlanIndex(Lucene.Net.Store.Directory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader);
    }

    /// <summary>Opens an index folder, copied into memory: the index is small and answers must be fast.</summary>
    public static PlanIndex Open(string folder)
    {
        using var onDisk = FSDirectory.Open(folder);
        return new PlanIndex(new RAMDirectory(onDisk, IOContext.READ_ONCE));
    }

    public int Count => _reader.NumDocs;

    /// <param name="text">The query (a question or its content words).</param>
    /// <param name="files">Only these documents, or all when null.</param>
    /// <param name="kind">"item", "passage" or null for both.</param>
    public IReadOnlyList<SearchHit> Search(string text, IReadOnlyCollection<string>? files = null, string? kind = null, int top = 10)
    {
        var normalized = JaText.Normalize(text);
        var should = new BooleanQuery();
        AddTerms(should, _morph, IndexFields.Morph, normalized, 1f);
        AddTerms(should, _ngram, IndexFields.NGram, normalized, 0.5f);
        AddTerms(should, _ngram, IndexFields.TitleNGram, normalized, 2f);
        if (should.Clauses.Count == 0) return [];

        var query = new BooleanQuery { { should, Occur.MUST } };
        if (kind is not null) query.Add(new TermQuery(new Term(IndexFields.Kind, kind)), Occur.MUST);
        if (files is not null)
        {
            var fileQuery = new BooleanQuery();
            foreach (var f in files) fileQuery.Add(new TermQuery(new Term(IndexFields.File, f)), Occur.SHOULD);
            query.Add(fileQuery, Occur.MUST);
        }

        var hits = new List<SearchHit>();
        foreach (var scoreDoc in _searcher.Search(query, top).ScoreDocs)
        {
            var d = _searcher.Doc(scoreDoc.Doc);
            var lines = d.Get(IndexFields.Lines).Split('-');
            hits.Add(new SearchHit(d.Get(IndexFields.Kind), d.Get(IndexFields.File), d.Get(IndexFields.Key), d.Get(IndexFields.Title),
                d.Get(IndexFields.Text) ?? "", new LineRange(int.Parse(lines[0]), int.Parse(lines[1])), scoreDoc.Score));
        }
        return hits;
    }

    private static void AddTerms(BooleanQuery query, Analyzer analyzer, string field, string text, float boost)
    {
        var seen = new HashSet<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && query.Clauses.Count < 400)
        {
            var t = term.ToString();
            if (!seen.Add(t)) continue;
            query.Add(new TermQuery(new Term(field, t)) { Boost = boost }, Occur.SHOULD);
        }
        stream.End();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _morph.Dispose();
        _ngram.Dispose();
    }
}
