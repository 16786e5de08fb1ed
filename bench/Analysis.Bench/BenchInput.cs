using System.Text;

namespace Gyokaku.Analysis.Bench;

/// <summary>The text to analyse: a given file, or the repo's seeds and golden inputs repeated up to a size.</summary>
internal static class BenchInput
{
    public static string Prepare(string? path, int megabytes)
    {
        if (path is not null)
        {
            if (!File.Exists(path)) throw new FileNotFoundException($"no such input file: {path}", path);
            return path;
        }
        var root = FindRepositoryRoot();
        var sources = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "Analysis.Tests", "Golden"), "*-input.txt"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Select(t => t.EndsWith('\n') ? t : t + "\n")
            .ToList();
        long target = megabytes * 1_000_000L;
        var output = Path.Combine(Path.GetTempPath(), $"gyokaku-bench-{megabytes}mb.txt");
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        long written = 0;
        while (written < target)
        {
            foreach (var text in sources)
            {
                writer.Write(text);
                written += Encoding.UTF8.GetByteCount(text);
                if (written >= target) break;
            }
        }
        return output;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Gyokaku.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the benchmark from inside the repository, or pass an input file");
    }
}
