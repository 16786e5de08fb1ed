using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Answers.Tests;

public class IndexTests
{
    [Fact]
    public void Search_finds_an_item_by_its_words_within_one_document()
    {
        var hits = Corpus.Knowledge.Index.Search("マイナンバーカードの普及", ["004_e7a2b0553b0a241f.txt"], "item", 3);
        Assert.NotEmpty(hits);
        Assert.Equal("10", hits[0].ItemKey);
        Assert.All(hits, h => Assert.Equal("004_e7a2b0553b0a241f.txt", h.File));
    }

    [Fact]
    public void A_rebuild_publishes_a_new_folder_and_removes_the_old()
    {
        var root = Path.Combine(Path.GetTempPath(), "gyokaku-index-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = new IndexStore(root);
            Assert.Null(store.Current());
            Assert.True(store.IsStale(Corpus.SeedsPath));
            var docs = new PlanLoader().LoadDirectory(Corpus.SeedsPath).Documents;
            IndexBuilder.Build(docs, store);
            var first = store.Current();
            Assert.NotNull(first);
            Assert.False(store.IsStale(Corpus.SeedsPath));
            Thread.Sleep(5); // a later stamp
            var summary = IndexBuilder.Build(docs, store);
            var second = store.Current();
            Assert.NotEqual(first, second);
            Assert.False(Directory.Exists(first));
            Assert.Equal(docs.Count, summary.Count);
            using var index = PlanIndex.Open(second!);
            Assert.Equal(docs.Sum(d => d.Items.Count + d.Passages.Count), index.Count);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
