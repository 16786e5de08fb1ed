using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// The real seeds, loaded once for all tests, with the index built into a temporary folder of its own
/// (never the developer's data/index).
/// </summary>
public static class Corpus
{
    public static readonly string SeedsPath = FindSeeds();
    // One folder for every run: the index is rebuilt only when the seeds change, and runs leave no litter.
    public static readonly string IndexPath = Path.Combine(Path.GetTempPath(), "gyokaku-answers-tests-index");

    private static readonly Lazy<KnowledgeBase> Lazy = new(() => KnowledgeBase.Load(SeedsPath, IndexPath));

    public static KnowledgeBase Knowledge => Lazy.Value;

    /// <summary>A fresh service (own conversation memory) over the shared knowledge base.</summary>
    public static AnswerService Service() => new(Knowledge);

    public static Answer Ask(string question, string? conversation = null) => Service().Ask(question, conversation);

    public const string Yamaguchi = "000_515c82e92dec70ba.txt";
    public const string Mine = "001_f12f802a8aae7065.txt";
    public const string ActionPlan = "002_9480041d8c514e34.txt";
    public const string Okayama = "003_c8713793ffb998d7.txt";
    public const string Ogori = "004_e7a2b0553b0a241f.txt";

    /// <summary>Asks, and requires an answered status citing <paramref name="document"/>.</summary>
    public static Answer Answered(string question, string document)
    {
        var a = Ask(question);
        Assert.True(a.Status == AnswerStatus.Answered, $"{question} → {a.Status}: {a.Text}");
        Assert.Contains(a.Citations, c => c.Document == document);
        return a;
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Gyokaku.sln")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
                return Path.Combine(dir.FullName, "seeds");
        throw new InvalidOperationException("seeds/ not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The answer text with whitespace removed and NFKC applied, as the evaluation compares.</summary>
    public static string Flat(Answer a) => string.Concat(a.Text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
}
