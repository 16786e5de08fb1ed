using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>
/// The layout of 山口市's 行政改革大綱 推進計画: a title page and 基本的事項, an overview table
/// (基本方針 → 改革の方向性 → 施策 → 推進項目), one tab-flattened block per 推進項目 (推進部署, 実施目的/実施内容,
/// 年次計画及び実績 with → cells, 年度別 数値目標), ※ glossary lines, and the first plan's continuity table.
/// </summary>
public sealed partial class YamaguchiPlanReader : IPlanReader
{
    public string Layout => "yamaguchi-suishin";

    /// <summary>Scores the layout's own row shapes; each counts for part of the score so one stray line proves nothing.</summary>
    public double Recognize(SourceText text)
    {
        int items = 0, targets = 0, headers = 0, plans = 0;
        foreach (var line in text.Lines)
        {
            if (ItemHeaderLine().IsMatch(line)) items++;
            else if (TargetLine().IsMatch(line)) targets++;
            else if (ScheduleHeaderLine().IsMatch(line)) headers++;
            else if (PlanLine().IsMatch(line)) plans++;
        }
        return 0.4 * Math.Min(1, items / 3.0) + 0.2 * Math.Min(1, targets / 2.0)
             + 0.2 * Math.Min(1, headers / 2.0) + 0.2 * Math.Min(1, plans / 3.0);
    }

    public PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings)
    {
        void Warn(int line, string message) => warnings.Add(new ReadWarning(text.FileName, line, message));
        var rows = text.Lines.Select((line, i) => TabRow.Parse(i + 1, line)).ToList();

        var continuityStart = ContinuityTableReader.FindStart(rows);
        var blocksEnd = continuityStart < 0 ? rows.Count : continuityStart;
        var firstBlock = rows.FindIndex(0, blocksEnd, r => ItemBlockReader.IsItemHeader(r) || IsGroupHeader(r));
        if (firstBlock < 0)
        {
            Warn(1, "no 推進項目 block found");
            firstBlock = blocksEnd;
        }

        var front = FrontMatterReader.Read(rows.Take(firstBlock).ToList(), text.FileName, Warn);
        var years = front.Period?.Years().ToList() ?? [];
        var overview = ReadOverview(rows.Take(firstBlock).ToList(), Warn);

        var items = new List<PlanItem>();
        var definitions = new List<Definition>();
        foreach (var (blockRows, caption) in SplitBlocks(rows, firstBlock, blocksEnd, Warn))
        {
            var block = ItemBlockReader.Read(blockRows, caption, overview, years, Warn);
            if (block is null) continue;
            if (items.Any(i => i.Key == block.Item.Key))
            {
                Warn(blockRows[0].Line, $"item {block.Item.Key} appears twice; the first block is kept");
                continue;
            }
            items.Add(block.Item);
            definitions.AddRange(block.Definitions);
        }
        foreach (var entry in overview.Values.Where(e => items.All(i => i.Key != e.Number)))
            Warn(entry.Line, $"the overview lists item {entry.Number} ({entry.Title}) but its block was not found");

        IReadOnlyList<ItemMapping> mappings = [];
        if (continuityStart >= 0) mappings = ContinuityTableReader.Read(rows.Skip(continuityStart).ToList(), Warn);
        else Warn(rows.Count, "no continuity table (前計画との継続性及び関係性確認表) found");

        return new PlanDocument(text.FileName, front.Municipality, front.Title, PlanKind.Plan, Layout, front.Period,
            items, front.Sections, definitions, mappings, front.Tables, [])
        {
            Aliases = front.Aliases,
            YearStyle = FiscalYearStyle.ShortWithAlias,
        };
    }

    private static Dictionary<string, OverviewEntry> ReadOverview(IReadOnlyList<TabRow> rows, Action<int, string> warn)
    {
        var start = rows.ToList().FindIndex(r => !r.HasTabs && r.Text.Trim().EndsWith("項目一覧", StringComparison.Ordinal));
        if (start < 0)
        {
            warn(1, "no overview table (…項目一覧) found; paths come from the block headers only");
            return [];
        }
        return OverviewTableReader.Read(rows.Skip(start + 1), warn).ToDictionary(e => e.Number);
    }

    /// <summary>"基本方針 | 改革の方向性 | 施策": the caption row above the path row that heads a group of blocks.</summary>
    private static bool IsGroupHeader(TabRow row) => row.HasTabs && row.Head == "基本方針" && row.Cells.Contains("改革の方向性");

    /// <summary>Cuts the rows between the overview and the continuity table into item blocks, each with the caption in force.</summary>
    private static IEnumerable<(IReadOnlyList<TabRow> Rows, Caption? Caption)> SplitBlocks(
        IReadOnlyList<TabRow> rows, int start, int end, Action<int, string> warn)
    {
        IReadOnlyList<PathSegment>? captionPath = null;
        var captionJustRead = false;
        List<TabRow>? block = null;
        Caption? blockCaption = null;
        for (var i = start; i < end; i++)
        {
            var row = rows[i];
            if (IsGroupHeader(row) || ItemBlockReader.IsItemHeader(row))
            {
                if (block is not null) yield return (block, blockCaption);
                block = null;
            }
            if (IsGroupHeader(row))
            {
                var pathRow = rows.Skip(i + 1).Take(Math.Max(0, end - i - 1)).FirstOrDefault(r => !r.IsBlank);
                captionPath = pathRow is null ? null : ReadPathRow(pathRow);
                captionJustRead = captionPath is not null;
                if (captionPath is null) warn(row.Line, "a 基本方針/改革の方向性/施策 caption without a readable path row below it");
                else i = pathRow!.Line - 1;
                continue;
            }
            if (ItemBlockReader.IsItemHeader(row))
            {
                block = [row];
                blockCaption = captionPath is null ? null : new Caption(captionPath, captionJustRead);
                captionJustRead = false;
            }
            else if (block is not null) block.Add(row);
            else if (!row.IsBlank) warn(row.Line, $"text between item blocks not read: '{row.Text.Replace('\t', ' ').Trim()}'");
        }
        if (block is not null) yield return (block, blockCaption);
    }

    /// <summary>"基本方針 I_協働・官民連携の推進 | 1_住民自治の充実に向けた環境整備 | (1)市民と行政の情報共有・相互理解".</summary>
    private static IReadOnlyList<PathSegment>? ReadPathRow(TabRow row)
    {
        var cells = row.NonEmpty().Select(c => c.Text).ToList();
        if (cells.Count != 3) return null;
        var path = new[] { Headings.Policy(cells[0]), Headings.Direction(cells[1]), Headings.Measure(cells[2]) };
        return path.All(p => p is not null) ? path.Select(p => p!).ToList() : null;
    }

    [GeneratedRegex(@"^推進項目\t\s*[0-9０-９]{1,3}\s*\S.*\t推進部署\t")]
    private static partial Regex ItemHeaderLine();

    [GeneratedRegex(@"^年度別\s*数値目標\t.*\t目標値")]
    private static partial Regex TargetLine();

    [GeneratedRegex(@"^(取組内容|実施内容)\t+H\d{1,2}\tR1\(H31\)\t")]
    private static partial Regex ScheduleHeaderLine();

    [GeneratedRegex(@"^[①-⑳].*\t計画\t")]
    private static partial Regex PlanLine();
}
