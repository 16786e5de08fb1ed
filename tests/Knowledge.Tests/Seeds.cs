using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests;

/// <summary>The real corpus in the repository's <c>seeds/</c>, found by walking up from the test binary.</summary>
public static class Seeds
{
    public static readonly string Directory = Find();

    private static readonly Lazy<LoadResult> All = new(() => new PlanLoader().LoadDirectory(Directory));

    public static IReadOnlyList<PlanDocument> Documents => All.Value.Documents;

    public static PlanDocument Document(string filePrefix) =>
        Documents.Single(d => d.File.StartsWith(filePrefix, StringComparison.Ordinal));

    public static SourceText Text(string filePrefix) =>
        SourceText.Load(System.IO.Directory.EnumerateFiles(Directory, filePrefix + "*").Single());

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "Gyokaku.sln")) && System.IO.Directory.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
