using System.Runtime.InteropServices;
using System.Text;

namespace Gyokaku.Analysis.Dictionary;

/// <summary>
/// The binary form of a <see cref="SystemDictionary"/>: a magic line, then every array as a
/// length and its raw little-endian bytes. Loading is a handful of bulk copies from the embedded
/// resource (no decompression: that alone took longer than the 150 ms load budget; git
/// compresses the file in the repository anyway).
/// </summary>
public static class DictionaryFile
{
    private const string Magic = "GYOKAKU-MORPH-DIC 2";

    public static void Write(Stream output, SystemDictionary dictionary)
    {
        using var w = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);

        var chars = dictionary.Characters;
        w.Write(chars.CategoryNames.Count);
        foreach (var name in chars.CategoryNames) w.Write(name);
        var classes = chars.Classes;
        WriteArray(w, classes.Select(c => c.TypeMask).ToArray());
        WriteArray(w, classes.Select(c => c.DefaultType).ToArray());
        WriteArray(w, classes.Select(c => c.Length).ToArray());
        WriteArray(w, classes.Select(c => (byte)((c.Group ? 1 : 0) | (c.Invoke ? 2 : 0))).ToArray());

        w.Write(dictionary.Connections.LeftSize);
        w.Write(dictionary.Connections.RightSize);
        WriteArray(w, dictionary.Connections.Raw);

        WriteArray(w, dictionary.Trie.Codes);
        WriteArray(w, dictionary.Trie.Base);
        WriteArray(w, dictionary.Trie.Check);

        WriteEntries(w, dictionary.Words);
        WriteEntries(w, dictionary.UnknownWords);
        WriteArray(w, dictionary.UnknownStarts);
    }

    public static SystemDictionary Read(Stream input)
    {
        using var r = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
        string magic = r.ReadString();
        if (magic != Magic) throw new InvalidDataException($"not a Gyokaku dictionary (found '{magic}', expected '{Magic}')");

        var names = new string[r.ReadInt32()];
        for (int i = 0; i < names.Length; i++) names[i] = r.ReadString();
        var masks = ReadArray<int>(r);
        var defaults = ReadArray<byte>(r);
        var lengths = ReadArray<byte>(r);
        var flags = ReadArray<byte>(r);
        var classes = new CharacterClass[masks.Length];
        for (int i = 0; i < classes.Length; i++)
            classes[i] = new CharacterClass(masks[i], defaults[i], lengths[i], (flags[i] & 1) != 0, (flags[i] & 2) != 0);
        var characters = new CharacterDefinition(names, classes);

        int leftSize = r.ReadInt32(), rightSize = r.ReadInt32();
        var connections = new ConnectionCosts(leftSize, rightSize, ReadArray<short>(r));

        var trie = new DoubleArrayTrie(ReadArray<ushort>(r), ReadArray<int>(r), ReadArray<int>(r));
        var words = ReadEntries(r);
        var unknown = ReadEntries(r);
        var unknownStarts = ReadArray<int>(r);
        return new SystemDictionary(characters, connections, trie, words, unknown, unknownStarts);
    }

    private static void WriteEntries(BinaryWriter w, WordEntries e)
    {
        WriteArray(w, e.LeftIds);
        WriteArray(w, e.RightIds);
        WriteArray(w, e.Costs);
        WriteArray(w, e.PosIds);
        WriteArray(w, e.BaseForms);
        WriteArray(w, e.Readings);
        WriteArray(w, e.Pronunciations);
        w.Write(e.PartsOfSpeech.Count);
        foreach (var pos in e.PartsOfSpeech.All) w.Write(pos);
        WriteArray(w, e.Strings.Chars);
        WriteArray(w, e.Strings.Offsets);
    }

    private static WordEntries ReadEntries(BinaryReader r)
    {
        var left = ReadArray<short>(r);
        var right = ReadArray<short>(r);
        var costs = ReadArray<short>(r);
        var pos = ReadArray<ushort>(r);
        var baseForms = ReadArray<int>(r);
        var readings = ReadArray<int>(r);
        var pronunciations = ReadArray<int>(r);
        var posNames = new string[r.ReadInt32()];
        for (int i = 0; i < posNames.Length; i++) posNames[i] = r.ReadString();
        var pool = new StringPool(ReadArray<char>(r), ReadArray<int>(r));
        return new WordEntries(left, right, costs, pos, baseForms, readings, pronunciations, new PartOfSpeechTable(posNames), pool);
    }

    private static void WriteArray<T>(BinaryWriter w, T[] array) where T : unmanaged
    {
        w.Write(array.Length);
        w.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader r) where T : unmanaged
    {
        int length = r.ReadInt32();
        if (length < 0 || length > 1 << 28) throw new InvalidDataException($"implausible array length {length}");
        var array = GC.AllocateUninitializedArray<T>(length);   // filled at once below: no need to zero it first
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }
}
