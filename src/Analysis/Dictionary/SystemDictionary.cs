using System.Reflection;

namespace Gyokaku.Analysis.Dictionary;

/// <summary>
/// A compiled MeCab-style dictionary (IPADIC): a trie of surfaces whose values are
/// <c>firstEntry &lt;&lt; 8 | entryCount</c>, the entries, the unknown-word entries per category,
/// character classes and connection costs.
/// </summary>
public sealed class SystemDictionary : IMorphemeDictionary
{
    private const string ResourceName = "Gyokaku.Analysis.ipadic.bin";
    private static readonly Lazy<SystemDictionary> s_ipadic = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic] private static PrefixMatch[]? t_found;

    private readonly DoubleArrayTrie _trie;
    private readonly int[] _unknownStarts;   // categories + 1

    public SystemDictionary(CharacterDefinition characters, ConnectionCosts connections, DoubleArrayTrie trie,
        WordEntries words, WordEntries unknownWords, int[] unknownStarts)
    {
        if (unknownStarts.Length != characters.CategoryNames.Count + 1)
            throw new ArgumentException("one unknown-entry range per category is needed", nameof(unknownStarts));
        Characters = characters;
        Connections = connections;
        _trie = trie;
        Words = words;
        UnknownWords = unknownWords;
        _unknownStarts = unknownStarts;
    }

    /// <summary>IPADIC as shipped inside this assembly, loaded once.</summary>
    public static SystemDictionary Ipadic => s_ipadic.Value;

    public CharacterDefinition Characters { get; }
    public ConnectionCosts Connections { get; }
    public WordEntries Words { get; }
    public WordEntries UnknownWords { get; }

    internal DoubleArrayTrie Trie => _trie;
    internal int[] UnknownStarts => _unknownStarts;

    public int LookupPrefixes(ReadOnlySpan<char> text, Span<EntryRange> matches)
    {
        // A per-thread scratch array: zeroing a stackalloc at every text position cost ~10% of analysis time.
        var found = t_found ??= new PrefixMatch[256];
        int n = _trie.CommonPrefixSearch(text, found.AsSpan(0, Math.Min(matches.Length, found.Length)));
        for (int i = 0; i < n; i++)
        {
            int value = found[i].Value;
            matches[i] = new EntryRange(found[i].Length, value >> 8, value & 0xFF);
        }
        return n;
    }

    public EntryRange UnknownEntries(int category) =>
        new(0, _unknownStarts[category], _unknownStarts[category + 1] - _unknownStarts[category]);

    /// <summary>Reads a dictionary written by <see cref="DictionaryFile.Write"/>.</summary>
    public static SystemDictionary Load(Stream stream) => DictionaryFile.Read(stream);

    private static SystemDictionary LoadEmbedded()
    {
        using var stream = typeof(SystemDictionary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"{ResourceName} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}; rebuild it with `compile-dictionary` (see README).");
        return Load(stream);
    }
}
