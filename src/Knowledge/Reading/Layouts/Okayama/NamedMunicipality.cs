using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>
/// The municipality a text names as its own: the "X市" that starts its proper names most often
/// (「岡山市公共施設等総合管理計画」, 岡山市DX推進計画 …). Only a name printed at least twice counts;
/// words like 本市 or 政令市 name no one. Null when the text names none: never guessed.
/// </summary>
internal static partial class NamedMunicipality
{
    private const int MinimumMentions = 2;

    private static readonly HashSet<string> NotNames =
        ["本市", "当市", "全市", "各市", "同市", "両市", "他市", "都市", "政令市", "指定市", "中核市", "類似市", "近隣市", "県市"];

    public static string? Find(IEnumerable<string> lines)
    {
        var counts = new Dictionary<string, int>();
        foreach (var line in lines)
            foreach (Match m in CityName().Matches(line))
                if (!NotNames.Contains(m.Value))
                    counts[m.Value] = counts.GetValueOrDefault(m.Value) + 1;
        var best = counts.OrderByDescending(c => c.Value).FirstOrDefault();
        return best.Value >= MinimumMentions ? best.Key : null;
    }

    // A name starts after a non-kanji (「, ・, a space, a bracket): 「岡山市…」 counts, 地方独立行政法人岡山市立… does not.
    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}々])[\p{IsCJKUnifiedIdeographs}々]{1,3}市")]
    private static partial Regex CityName();
}
