namespace Gyokaku.Analysis.Dictionary;

/// <summary>
/// Dictionary entries as parallel arrays: context ids and cost for the lattice, and the feature
/// fields (part of speech, base form, reading, pronunciation) as ids into shared tables, so each
/// distinct string is stored once.
/// </summary>
public sealed class WordEntries
{
    /// <summary>Marks a feature field the entry does not have (unknown words stop after the base form).</summary>
    public const int Absent = -1;

    internal readonly short[] LeftIds;
    internal readonly short[] RightIds;
    internal readonly short[] Costs;
    internal readonly ushort[] PosIds;
    internal readonly int[] BaseForms;
    internal readonly int[] Readings;
    internal readonly int[] Pronunciations;

    public WordEntries(short[] leftIds, short[] rightIds, short[] costs, ushort[] posIds,
        int[] baseForms, int[] readings, int[] pronunciations, PartOfSpeechTable partsOfSpeech, StringPool strings)
    {
        int n = leftIds.Length;
        if (rightIds.Length != n || costs.Length != n || posIds.Length != n || baseForms.Length != n ||
            readings.Length != n || pronunciations.Length != n)
            throw new ArgumentException("entry arrays differ in length");
        LeftIds = leftIds;
        RightIds = rightIds;
        Costs = costs;
        PosIds = posIds;
        BaseForms = baseForms;
        Readings = readings;
        Pronunciations = pronunciations;
        PartsOfSpeech = partsOfSpeech;
        Strings = strings;
    }

    public int Count => LeftIds.Length;
    public PartOfSpeechTable PartsOfSpeech { get; }
    public StringPool Strings { get; }

    public int LeftId(int entry) => LeftIds[entry];
    public int RightId(int entry) => RightIds[entry];
    public int Cost(int entry) => Costs[entry];

    /// <summary>The six part-of-speech and inflection fields joined by commas, e.g. 動詞,自立,*,*,五段・ラ行,連用形.</summary>
    public string PartOfSpeechFields(int entry) => PartsOfSpeech.Joined(PosIds[entry]);

    public int PosId(int entry) => PosIds[entry];

    public ReadOnlySpan<char> BaseForm(int entry) => Field(BaseForms[entry]);
    public ReadOnlySpan<char> Reading(int entry) => Field(Readings[entry]);
    public ReadOnlySpan<char> Pronunciation(int entry) => Field(Pronunciations[entry]);
    public bool HasReading(int entry) => Readings[entry] != Absent;

    private ReadOnlySpan<char> Field(int id) => id == Absent ? default : Strings.Span(id);

    /// <summary>The entry's feature as MeCab prints it: the part-of-speech fields, base form, and reading and pronunciation when present.</summary>
    public int WriteFeature(int entry, Span<char> destination)
    {
        int n = Append(destination, 0, PartsOfSpeech.Joined(PosIds[entry]));
        n = AppendField(destination, n, BaseForms[entry]);
        n = AppendField(destination, n, Readings[entry]);
        n = AppendField(destination, n, Pronunciations[entry]);
        return n;
    }

    public string Feature(int entry)
    {
        Span<char> buffer = stackalloc char[MaxFeatureLength(entry)];
        return new string(buffer[..WriteFeature(entry, buffer)]);
    }

    public int MaxFeatureLength(int entry) =>
        PartsOfSpeech.Joined(PosIds[entry]).Length + 3 + FieldLength(BaseForms[entry]) + FieldLength(Readings[entry]) + FieldLength(Pronunciations[entry]);

    private int FieldLength(int id) => id == Absent ? 0 : Strings.Span(id).Length;

    private int AppendField(Span<char> destination, int at, int id)
    {
        if (id == Absent) return at;
        destination[at++] = ',';
        return Append(destination, at, Strings.Span(id));
    }

    private static int Append(Span<char> destination, int at, ReadOnlySpan<char> value)
    {
        value.CopyTo(destination[at..]);
        return at + value.Length;
    }
}

/// <summary>The distinct part-of-speech + inflection field combinations (IPADIC has a few hundred).</summary>
public sealed class PartOfSpeechTable
{
    private readonly string[] _joined;
    private readonly string[][] _fields;

    public PartOfSpeechTable(string[] joined)
    {
        _joined = joined;
        _fields = joined.Select(j => j.Split(',')).ToArray();
    }

    public int Count => _joined.Length;

    /// <summary>品詞,細分類1,細分類2,細分類3,活用型,活用形.</summary>
    public string Joined(int posId) => _joined[posId];

    /// <summary>Field <paramref name="index"/> (0..5) of the combination.</summary>
    public string Field(int posId, int index) => _fields[posId][index];

    internal string[] All => _joined;
}
