using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>What the pages before the items say about the plan as a whole.</summary>
internal sealed record FrontMatter(
    string Title,
    string? Municipality,
    IReadOnlyList<string> Aliases,
    FiscalPeriod? Period,
    IReadOnlyList<TextSection> Sections,
    IReadOnlyList<DataTable> Tables);

/// <summary>
/// Reads the title page (第二次 / 山口市行政改革大綱 / 推進計画【前期】 on separate lines), the numbered sections of
/// 推進計画の基本的事項 (1 計画の目的, 2 計画の期間 with its period table, 3 推進体制) and the 基本理念.
/// </summary>
internal static partial class FrontMatterReader
{
    /// <param name="rows">The rows before the first item block.</param>
    public static FrontMatter Read(IReadOnlyList<TabRow> rows, string fileName, Action<int, string> warn)
    {
        var titleLines = TitleLines(rows);
        string title;
        if (titleLines.Count == 0)
        {
            title = fileName;
            warn(1, "no title lines found at the top of the file; the file name is used as the title");
        }
        else title = JoinTitle(titleLines.Select(r => r.Text.Trim()).ToList());

        var (sections, tables) = ReadBasicMatters(rows, warn);
        if (ReadPhilosophy(rows) is { } philosophy) sections.Add(philosophy);
        else warn(1, "no 基本理念 line found");

        var periodSection = sections.FirstOrDefault(s => s.Label == "計画の期間");
        var period = periodSection is null ? null : ReadPeriod(periodSection.Text);
        if (period is null) warn(periodSection?.Lines.Start ?? 1, "the plan's period (計画の期間) could not be read");

        return new FrontMatter(title, Municipality(title), Aliases(titleLines.Select(r => r.Text.Trim()).ToList(), title),
            period, sections, tables);
    }

    /// <summary>The short lines at the very top, before the date line or the table of contents.</summary>
    private static List<TabRow> TitleLines(IReadOnlyList<TabRow> rows)
    {
        var lines = new List<TabRow>();
        foreach (var row in rows)
        {
            if (row.IsBlank) continue;
            var text = row.Text.Trim();
            if (row.HasTabs || DateLine().IsMatch(JpText.Norm(text)) || JpText.Key(text) == "目次" || text.Length > 40) break;
            lines.Add(row);
        }
        return lines;
    }

    /// <summary>"第二次" + "山口市行政改革大綱" + "推進計画【前期】" → "第二次山口市行政改革大綱 推進計画【前期】", as line 58 prints it.</summary>
    private static string JoinTitle(IReadOnlyList<string> lines)
    {
        var title = "";
        for (var i = 0; i < lines.Count; i++)
            title += i == 0 || Ordinal().IsMatch(lines[i - 1]) ? lines[i] : " " + lines[i];
        return title;
    }

