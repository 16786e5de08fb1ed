using System.Text;

namespace Gyokaku.Analysis.Dictionary.Compiling;

/// <summary>
/// Turns a MeCab dictionary source folder (mecab-ipadic) into a <see cref="SystemDictionary"/>.
/// Entries sharing a surface keep the order mecab-dict-index gives them (file by file, line by
/// line), because that order decides ties between equally cheap analyses.
/// </summary>
public static class IpadicCompiler
{
    /// <summary>Compiles <paramref name="sourceDirectory"/>; <paramref name="charset"/> is the CSVs' encoding.</summary>
    public static SystemDictionary Compile(string sourceDirectory, string charset = "euc-jp", TextWriter? log = null)
    {
        var source = new IpadicSource(sourceDirectory, IpadicSource.EncodingFor(charset));
        var characters = CharacterDefinitionParser.Parse(source.Lines("char.def"));
        log?.WriteLine($"char.def: {characters.CategoryNames.Count} categories");
        var connections = ReadMatrix(source.Lines("matrix.def"));
        log?.WriteLine($"matrix.def: {connections.LeftSize}x{connections.RightSize}");

        var (unknown, unknownStarts) = CompileUnknown(source, characters, connections);
        var (trie, words) = CompileWords(source, connections, log);
        return new SystemDictionary(characters, connections, trie, words, unknown, unknownStarts);
    }

    private static ConnectionCosts ReadMatrix(IEnumerable<string> lines)
    {
        using var e = lines.GetEnumerator();
        if (!e.MoveNext()) throw new InvalidDataException("matrix.def is empty");
        var size = e.Current.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int leftSize = int.Parse(size[0]), rightSize = int.Parse(size[1]);
        var costs = new short[leftSize * rightSize];
        int n = 1;
        Span<Range> parts = stackalloc Range[4];
        while (e.MoveNext())
        {
            n++;
            var line = e.Current.AsSpan();
            if (line.IsEmpty) continue;
            if (line.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries) != 3)
                throw new InvalidDataException($"matrix.def:{n}: expected 'right left cost'");
            int right = int.Parse(line[parts[0]]), left = int.Parse(line[parts[1]]);
            if (right >= leftSize || left >= rightSize) throw new InvalidDataException($"matrix.def:{n}: id out of range");
            costs[right + leftSize * left] = short.Parse(line[parts[2]]);
        }
        return new ConnectionCosts(leftSize, rightSize, costs);
    }

    private static (WordEntries, int[]) CompileUnknown(IpadicSource source, CharacterDefinition characters, ConnectionCosts connections)
    {
        var byCategory = characters.CategoryNames.Select(_ => new List<SourceEntry>()).ToArray();
        int n = 0;
        foreach (var line in source.Lines("unk.def"))
        {
            n++;
            if (line.Length == 0) continue;
            var entry = IpadicSource.ParseEntry(line, $"unk.def:{n}");
            int category = characters.IndexOf(entry.Surface);
            if (category < 0) throw new InvalidDataException($"unk.def:{n}: category [{entry.Surface}] is not in char.def");
            CheckIds(entry, connections, $"unk.def:{n}");
            byCategory[category].Add(entry);
        }
        var starts = new int[byCategory.Length + 1];
        var all = new List<SourceEntry>();
        for (int c = 0; c < byCategory.Length; c++)
        {
            if (byCategory[c].Count == 0) throw new InvalidDataException($"unk.def: category [{characters.CategoryNames[c]}] has no entry");
            starts[c] = all.Count;
            all.AddRange(byCategory[c]);
        }
        starts[^1] = all.Count;
        return (BuildEntries(all), starts);
    }

    private static (DoubleArrayTrie, WordEntries) CompileWords(IpadicSource source, ConnectionCosts connections, TextWriter? log)
    {
        var groups = new Dictionary<string, List<SourceEntry>>(StringComparer.Ordinal);
        int total = 0;
        foreach (var (file, line, entry) in source.WordEntries())
        {
            if (entry.Surface.Length == 0) continue;   // mecab-dict-index discards empty words too
            CheckIds(entry, connections, $"{file}:{line}");
            if (!groups.TryGetValue(entry.Surface, out var list)) groups[entry.Surface] = list = [];
            list.Add(entry);
            total++;
        }
        log?.WriteLine($"word lists: {total} entries, {groups.Count} surfaces");

        var ordered = new List<SourceEntry>(total);
        var keys = new List<string>(groups.Count);
        var values = new List<int>(groups.Count);
        foreach (var (surface, list) in groups)
        {
            if (list.Count > 0xFF) throw new InvalidDataException($"more than 255 entries for '{surface}'");
            keys.Add(surface);
            values.Add(ordered.Count << 8 | list.Count);
            ordered.AddRange(list);
        }
        var trie = DoubleArrayTrieBuilder.Build(keys, values);
        log?.WriteLine($"trie: {trie.Base.Length} slots");
        return (trie, BuildEntries(ordered));
    }

    private static void CheckIds(SourceEntry entry, ConnectionCosts connections, string where)
    {
        if (entry.LeftId < 0 || entry.RightId < 0 || entry.RightId >= connections.LeftSize || entry.LeftId >= connections.RightSize)
            throw new InvalidDataException($"{where}: context ids {entry.LeftId},{entry.RightId} are outside matrix.def");
        if (entry.Features.Length is < 6 or > 9)
            throw new InvalidDataException($"{where}: expected 6 to 9 feature fields, found {entry.Features.Length}");
    }

    private static WordEntries BuildEntries(IReadOnlyList<SourceEntry> entries)
    {
        int n = entries.Count;
        var left = new short[n];
        var right = new short[n];
        var cost = new short[n];
        var pos = new ushort[n];
        var baseForms = new int[n];
        var readings = new int[n];
        var pronunciations = new int[n];
        var strings = new StringPool.Builder();
        var posIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var posNames = new List<string>();
        for (int i = 0; i < n; i++)
        {
            var e = entries[i];
            left[i] = e.LeftId;
            right[i] = e.RightId;
            cost[i] = e.Cost;
            var joined = string.Join(',', e.Features, 0, 6);
            if (!posIds.TryGetValue(joined, out int id))
            {
                id = posNames.Count;
                posIds[joined] = id;
                posNames.Add(joined);
            }
            pos[i] = checked((ushort)id);
            baseForms[i] = e.Features.Length > 6 ? strings.Add(e.Features[6]) : WordEntries.Absent;
            readings[i] = e.Features.Length > 7 ? strings.Add(e.Features[7]) : WordEntries.Absent;
            pronunciations[i] = e.Features.Length > 8 ? strings.Add(e.Features[8]) : WordEntries.Absent;
        }
        return new WordEntries(left, right, cost, pos, baseForms, readings, pronunciations,
            new PartOfSpeechTable([.. posNames]), strings.Build());
    }

    /// <summary>Compiles and writes the binary file in one go.</summary>
    public static void CompileToFile(string sourceDirectory, string outputPath, string charset = "euc-jp", TextWriter? log = null)
    {
        var dictionary = Compile(sourceDirectory, charset, log);
        var temporary = outputPath + ".tmp";
        using (var output = File.Create(temporary)) DictionaryFile.Write(output, dictionary);
        File.Move(temporary, outputPath, overwrite: true);
        log?.WriteLine($"wrote {outputPath} ({new FileInfo(outputPath).Length:N0} bytes)");
    }
}
