namespace Gyokaku.Analysis.Dictionary;

/// <summary>
/// What the analyzer needs from a dictionary: character classes, connection costs, the entries
/// that start a text, and the unknown-word entries of a character category.
/// </summary>
public interface IMorphemeDictionary
{
    CharacterDefinition Characters { get; }
    ConnectionCosts Connections { get; }

    /// <summary>Entries found in the dictionary (known words).</summary>
    WordEntries Words { get; }

    /// <summary>unk.def's entries, per character category.</summary>
    WordEntries UnknownWords { get; }

    /// <summary>
    /// The dictionary keys that are prefixes of <paramref name="text"/>, shortest first: for each,
    /// its length and the range of its entries in <see cref="Words"/>. Returns how many were written.
    /// </summary>
    int LookupPrefixes(ReadOnlySpan<char> text, Span<EntryRange> matches);

    /// <summary>The range of <see cref="UnknownWords"/> proposed for characters of <paramref name="category"/>.</summary>
    EntryRange UnknownEntries(int category);
}

/// <summary>Entries <c>Start..Start+Count</c> of a surface <paramref name="Length"/> units long.</summary>
public readonly record struct EntryRange(int Length, int Start, int Count);
