namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Whether wrapped text ends or starts a whole office name (税務課, 企画部 情報政策課), so a cell holding two
/// offices on two lines keeps them apart, while デジタル推進 / 課 (one name cut in two) is still joined.
/// </summary>
internal static class OfficeNames
{
    private static readonly char[] Ends = ['課', '部', '室', '局', '所', '係', '班'];

    /// <summary>The text ends with an office name: its last character is 課, 部, 室 …, after a word of its own.</summary>
    public static bool EndsOne(string text)
    {
        var t = text.Trim();
        return t.Length >= 2 && Ends.Contains(t[^1]);
    }

    /// <summary>The text starts with a whole office name: its first space-free piece is one (収納対策課, 企画部).</summary>
    public static bool StartsOne(string text)
    {
        var first = text.Trim().Split(' ', '　')[0];
        return first.Length >= 2 && Ends.Contains(first[^1]);
    }
}