    private static IReadOnlyList<string> Aliases(IReadOnlyList<string> lines, string title)
    {
        var aliases = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Ordinal().IsMatch(lines[i])) continue;
            aliases.Add(i > 0 && Ordinal().IsMatch(lines[i - 1]) ? lines[i - 1] + lines[i] : lines[i]);
        }
        aliases.Add(title.Replace(" ", ""));
        return aliases.Where(a => a != title).Distinct().ToList();
    }

    private static string? Municipality(string title)
    {
        var m = MunicipalityPattern().Match(JpText.Key(title));
        return m.Success ? m.Groups["m"].Value : null;
    }

    /// <summary>"本推進計画の期間は、平成30年度から令和4年度（2022年度）までの5年間とします。" → H30–R4.</summary>
    private static FiscalPeriod? ReadPeriod(string text)
    {
        var years = FiscalYear.FindAll(text).Select(y => y.Year).ToList();
        return years.Count >= 2 && years[1] >= years[0] ? new FiscalPeriod(years[0], years[1]) : null;
    }

    /// <summary>基本理念 『…』 and its ～…～ subtitle on the next line.</summary>
    private static TextSection? ReadPhilosophy(IReadOnlyList<TabRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var m = Philosophy().Match(rows[i].Text.Trim());
            if (rows[i].HasTabs || !m.Success) continue;
            var text = m.Groups["text"].Value.Trim();
            var end = rows[i].Line;
            var next = rows.Skip(i + 1).FirstOrDefault(r => !r.IsBlank);
            if (next is not null && !next.HasTabs && next.Text.Trim().StartsWith('～'))
            {
                text += "\n" + next.Text.Trim();
                end = next.Line;
            }
            return new TextSection("基本理念", text, new LineRange(rows[i].Line, end));
        }
        return null;
    }

    /// <summary>The numbered headings under 推進計画の基本的事項, each with its text; tab rows under a heading are its table.</summary>
    private static (List<TextSection>, List<DataTable>) ReadBasicMatters(IReadOnlyList<TabRow> rows, Action<int, string> warn)
    {
        var sections = new List<TextSection>();
        var tables = new List<DataTable>();
        var start = rows.ToList().FindIndex(r => !r.HasTabs && JpText.Key(r.Text).EndsWith("基本的事項", StringComparison.Ordinal));
        if (start < 0)
        {
            warn(1, "no 基本的事項 section found (計画の目的, 計画の期間, 推進体制)");
            return (sections, tables);
        }
        string? label = null;
        var text = new List<TabRow>();
        var table = new List<TabRow>();

        void Flush()
        {
            if (label is null) return;
            var lines = text.Select(r => r.Text.Trim()).ToList();
            if (table.Count > 1)
            {
                tables.Add(ReadTable(label, table));
                lines.AddRange(table.Skip(1).Select(r => string.Join(": ", r.NonEmpty().Select(c => c.Text))));
            }
            var all = text.Concat(table).ToList();
            if (all.Count > 0)
                sections.Add(new TextSection(label, string.Join("\n", lines), new LineRange(all.Min(r => r.Line), all.Max(r => r.Line))));
            text.Clear();
            table.Clear();
        }

        foreach (var row in rows.Skip(start + 1))
        {
            if (row.IsBlank) continue;
            var trimmed = row.Text.Trim();
            // The overview table's title ends the section.
            if (!row.HasTabs && trimmed.EndsWith("項目一覧", StringComparison.Ordinal)) break;
            var heading = row.HasTabs ? Match.Empty : NumberedHeading().Match(trimmed);
            if (heading.Success) { Flush(); label = heading.Groups["label"].Value; continue; }
            (row.HasTabs ? table : text).Add(row);
        }
        Flush();
        return (sections, tables);
    }

    /// <summary>計画 | 計画期間 rows: the 大綱 and the 推進計画 with their periods.</summary>
    private static DataTable ReadTable(string title, IReadOnlyList<TabRow> rows)
    {
        var columns = rows[0].NonEmpty().Skip(1).Select(c => c.Text).ToList();
        var data = rows.Skip(1)
            .Select(r => new DataRow(r.Cell(0), r.Cells.Skip(1).Where(c => c.Length > 0).Select(c => (string?)c).ToList()))
            .ToList();
        return new DataTable(title, null, columns, data, new LineRange(rows[0].Line, rows[^1].Line));
    }

    [GeneratedRegex(@"^(平成|令和|昭和)\s*(\d+|元)\s*年\s*\d+\s*月|^\d{4}\s*年\s*\d+\s*月")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^第[一二三四五六七八九十0-9０-９]+次$")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(?:第[^次]{1,3}次)?(?<m>[^第]{1,6}?[市町村])(?=行政|行財政)")]
    private static partial Regex MunicipalityPattern();

    [GeneratedRegex(@"^基本理念\s*(?<text>\S.*)$")]
    private static partial Regex Philosophy();

    [GeneratedRegex(@"^[0-9０-９]{1,2}\s+(?<label>\S{2,20})$")]
    private static partial Regex NumberedHeading();
}
