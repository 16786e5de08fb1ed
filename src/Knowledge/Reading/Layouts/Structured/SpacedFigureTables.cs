using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A table of figures whose cells the extraction joined with single spaces: a header of short words
/// (年度 R6 R7 R8 R9 計, 基本目標 S A B C － 計) and rows ending in as many figures as the header has columns after
/// the first (効果額目標（千円） 80,000 110,000 135,000 155,000 480,000). A row's name is whatever comes before its
/// figures, so a name with a space in it (Ⅰ 市民サービスの向上) stays whole. A table printed inside an item's page
/// of 【label】 fields is that item's, and read with it.
/// </summary>
internal static partial class SpacedFigureTables
{
    public static IReadOnlyList<DataTable> Read(IReadOnlyList<MappedLine> lines)
    {
        var tables = new List<DataTable>();
        for (var n = 0; n < lines.Count; n++)
        {
            // Tab, pipe and space-aligned (pdftotext -layout) tables are read by their own readers.
            if (lines[n].Original.Contains('|') || lines[n].Original.Contains('\t') || lines[n].Original.Trim().Contains("  ")) continue;
            var header = Tokens(lines[n].Original);
            if (!IsHeader(header) || InsideFieldPage(lines, n)) continue;
            var rows = new List<DataRow>();
            var last = n;
            for (var r = n + 1; r < lines.Count && Row(Tokens(lines[r].Original), header.Count - 1) is { } row; r++)
            {
                rows.Add(row);
                last = r;
            }
            if (rows.Count == 0) continue;
            var (title, unit) = Caption(lines, n);
            // A unit printed in the rows' names (効果額目標（千円）) is the table's.
            unit ??= rows.Select(r => UnitIn(r.Label)).FirstOrDefault(u => u is not null);
            rows = rows.Select(r => r with { Label = WithoutUnit(r.Label) }).ToList();
            tables.Add(new DataTable(title.Length > 0 ? title : header[0], unit, header.Skip(1).ToList(), rows, new LineRange(n + 1, last + 1)));
            n = last;
        }
        return tables;
    }

    /// <summary>Three words or more, each short, not all marks; at most the dash of an empty column among figures.</summary>
    private static bool IsHeader(IReadOnlyList<string> tokens) =>
        tokens.Count >= 3 && tokens.All(t => t.Length <= 10 && !t.Contains('。') && !t.Contains('、'))
        && !LayoutTables.IsFigure(tokens[0]) && tokens.Skip(1).All(t => IsDash(t) || FiscalYear.TryParse(t, out _) || !char.IsDigit(JaText.Nfkc(t)[0]))
        && tokens.Count(t => !IsDash(t)) >= 3;

    /// <summary>A name, then exactly as many figures as the header has columns after its first.</summary>
    private static DataRow? Row(IReadOnlyList<string> tokens, int columns)
    {
        if (tokens.Count < columns + 1) return null;
        var figures = tokens.TakeLast(columns).ToList();
        var name = string.Join(" ", tokens.SkipLast(columns));
        if (!figures.All(LayoutTables.IsFigure) || !figures.Any(f => f.Any(char.IsDigit)) || name.Length > 30 || LayoutTables.IsFigure(name)) return null;
        return new DataRow(name, figures.Select(f => IsDash(f) ? null : f).ToList());
    }

    // 区分 令和４年度 … under 【基準値】: the item's own targets and results, read with the item.
    private static bool InsideFieldPage(IReadOnlyList<MappedLine> lines, int at)
    {
        for (var i = at - 1; i >= 0; i--)
            if (lines[i].Original.Trim() is { Length: > 0 } above) return above.StartsWith('【');
        return false;
    }

    /// <summary>The heading just above (成果指標, 財政効果額の目標), passing over sentences; the unit in its （単位：…）.</summary>
    private static (string Title, string? Unit) Caption(IReadOnlyList<MappedLine> lines, int headerAt)
    {
        for (var i = headerAt - 1; i >= 0 && i >= headerAt - 6; i--)
        {
            var text = lines[i].Original.Trim();
            if (text.Length == 0 || text.EndsWith('。') || text.Length > 30) continue;
            return (text, null);
        }
        return ("", null);
    }

    private static string WithoutUnit(string name) => UnitIn(name) is null ? name : UnitMark().Replace(name, "").Trim();

    private static string? UnitIn(string name) => UnitMark().Match(name) is { Success: true } m ? m.Groups["u"].Value : null;

    [GeneratedRegex(@"[（(](?:単位[:：])?(?<u>千円|円|百万円|億円|人|件|時間|%|％)[)）]$")]
    private static partial Regex UnitMark();

    private static bool IsDash(string token) => JaText.Nfkc(token).Trim() is "-" or "－" or "―" or "ー" or "—";

    private static List<string> Tokens(string line) => line.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries).ToList();
}
