using System.Globalization;
using System.Text;

namespace Gyokaku.Analysis.Dictionary.Compiling;

/// <summary>One CSV line of a MeCab dictionary source: surface, context ids, cost and feature fields.</summary>
internal sealed record SourceEntry(string Surface, short LeftId, short RightId, short Cost, string[] Features);

/// <summary>
/// Reads a MeCab dictionary source folder (IPADIC): char.def, unk.def, matrix.def and the *.csv
/// word lists, decoded from the folder's charset (EUC-JP for mecab-ipadic).
/// </summary>
internal sealed class IpadicSource(string directory, Encoding encoding)
{
    public static Encoding EncodingFor(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public IEnumerable<string> Lines(string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path)) throw new FileNotFoundException($"{file} is missing from the dictionary source {directory}", path);
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false);
        bool eucJp = encoding.CodePage == 51932 || encoding.CodePage == 20932;
        while (reader.ReadLine() is { } line) yield return eucJp ? ToGlibcMapping(line) : line;
    }

    /// <summary>
    /// .NET decodes EUC-JP with Microsoft's table; MeCab's own dictionaries (and Debian's
    /// mecab-ipadic-utf8) were converted with iconv's JIS table. They differ on six characters;
    /// use iconv's so surfaces match what MeCab users type and see.
    /// </summary>
    internal static string ToGlibcMapping(string line)
    {
        if (line.AsSpan().IndexOfAny("\uFF0D\uFF5E\uFFE0\uFFE1\uFFE2\u2225") < 0) return line;
        return line.Replace('\uFF0D', '\u2212').Replace('\uFF5E', '\u301C').Replace('\uFFE0', '\u00A2')
            .Replace('\uFFE1', '\u00A3').Replace('\uFFE2', '\u00AC').Replace('\u2225', '\u2016');
    }

    /// <summary>
    /// The order in which Debian's mecab-ipadic-utf8 build read the word lists (directory order,
    /// recovered from its sys.dic: every surface's entries appear in it in this file order, then
    /// line order). That order decides ties between equally cheap analyses, e.g. お as prefix or
    /// interjection before よ, so following it makes the output identical to Debian's mecab.
    /// </summary>
    internal static readonly string[] DebianReadOrder =
    [
        "Noun.csv", "Symbol.csv", "Verb.csv", "Auxil.csv", "Noun.nai.csv", "Noun.demonst.csv", "Noun.place.csv",
        "Conjunction.csv", "Noun.others.csv", "Others.csv", "Noun.proper.csv", "Prefix.csv", "Noun.name.csv", "Adverb.csv",
        "Noun.verbal.csv", "Adnominal.csv", "Filler.csv", "Noun.adjv.csv", "Noun.adverbal.csv", "Noun.org.csv", "Postp.csv",
        "Interjection.csv", "Adj.csv", "Postp-col.csv", "Suffix.csv", "Noun.number.csv",
    ];

    /// <summary>The word lists: IPADIC's in Debian's read order, any others after them by name.</summary>
    public IEnumerable<string> WordListFiles()
    {
        var present = Directory.GetFiles(directory, "*.csv").Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return DebianReadOrder.Where(present.Contains)
            .Concat(present.Except(DebianReadOrder, StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    public IEnumerable<(string File, int LineNumber, SourceEntry Entry)> WordEntries()
    {
        foreach (var file in WordListFiles())
        {
            int n = 0;
            foreach (var line in Lines(file))
            {
                n++;
                if (line.Length == 0) continue;
                yield return (file, n, ParseEntry(line, $"{file}:{n}"));
            }
        }
    }

    /// <summary>A line <c>surface,left,right,cost,feature...</c>; unk.def has the same shape with a category as surface.</summary>
    public static SourceEntry ParseEntry(string line, string where)
    {
        var fields = line.Split(',');
        if (fields.Length < 5) throw new InvalidDataException($"{where}: expected surface,left,right,cost,features: {line}");
        return new SourceEntry(fields[0], ParseShort(fields[1], where), ParseShort(fields[2], where), ParseShort(fields[3], where), fields[4..]);
    }

    private static short ParseShort(string s, string where) =>
        short.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v : throw new InvalidDataException($"{where}: '{s}' is not a 16-bit number");
}
