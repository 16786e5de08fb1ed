using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

public class PlanLoaderTests
{
    [Fact]
    public void A_text_in_no_known_layout_still_yields_passages()
    {
        var text = new SourceText("memo.txt", "令和6年度 北九州市 行財政改革の取組\n\n窓口のデジタル化を進めた。\n職員研修を12回実施した。\n");
        var doc = new PlanLoader().Load(text);
        Assert.Equal("generic", doc.Layout);
        Assert.Empty(doc.Items);
        Assert.Contains(doc.Passages, p => p.Text.Contains("職員研修を12回実施した"));
        Assert.Equal("令和6年度 北九州市 行財政改革の取組", doc.Title);
    }

    [Fact]
    public void Every_line_of_every_seed_is_in_some_passage()
    {
        foreach (var doc in Seeds.Documents)
        {
            var source = Seeds.Text(doc.File[..3]);
            var covered = new HashSet<int>();
            foreach (var p in doc.Passages)
                for (var n = p.Lines.Start; n <= p.Lines.End; n++) covered.Add(n);
            for (var n = 1; n <= source.Lines.Count; n++)
                if (source.Line(n).Trim().Length > 0)
                    Assert.True(covered.Contains(n), $"{doc.File}:{n} is in no passage");
        }
    }

    [Fact]
    public void A_reader_that_throws_loses_nothing()
    {
        var loader = new PlanLoader([new ThrowingReader()]);
        var doc = loader.Load(new SourceText("broken.txt", "推進項目\t1 何か\n本文\n"));
        Assert.Equal("generic", doc.Layout);
        Assert.Contains(doc.Warnings, w => w.File == "broken.txt" && w.Message.Contains("throwing"));
        Assert.NotEmpty(doc.Passages);
    }

    [Fact]
    public void Invalid_utf8_is_read_not_rejected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gyokaku-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [0xE6, 0x8E, 0xA8, 0xFF, 0xFE, 0x0A, 0xE9, 0xA0, 0x85]);
        try
        {
            var doc = new PlanLoader().Load(SourceText.Load(path));
            Assert.Contains(doc.Passages, p => p.Text.Contains('\uFFFD'));
        }
        finally { File.Delete(path); }
    }

    private sealed class ThrowingReader : IPlanReader
    {
        public string Layout => "throwing";
        public double Recognize(SourceText text) => 1;
        public PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings) => throw new InvalidDataException("boom");
    }
}
