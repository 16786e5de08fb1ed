namespace Gyokaku.Bot.Answers;

/// <summary>
/// Where the seeds and the index are. Read from the repository root's appsettings.json (section Gyokaku),
/// overridden by the host's configuration and environment variables (Gyokaku__SeedsPath, Gyokaku__IndexPath).
/// Relative paths are relative to the repository root, so the bot finds them from any working directory.
/// </summary>
public sealed record GyokakuOptions(string SeedsPath, string IndexPath)
{
    public static GyokakuOptions From(IConfiguration? hostConfiguration)
    {
        var root = RepositoryRoot();
        var builder = new ConfigurationBuilder();
        if (root is not null) builder.AddJsonFile(Path.Combine(root, "appsettings.json"), optional: true);
        if (hostConfiguration is not null) builder.AddConfiguration(hostConfiguration);
        else builder.AddEnvironmentVariables();
        var section = builder.Build().GetSection("Gyokaku");
        var baseDir = root ?? Directory.GetCurrentDirectory();
        return new GyokakuOptions(
            Resolve(baseDir, section["SeedsPath"] ?? "seeds"),
            Resolve(baseDir, section["IndexPath"] ?? "data/index"));
    }

    private static string Resolve(string baseDir, string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(baseDir, path));

    /// <summary>The folder holding Gyokaku.sln, looked for above the working directory, then above the binary.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Gyokaku.sln"))) return dir.FullName;
        return null;
    }
}
