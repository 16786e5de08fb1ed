using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDocument = Lucene.Net.Documents.Document;
using Field = Lucene.Net.Documents.Field;

namespace Gyokaku.Knowledge.Search;

/// <summary>What went into the index for one plan document (for the console summary).</summary>
public sealed record IndexedDocument(string File, string Title, string Layout, int Items, int Passages, int Warnings);

/// <summary>
/// Writes the search index: one Lucene document per plan item (structured fields stored, all its facts
/// searchable) and one per passage of free text, each with a morphological and an n-gram field.
/// </summary>
public static class IndexBuilder
{
    /// <summary>Builds into a fresh folder of <paramref name="store"/> and publishes it; returns the per-document summary.</summary>
    public static IReadOnlyList<IndexedDocument> Build(IReadOnlyList<PlanDocument> documents, IndexStore store, Action<IndexedDocument>? progress = null)
    {
        var folder = store.NewBuildFolder();
        var summary = new List<IndexedDocument>();
        try
        {
            using (var directory = FSDirectory.Open(folder))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalyzers.Version, TextAnalyzers.PerField()) { OpenMode = OpenMode.CREATE }))
            {
                foreach (var doc in documents)
                {
                    foreach (var item in doc.Items) writer.AddDocument(ItemDocument(doc, item));
                    foreach (var passage in doc.Passages) writer.AddDocument(PassageDocument(doc, passage));
                    var done = new IndexedDocument(doc.File, doc.Title, doc.Layout, doc.Items.Count, doc.Passages.Count, doc.Warnings.Count);
                    summary.Add(done);
                    progress?.Invoke(done);
                }
                writer.Commit();
            }
            store.Publish(folder);
        }
        catch
        {
            // A failed build never replaces the live index; its folder is garbage.
            try { System.IO.Directory.Delete(folder, recursive: true); } catch (IOException) { }
            throw;
        }
        return summary;
    }

    private static LuceneDocument ItemDocument(PlanDocument doc, PlanItem item)
    {
        var facts = ItemFacts.Of(item);
        var body = string.Join("\n", facts.Select(f => $"{f.Label}: {f.Text}")
            .Concat(item.Path.Select(p => p.ToString())));
        var d = Common(doc, "item", item.Lines);
        d.Add(new StringField(IndexFields.Key, item.Key, Field.Store.YES));
        if (item.Number is not null) d.Add(new StringField(IndexFields.Number, item.Number, Field.Store.YES));
        d.Add(new StoredField(IndexFields.Label, item.Label));
        d.Add(new StoredField(IndexFields.Title, item.Title));
        d.Add(new StoredField(IndexFields.Departments, ItemFacts.FormatDepartments(item.Departments)));
        d.Add(new StoredField(IndexFields.Text, body));
        d.Add(new TextField(IndexFields.TitleNGram, JaText.Normalize(item.Title), Field.Store.NO));
        AddSearchText(d, item.Title + "\n" + body);
        return d;
    }

    private static LuceneDocument PassageDocument(PlanDocument doc, Passage passage)
    {
        var d = Common(doc, "passage", passage.Lines);
        if (passage.ItemKey is not null) d.Add(new StringField(IndexFields.Key, passage.ItemKey, Field.Store.YES));
        if (passage.Heading is not null) d.Add(new StoredField(IndexFields.Title, passage.Heading));
        d.Add(new StoredField(IndexFields.Text, passage.Text));
        AddSearchText(d, (passage.Heading ?? "") + "\n" + passage.Text);
        return d;
    }

    private static LuceneDocument Common(PlanDocument doc, string kind, LineRange lines) =>
    [
        new StringField(IndexFields.Kind, kind, Field.Store.YES),
        new StringField(IndexFields.File, doc.File, Field.Store.YES),
        new StoredField(IndexFields.Lines, $"{lines.Start}-{lines.End}"),
        new StoredField(IndexFields.PlanTitle, doc.Title),
        new StoredField(IndexFields.Municipality, doc.Municipality ?? ""),
    ];

    private static void AddSearchText(LuceneDocument d, string text)
    {
        // Both fields see the normalized text, so ３７ and 37, ⾏ and 行 meet.
        var normalized = JaText.Normalize(text);
        d.Add(new TextField(IndexFields.Morph, normalized, Field.Store.NO));
        d.Add(new TextField(IndexFields.NGram, normalized, Field.Store.NO));
    }
}
