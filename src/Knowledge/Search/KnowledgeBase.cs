using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Search;

/// <summary>An item with its facts and the normalized texts matching needs, computed once at load.</summary>
public sealed class ItemProfile
{
    public ItemProfile(PlanDocument document, PlanItem item)
    {
        Document = document;
        Item = item;
        Facts = ItemFacts.Of(item);
        Title = JaText.Normalize(item.Title);
        // Activities (②H35年度以降の計画策定) name what the item does as much as its texts do.
        Body = JaText.Normalize(string.Join("\n", Facts.Select(f => f.Indicator is null ? f.Text : f.Indicator + " " + f.Text)
            .Concat(item.Path.Select(p => p.Title)).Concat(item.Years.Select(y => y.Activity).OfType<string>().Distinct())));
    }

    public PlanDocument Document { get; }
    public PlanItem Item { get; }
    public IReadOnlyList<Fact> Facts { get; }
    public string Title { get; }
    public string Body { get; }
}

/// <summary>
/// Everything answering needs, loaded once: the documents as read, their items' facts, the term weights
/// of the corpus, the plan name catalog and the opened search index.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private KnowledgeBase(IReadOnlyList<PlanDocument> documents, PlanIndex index)
    {
        Documents = documents;
        Index = index;
        Items = documents.SelectMany(d => d.Items.Select(i => new ItemProfile(d, i))).ToList();
        // (A passage's blank line marks where a paragraph ends; it is no line of text.)
        Weights = TermWeights.Build(documents.SelectMany(d => d.Passages.SelectMany(p => p.Text.Split('\n')).Where(l => l.Length > 0)));
        Catalog = new PlanCatalog(documents);
        Departments = new DepartmentCatalog(documents);
        Titles = new TitleCatalog(documents);
    }

    public IReadOnlyList<PlanDocument> Documents { get; }
    public IReadOnlyList<ItemProfile> Items { get; }
    public PlanIndex Index { get; }
    public TermWeights Weights { get; }
    public PlanCatalog Catalog { get; }
    public DepartmentCatalog Departments { get; }
    public TitleCatalog Titles { get; }

    public IEnumerable<ItemProfile> ItemsOf(PlanDocument document) => Items.Where(i => i.Document == document);

    /// <summary>
    /// Reads the seeds and opens the index, building it first when it is missing or older than the seeds.
    /// </summary>
    public static KnowledgeBase Load(string seedsPath, string indexPath, Action<string>? log = null)
    {
        if (!System.IO.Directory.Exists(seedsPath))
            throw new DirectoryNotFoundException($"seeds folder not found: {Path.GetFullPath(seedsPath)}");
        var documents = new PlanLoader().LoadDirectory(seedsPath).Documents;
        var store = new IndexStore(indexPath);
        if (store.IsStale(seedsPath))
        {
            log?.Invoke($"building the index in {store.Root} from {documents.Count} documents");
            try { IndexBuilder.Build(documents, store); }
            catch (Exception e) when (store.Current() is not null)
            {
                // Another process may have built it at the same moment; its index serves as well.
                log?.Invoke($"index build failed ({e.Message}); using the existing index");
            }
        }
        var folder = store.Current() ?? throw new InvalidOperationException($"no index in {store.Root}");
        log?.Invoke($"index loaded from {folder}");
        return new KnowledgeBase(documents, PlanIndex.Open(folder));
    }

    public void Dispose() => Index.Dispose();
}
