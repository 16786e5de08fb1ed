using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// The seeds and other documents in one temporary folder, loaded once as a knowledge base of their own: the
/// evaluation adds plan documents beside the seeds, so these tests do too. A test class's fixture names what it adds.
/// </summary>
public abstract class SeedsBeside : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gyokaku-beside-" + Guid.NewGuid().ToString("N"));

    /// <summary>The seeds and every document of <paramref name="folders"/> (relative to the repository root: eval/extra2/seeds).</summary>
    protected SeedsBeside(params string[] folders)
        : this(folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, f))).Select(f => (Path.GetFileName(f), File.ReadAllText(f))))
    {
    }

    /// <summary>The seeds and one document written by the test itself.</summary>
    protected SeedsBeside(string file, string text) : this([(file, text)])
    {
    }

    private SeedsBeside(IEnumerable<(string File, string Text)> documents)
    {
        var seeds = Path.Combine(_root, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.EnumerateFiles(Corpus.SeedsPath))
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        foreach (var (name, text) in documents)
            File.WriteAllText(Path.Combine(seeds, name), text);
        Kb = KnowledgeBase.Load(seeds, Path.Combine(_root, "index"));
    }

    private static string RepositoryRoot => Path.GetDirectoryName(Corpus.SeedsPath)!;

    public KnowledgeBase Kb { get; }

    /// <summary>Asks with a fresh conversation.</summary>
    public Answer Ask(string question) => new AnswerService(Kb).Ask(question);

    /// <summary>Asks, and requires an answered status citing <paramref name="document"/>.</summary>
    public Answer Answered(string question, string document)
    {
        var a = Ask(question);
        Assert.True(a.Status == AnswerStatus.Answered, $"{question} → {a.Status}: {a.Text}");
        Assert.Contains(a.Citations, c => c.Document == document);
        return a;
    }

    public void Dispose()
    {
        Kb.Dispose();
        Directory.Delete(_root, recursive: true);
        GC.SuppressFinalize(this);
    }
}
