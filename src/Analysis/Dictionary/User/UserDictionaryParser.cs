using System.Text;
using Gyokaku.Analysis.Dictionary;

namespace Gyokaku.Analysis.Dictionary;

/// <summary>Parses Kuromoji's user dictionary CSV into a <see cref="UserDictionary"/>.</summary>
internal static class UserDictionaryParser
{
    public static UserDictionary Parse(TextReader reader)
    {
        var rows = new SortedDictionary<string, (string[] Segments, string[] Readings, string Pos)>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = SplitCsv(line);
            if (fields.Count != 4)
                throw new FormatException($"user dictionary line {lineNumber}: expected surface,segmentation,readings,part-of-speech: {raw}");
            var surface = fields[0].Trim();
            var segments = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var readings = fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (surface.Length == 0) throw new FormatException($"user dictionary line {lineNumber}: empty surface");
            if (string.Concat(segments) != surface)
                throw new FormatException($"user dictionary line {lineNumber}: segmentation '{fields[1]}' does not spell '{surface}'");
            if (segments.Length != readings.Length)
                throw new FormatException($"user dictionary line {lineNumber}: {segments.Length} segments but {readings.Length} readings");
            rows[surface] = (segments, readings, fields[3].Trim());   // a later line for the same surface wins
        }
        return Build(rows);
    }

    private static UserDictionary Build(SortedDictionary<string, (string[] Segments, string[] Readings, string Pos)> rows)
    {
        var phrases = new List<UserPhrase>();
        var starts = new List<int>();
        var strings = new StringPool.Builder();
        var posIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var posNames = new List<string>();
        var pos = new List<ushort>();
        var baseForms = new List<int>();
        var readings = new List<int>();
        foreach (var (surface, row) in rows)
        {
            phrases.Add(new UserPhrase(surface, starts.Count, row.Segments.Length));
            var joined = PartOfSpeechFields(row.Pos);
            if (!posIds.TryGetValue(joined, out int id))
            {
                posIds[joined] = id = posNames.Count;
                posNames.Add(joined);
            }
            int offset = 0;
            for (int i = 0; i < row.Segments.Length; i++)
            {
                starts.Add(offset);
                offset += row.Segments[i].Length;
                pos.Add((ushort)id);
                baseForms.Add(strings.Add(row.Segments[i]));
                readings.Add(strings.Add(row.Readings[i]));
            }
        }
        int n = pos.Count;
        var segments = new WordEntries(new short[n], new short[n], new short[n], [.. pos], [.. baseForms], [.. readings], [.. readings],
            new PartOfSpeechTable([.. posNames]), strings.Build());
        Array.Fill(segments.LeftIds, (short)UserDictionary.ContextId);
        Array.Fill(segments.RightIds, (short)UserDictionary.ContextId);
        var trie = rows.Count == 0 ? EmptyTrie() : DoubleArrayTrieBuilder.Build(phrases.Select(p => p.Surface).ToList(), Enumerable.Range(0, phrases.Count).ToList());
        return new UserDictionary(trie, [.. phrases], [.. starts], segments);
    }

    /// <summary>Kuromoji-style "名詞-固有名詞-組織" becomes MeCab's six fields "名詞,固有名詞,組織,*,*,*".</summary>
    internal static string PartOfSpeechFields(string pos)
    {
        var parts = pos.Split('-', StringSplitOptions.RemoveEmptyEntries).Take(4).ToList();
        if (parts.Count == 0) parts.Add("*");
        while (parts.Count < 6) parts.Add("*");
        return string.Join(',', parts);
    }

    private static DoubleArrayTrie EmptyTrie() => new(new ushort[0x10000], [1, -1], [int.MaxValue, -1]);

    /// <summary>Splits one CSV line; fields may be double-quoted with "" for a quote, as Kuromoji allows.</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
