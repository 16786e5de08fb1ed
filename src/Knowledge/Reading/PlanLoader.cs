using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading.Layouts;
using Gyokaku.Knowledge.Reading.Layouts.Structured;

namespace Gyokaku.Knowledge.Reading;

/// <summary>
/// Reads plan files: picks the reader whose layout the text looks like, falls back to passages only
/// when none fits or the reader fails, and always adds full-text passages.
/// </summary>
public sealed class PlanLoader
{
    /// <summary>Below this score a text is not trusted to any structured reader.</summary>
    public const double RecognitionThreshold = 0.5;

    private readonly IReadOnlyList<IPlanReader> _readers;
    private readonly GenericReader _generic = new();
    private readonly StructuredReader _structured = new();

    public PlanLoader(IEnumerable<IPlanReader>? readers = null) =>
        _readers = (readers ?? KnownLayouts.All()).ToList();

    /// <summary>Every *.txt and *.md under <paramref name="directory"/>, in file-name order.</summary>
    public LoadResult LoadDirectory(string directory)
    {
        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var documents = new List<PlanDocument>();
        var warnings = new List<ReadWarning>();
        foreach (var file in files)
        {
            var doc = Load(SourceText.Load(file));
            documents.Add(doc);
            warnings.AddRange(doc.Warnings);
        }
        return new LoadResult(documents, warnings);
    }

    public PlanDocument Load(SourceText text)
    {
        var warnings = new List<ReadWarning>();
        var reader = Choose(text);
        // A layout nobody wrote a reader for may be printed in two columns set side by side: read, and
        // search, each column whole. The dedicated readers know their layouts and read them as printed.
        if (reader is StructuredReader or GenericReader)
        {
            var columns = TwoColumnPages.Split(text);
            if (columns != text) (text, reader) = (columns, Choose(columns));
        }
        PlanDocument doc;
        try
        {
            doc = reader.Read(text, warnings);
            // A dedicated reader that found none of its items was chosen by a look-alike: the structure the
            // text does have is a better reading than none.
            if (doc.Items.Count == 0 && reader != _structured && reader != _generic && _structured.Recognize(TwoColumnPages.Split(text)) > 0)
            {
                warnings.Add(new ReadWarning(text.FileName, 1, $"{reader.Layout} reader found no items; read by its structure instead"));
                text = TwoColumnPages.Split(text);
                doc = _structured.Read(text, warnings);
            }
        }
        catch (Exception e) when (reader != _generic)
        {
            // A reader bug or a badly damaged file must not lose the file: keep it searchable.
            warnings.Add(new ReadWarning(text.FileName, 1, $"{reader.Layout} reader failed ({e.GetType().Name}: {e.Message}); indexed as passages only"));
            doc = _generic.Read(text, warnings);
        }
        return doc with { Warnings = warnings, Passages = PassageSplitter.Split(text) };
    }

    public IPlanReader Choose(SourceText text)
    {
        IPlanReader best = _generic;
        var bestScore = RecognitionThreshold;
        foreach (var reader in _readers)
        {
            double score;
            try { score = reader.Recognize(text); }
            catch { score = 0; }
            if (score > bestScore) (best, bestScore) = (reader, score);
        }
        return best;
    }
}

public sealed record LoadResult(IReadOnlyList<PlanDocument> Documents, IReadOnlyList<ReadWarning> Warnings);
