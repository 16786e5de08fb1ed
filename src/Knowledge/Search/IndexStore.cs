namespace Gyokaku.Knowledge.Search;

/// <summary>
/// Where the live index is: <c>ROOT/&lt;stamp&gt;/</c> folders and a pointer file <c>ROOT/CURRENT</c> naming one.
/// A new index is written to a fresh folder and the pointer replaced by rename, so a reader never sees
/// a half-built index; superseded folders are deleted afterwards.
/// </summary>
public sealed class IndexStore(string root)
{
    public const string PointerFile = "CURRENT";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The live index folder, or null when none was built yet (or the pointer names a missing folder).</summary>
    public string? Current()
    {
        var pointer = Path.Combine(Root, PointerFile);
        if (!File.Exists(pointer)) return null;
        var name = File.ReadAllText(pointer).Trim();
        var dir = Path.Combine(Root, name);
        return name.Length > 0 && Directory.Exists(dir) ? dir : null;
    }

    /// <summary>
    /// True when there is no index, or it is older than a seed file (or the seed list changed), or older than
    /// the code that reads and analyzes the seeds: a new reader or analyzer must not serve an index built by the old one.
    /// </summary>
    public bool IsStale(string seedsPath)
    {
        var current = Current();
        if (current is null) return true;
        var builtAt = File.GetLastWriteTimeUtc(Path.Combine(Root, PointerFile));
        if (BuildCode().Any(assembly => File.GetLastWriteTimeUtc(assembly) > builtAt)) return true;
        var seeds = new DirectoryInfo(seedsPath);
        if (!seeds.Exists) return false;
        if (seeds.LastWriteTimeUtc > builtAt) return true;
        return seeds.EnumerateFiles().Any(f => f.LastWriteTimeUtc > builtAt);
    }

    /// <summary>The assemblies whose code decides what goes into the index: readers, model, search schema, analyzer.</summary>
    private static IEnumerable<string> BuildCode() =>
        new[] { typeof(IndexStore).Assembly, typeof(Gyokaku.Analysis.Japanese.JapaneseAnalyzer).Assembly }
            .Select(a => a.Location)
            .Where(path => path.Length > 0 && File.Exists(path));

    /// <summary>A new empty folder for a build.</summary>
    public string NewBuildFolder()
    {
        Directory.CreateDirectory(Root);
        var name = DateTime.UtcNow.ToString("yyyyMMddTHHmmssfff") + "-" + Guid.NewGuid().ToString("N")[..6];
        var dir = Path.Combine(Root, name);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Makes <paramref name="folder"/> the live index (atomic rename of the pointer), then removes older builds.</summary>
    public void Publish(string folder)
    {
        var name = Path.GetFileName(folder);
        var temp = Path.Combine(Root, PointerFile + "." + Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllText(temp, name);
        File.Move(temp, Path.Combine(Root, PointerFile), overwrite: true);
        foreach (var old in Directory.EnumerateDirectories(Root))
        {
            // Only older builds: a newer folder may be another process's build in progress.
            if (string.CompareOrdinal(Path.GetFileName(old), name) >= 0) continue;
            // A process may still be reading an old build; failing to delete it now is harmless.
            try { Directory.Delete(old, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
