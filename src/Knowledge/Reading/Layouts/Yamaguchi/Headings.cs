using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>
/// The three levels above a 推進項目 as the plan prints them in its overview table, its block header rows and
/// the first plan's continuity table: 基本方針Ⅰ → 1 改革の方向性 → (1) 施策. Titles stay as printed; numbers are NFKC (Ⅰ → I).
/// </summary>
internal static partial class Headings
{
    public const string PolicyLevel = "基本方針";
    public const string DirectionLevel = "改革の方向性";
    public const string MeasureLevel = "施策";

    /// <summary>基本方針Ⅰ 協働・官民連携の推進 / 基本方針 I_協働・官民連携の推進 (a ～…～ subtitle is not part of the title).</summary>
    public static PathSegment? Policy(string cell)
    {
        var m = PolicyPattern().Match(cell.Trim());
        if (!m.Success) return null;
        var title = m.Groups["title"].Value;
        var subtitle = title.IndexOf('～');
        if (subtitle > 0) title = title[..subtitle];
        title = title.Trim();
        return title.Length == 0 ? null : new PathSegment(PolicyLevel, JpText.Norm(m.Groups["n"].Value), title);
    }

    /// <summary>1 住民自治の充実に向けた環境整備 / 1_住民自治の充実に向けた環境整備.</summary>
    public static PathSegment? Direction(string cell)
    {
        var m = NumberedPattern().Match(cell.Trim());
        return m.Success ? new PathSegment(DirectionLevel, JpText.Norm(m.Groups["n"].Value), m.Groups["title"].Value.Trim()) : null;
    }

    /// <summary>(1)市民と行政の情報共有・相互理解 / （1） ICT利活用の推進.</summary>
    public static PathSegment? Measure(string cell)
    {
        var m = MeasurePattern().Match(cell.Trim());
        return m.Success ? new PathSegment(MeasureLevel, $"({JpText.Norm(m.Groups["n"].Value)})", m.Groups["title"].Value.Trim()) : null;
    }

    /// <summary>"12 コンプライアンスの推進" → ("12", "コンプライアンスの推進"): an item cell of the continuity table.</summary>
    public static (string Number, string Title)? NumberedTitle(string cell)
    {
        var m = NumberedPattern().Match(cell.Trim());
        return m.Success ? (JpText.Norm(m.Groups["n"].Value), m.Groups["title"].Value.Trim()) : null;
    }

    /// <summary>Two printings of the same path, compared without spacing and width differences.</summary>
    public static bool SamePath(IReadOnlyList<PathSegment> a, IReadOnlyList<PathSegment> b) =>
        a.Count == b.Count && a.Zip(b).All(p =>
            p.First.Level == p.Second.Level && p.First.Number == p.Second.Number && JpText.Key(p.First.Title) == JpText.Key(p.Second.Title));

    public static string Describe(IReadOnlyList<PathSegment> path) => string.Join(" → ", path);

    [GeneratedRegex(@"^基本方針[\s_　]*(?<n>[ⅠⅡⅢⅣⅤⅥIVX]+)[\s_　]*(?<title>\S.*)$")]
    private static partial Regex PolicyPattern();

    [GeneratedRegex(@"^(?<n>[0-9０-９]{1,3})[\s_　]+(?<title>\S.*)$")]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"^[(（](?<n>[0-9０-９]{1,2})[)）][\s　]*(?<title>\S.*)$")]
    private static partial Regex MeasurePattern();
}
