using System.Text;
using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.ActionPlan;

/// <summary>
/// One row of a 取組み整理表: a 前期 取組 (if any), its 見直し区分, the 後期 取組 (if any) and the 主担当課,
/// under 基本方針 and 戦略区分 (carried down from the rows above when the cell is blank).
/// </summary>
public sealed record ReorganisationRow(
    int Line,
    PathSegment? Policy,
    PathSegment? Strategy,
    string? FromTitle,
    string Status,
    string? ToTitle,
    string? Lead);

/// <summary>
/// Reads the tab-separated 取組み整理表 (基本方針 | 戦略区分 | 前期 取組項目名 | 見直し区分 | 後期 取組項目名 | 主担当課).
/// The extraction shifts cells left or right on some rows, so cells are placed by what they say, not by
/// position: the 見直し区分 cell (継続, 新規, 廃止（…）) splits the row into the 前期 side and the 後期 side.
/// </summary>
public static partial class ReorganisationTable
{
    /// <summary>A header row names 見直し区分 among tab-separated cells.</summary>
    public static bool IsHeader(string line) => line.Contains('\t') && line.Contains("見直し区分", StringComparison.Ordinal);

    /// <summary>Every row of every 整理表 in the text, in order.</summary>
    public static List<ReorganisationRow> ReadAll(SourceText text, ICollection<ReadWarning> warnings)
    {
        var rows = new List<ReorganisationRow>();
        PathSegment? policy = null, strategy = null;
        for (var n = 1; n <= text.Lines.Count; n++)
        {
            if (!IsHeader(text.Line(n))) continue;
            for (n++; n <= text.Lines.Count && text.Line(n).Contains('\t'); n++)
            {
                var row = ReadRow(text.Line(n), n, ref policy, ref strategy, text.FileName, warnings);
                if (row is not null) rows.Add(row);
            }
        }
        return rows;
    }

    private static ReorganisationRow? ReadRow(string line, int n, ref PathSegment? policy, ref PathSegment? strategy,
        string file, ICollection<ReadWarning> warnings)
    {
        var cells = line.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        var statusAt = cells.FindIndex(c => Status().IsMatch(Norm(c)));
        if (statusAt < 0)
        {
            warnings.Add(new ReadWarning(file, n, "整理表 row without a 見直し区分 (継続/新規/廃止): left as text"));
            return null;
        }
        var before = new List<string>();
        foreach (var cell in cells.Take(statusAt))
        {
            if (PolicyCell().Match(Norm(cell)) is { Success: true } p)
            {
                policy = new PathSegment("基本方針", p.Groups["n"].Value, cell[..cell.IndexOf("基本方針", StringComparison.Ordinal)].Trim());
                strategy = null;
            }
            else if (StrategyCell().Match(Norm(cell)) is { Success: true } s)
                strategy = new PathSegment("戦略区分", $"({s.Groups["n"].Value})", s.Groups["title"].Value.Trim());
            else before.Add(cell);
        }
        var status = cells[statusAt];
        var after = cells.Skip(statusAt + 1).ToList();
        if (before.Count > 1)
            warnings.Add(new ReadWarning(file, n, $"整理表 row has {before.Count} cells before its 見直し区分; the last is taken as the 前期 取組"));

        var abolished = Norm(status).StartsWith("廃止", StringComparison.Ordinal);
        string? to = null, lead = null;
        switch (after.Count)
        {
            case 0:
                warnings.Add(new ReadWarning(file, n, "整理表 row without 後期 取組 or 主担当課"));
                break;
            case 1 when abolished:
                lead = NameMatch.UnitName(after[0]);
                break;
            case 1:
                to = after[0];
                warnings.Add(new ReadWarning(file, n, $"整理表 row '{to}' without a 主担当課"));
                break;
            default:
                to = after[0];
                lead = NameMatch.UnitName(after[^1]);
                if (after.Count > 2) warnings.Add(new ReadWarning(file, n, $"整理表 row has {after.Count} cells after its 見直し区分; first and last taken"));
                break;
        }
        var from = before.Count > 0 ? before[^1] : null;
        if (from is null && to is null) return null;
        return new ReorganisationRow(n, policy, strategy, from, status, to, lead);
    }

    private static string Norm(string s) => s.Normalize(NormalizationForm.FormKC);

    [GeneratedRegex(@"^(継続|新規|廃止)(\(.*\))?$")]
    private static partial Regex Status();

    [GeneratedRegex(@"基本方針\s*(?<n>\d+)$")]
    private static partial Regex PolicyCell();

    [GeneratedRegex(@"^\((?<n>\d+)\)\s*(?<title>\S.*)$")]
    private static partial Regex StrategyCell();
}
