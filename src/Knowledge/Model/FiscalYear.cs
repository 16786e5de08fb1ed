using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Model;

/// <summary>How a document writes its fiscal years, so answers can quote a year the way the plan does.</summary>
public enum FiscalYearStyle
{
    /// <summary>H30, R2, R6.</summary>
    Short,
    /// <summary>R1(H31): the first Reiwa year with its Heisei alias, as Yamaguchi prints it.</summary>
    ShortWithAlias,
    /// <summary>平成30年度, 令和6年度.</summary>
    Japanese,
    /// <summary>2024年度.</summary>
    Gregorian,
}

/// <summary>
/// A Japanese fiscal year (April to March), identified by the Gregorian year it starts in.
/// Parses the many ways plans and users write a year: H30, R1(H31), 令和元年度, R６, 令和6年度, 2024年度, FY2024.
/// </summary>
public readonly partial record struct FiscalYear(int Year) : IComparable<FiscalYear>
{
    private const int HeiseiOffset = 1988; // H1 = 1989
    private const int ReiwaOffset = 2018;  // R1 = 2019 (= H31)
    private const int ShowaOffset = 1925;  // S1 = 1926

    public int CompareTo(FiscalYear other) => Year.CompareTo(other.Year);
    public static bool operator <(FiscalYear a, FiscalYear b) => a.Year < b.Year;
    public static bool operator >(FiscalYear a, FiscalYear b) => a.Year > b.Year;
    public static bool operator <=(FiscalYear a, FiscalYear b) => a.Year <= b.Year;
    public static bool operator >=(FiscalYear a, FiscalYear b) => a.Year >= b.Year;

    public FiscalYear Next => new(Year + 1);
    public FiscalYear Previous => new(Year - 1);

    /// <summary>Parses a whole string as one fiscal year; false when it is not exactly one year.</summary>
    public static bool TryParse(string? text, out FiscalYear year)
    {
        year = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = Normalize(text);
        var m = WholeYear().Match(s);
        return m.Success && TryFromMatch(m, out year);
    }

    public static FiscalYear Parse(string text) =>
        TryParse(text, out var y) ? y : throw new FormatException($"not a fiscal year: '{text}'");

    /// <summary>Finds every fiscal year written inside a longer text (a question, a cell), in order.</summary>
    public static IEnumerable<(FiscalYear Year, int Index, int Length)> FindAll(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var s = Normalize(text);
        foreach (Match m in AnyYear().Matches(s))
            if (TryFromMatch(m, out var y)) yield return (y, m.Index, m.Length);
    }

    public string Format(FiscalYearStyle style) => style switch
    {
        FiscalYearStyle.Short => ShortEra(),
        FiscalYearStyle.ShortWithAlias => Year == ReiwaOffset + 1 ? "R1(H31)" : ShortEra(),
        FiscalYearStyle.Japanese => JapaneseEra(),
        FiscalYearStyle.Gregorian => $"{Year}年度",
        _ => ShortEra(),
    };

    public override string ToString() => ShortEra();

    private string ShortEra() =>
        Year > ReiwaOffset ? $"R{Year - ReiwaOffset}"
        : Year > HeiseiOffset ? $"H{Year - HeiseiOffset}"
        : $"S{Year - ShowaOffset}";

    private string JapaneseEra()
    {
        var (era, n) = Year > ReiwaOffset ? ("令和", Year - ReiwaOffset)
            : Year > HeiseiOffset ? ("平成", Year - HeiseiOffset)
            : ("昭和", Year - ShowaOffset);
        return n == 1 ? $"{era}元年度" : $"{era}{n}年度";
    }

    private static string Normalize(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC);
        // 元年 is year one of an era.
        return s.Replace("元年", "1年");
    }

    private static bool TryFromMatch(Match m, out FiscalYear year)
    {
        year = default;
        if (m.Groups["greg"].Success)
        {
            var g = int.Parse(m.Groups["greg"].Value, CultureInfo.InvariantCulture);
            if (g < 1900 || g > 2200) return false;
            year = new FiscalYear(g);
            return true;
        }
        var era = m.Groups["era"].Value;
        if (!int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 99)
            return false;
        var offset = era switch
        {
            "R" or "r" or "令和" => ReiwaOffset,
            "H" or "h" or "平成" => HeiseiOffset,
            "S" or "s" or "昭和" => ShowaOffset,
            _ => -1,
        };
        if (offset < 0) return false;
        year = new FiscalYear(offset + n);
        return true;
    }

    // An era year: R6, H30, 令和6年度, 令和6年, R1(H31). A Gregorian year: 2024年度, FY2024, FY 2024.
    private const string YearPattern =
        @"(?:(?<era>令和|平成|昭和)\s*(?<n>\d{1,2})\s*年(?:度)?" +
        // (Not the possessive s of "Moka's 3rd", nor an ordinal: 3rd plan is no year.)
        @"|(?<![A-Za-z'’])(?<era>[RHSrhs])\s*(?<n>\d{1,2})(?:\s*年(?:度)?)?(?:\s*\((?:H|平成)\s*\d{1,2}\))?(?![0-9]|(?:st|nd|rd|th)\b)" +
        @"|(?:FY|fy)\s*(?<greg>\d{4})(?![0-9])" +
        @"|(?<![0-9])(?<greg>\d{4})\s*年度)";

    [GeneratedRegex("^" + YearPattern + "$")]
    private static partial Regex WholeYear();

    [GeneratedRegex(YearPattern)]
    private static partial Regex AnyYear();
}

/// <summary>An inclusive range of fiscal years, e.g. a plan's period H30–R4.</summary>
public sealed record FiscalPeriod(FiscalYear Start, FiscalYear End)
{
    public bool Contains(FiscalYear year) => year >= Start && year <= End;

    public IEnumerable<FiscalYear> Years()
    {
        for (var y = Start.Year; y <= End.Year; y++) yield return new FiscalYear(y);
    }

    public string Format(FiscalYearStyle style) => $"{Start.Format(style)}～{End.Format(style)}";
}
