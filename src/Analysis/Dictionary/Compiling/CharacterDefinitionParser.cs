using System.Globalization;

namespace Gyokaku.Analysis.Dictionary.Compiling;

/// <summary>
/// Parses char.def the way MeCab's CharProperty::compile does: categories get ids in the order
/// defined, a range line's first category supplies INVOKE/GROUP/LENGTH while every listed category
/// sets a type bit, later lines override earlier ones, and unlisted characters are DEFAULT.
/// </summary>
internal static class CharacterDefinitionParser
{
    private sealed record Category(int Id, bool Invoke, bool Group, int Length);

    public static CharacterDefinition Parse(IEnumerable<string> lines)
    {
        var categories = new Dictionary<string, Category>(StringComparer.Ordinal);
        var names = new List<string>();
        var ranges = new List<(int Low, int High, List<string> Categories)>();
        int lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length < 2) throw new InvalidDataException($"char.def:{lineNumber}: format error: {line}");
            if (cols[0].StartsWith("0x", StringComparison.Ordinal))
            {
                var bounds = cols[0].Split("..");
                int low = Hex(bounds[0], lineNumber), high = Hex(bounds[^1], lineNumber);
                var listed = cols.Skip(1).TakeWhile(c => c[0] != '#').ToList();
                foreach (var c in listed)
                    if (!categories.ContainsKey(c)) throw new InvalidDataException($"char.def:{lineNumber}: category [{c}] is undefined");
                ranges.Add((low, high, listed));
            }
            else
            {
                if (cols.Length < 4) throw new InvalidDataException($"char.def:{lineNumber}: format error: {line}");
                if (categories.ContainsKey(cols[0])) throw new InvalidDataException($"char.def:{lineNumber}: category {cols[0]} is already defined");
                categories[cols[0]] = new Category(names.Count, Atoi(cols[1]) != 0, Atoi(cols[2]) != 0, Atoi(cols[3]));
                names.Add(cols[0]);
            }
        }
        foreach (var required in new[] { "DEFAULT", "SPACE" })
            if (!categories.ContainsKey(required)) throw new InvalidDataException($"char.def: category [{required}] is undefined");
        if (names.Count >= 18) throw new InvalidDataException("char.def: too many categories (MeCab allows 17)");

        var classes = new CharacterClass[0x10000];
        Array.Fill(classes, Encode(["DEFAULT"], categories));
        foreach (var (low, high, listed) in ranges)
        {
            var c = Encode(listed, categories);
            for (int i = low; i <= high; i++) classes[i] = c;
        }
        return new CharacterDefinition([.. names], classes);
    }

    private static CharacterClass Encode(IReadOnlyList<string> listed, Dictionary<string, Category> categories)
    {
        var first = categories[listed[0]];
        int mask = 0;
        foreach (var name in listed) mask |= 1 << categories[name].Id;
        return new CharacterClass(mask, (byte)first.Id, (byte)first.Length, first.Group, first.Invoke);
    }

    private static int Hex(string s, int lineNumber)
    {
        if (!s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ||
            !int.TryParse(s.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int v) || v < 0 || v >= 0xFFFF)
            throw new InvalidDataException($"char.def:{lineNumber}: bad code point {s}");
        return v;
    }

    /// <summary>C's atoi: leading digits, 0 when none.</summary>
    private static int Atoi(string s)
    {
        int n = 0;
        foreach (char c in s)
        {
            if (c < '0' || c > '9') break;
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
