using Gyokaku.Analysis.Dictionary;

namespace Gyokaku.Analysis.Japanese.TokenAttributes;

/// <summary>The dictionary entry behind a token, shared by its attributes; they read fields from it on demand.</summary>
public sealed record MorphemeInfo(string Surface, WordEntries Entries, int Entry, bool IsUnknown)
{
    public string PartOfSpeechField(int index) => Entries.PartsOfSpeech.Field(Entries.PosId(Entry), index);

    /// <summary>The field's text, or null when the dictionary has "*" or nothing there.</summary>
    internal static string? NullIfStar(ReadOnlySpan<char> value) => value.IsEmpty || value is "*" ? null : new string(value);
}
