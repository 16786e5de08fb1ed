namespace Gyokaku.Knowledge.Reading.Layouts.Mine;

/// <summary>
/// Says whether a page still has the shape the extraction gives an undamaged page. Anything that relies
/// on the ORDER of blocks (which header a run of cells follows, which run comes first) is only done on
/// an intact page: on a shuffled or cut page the order means nothing.
/// </summary>
internal static class MinePageCheck
{
    /// <param name="bodyStart">The document's first 大分類 heading: the cover before it is spaced freely.</param>
    public static string? Problem(MinePage page, IReadOnlyList<int> numbers, int bodyStart)
    {
        var gap = page.DoubleBlanks.FirstOrDefault(n => n > bodyStart);
        if (gap > 0)
            return $"line {gap}: two blank lines inside a page, where cells are separated by one";
        if (!page.OpensCleanly)
            return $"line {page.Start}: the page does not open with the gap that follows a page footer";
        // Every page of the report ends with its last column, the grades (or 達成/休止/統合 marks), then its footer.
        var last = page.Blocks.LastOrDefault(b => b.Kind != MineBlockKind.Footer);
        if (numbers.Count > 0 && last is not null && last.Kind is not (MineBlockKind.Grade or MineBlockKind.Status))
            return $"line {last.End}: the page does not end with its grades (cut short or moved)";
        if (numbers.Count > 0 && numbers.Max() - numbers.Min() + 1 != numbers.Count)
            return $"its №s {string.Join(",", numbers)} are not a run (some are missing)";
        for (var i = 0; i < page.Blocks.Count; i++)
        {
            var block = page.Blocks[i];
            var previous = i > 0 ? page.Blocks[i - 1] : null;
            if (block.Kind == MineBlockKind.Header && block.Header == MineHeader.Grade && block.Lines.Count != 2)
                return $"line {block.Start}: 上半期評価 without the R2 above it";
            if (block.Kind == MineBlockKind.Plain && MineLineClassifier.Nfkc(block.Lines[0].Text) == "R2")
                return $"line {block.Start}: R2 without 上半期評価 under it";
            if (block.Kind == MineBlockKind.Heading && MineLineClassifier.IsMinorHeading(block.Lines[0].Text)
                && (previous is null || !MineLineClassifier.IsMajorHeading(previous.Lines[0].Text)))
                return $"line {block.Start}: 小分類 heading not under its 大分類 heading";
            if (block.Kind == MineBlockKind.Header && block.Header == MineHeader.Columns
                && (previous is null || !MineLineClassifier.IsMinorHeading(previous.Lines[0].Text)))
                return $"line {block.Start}: column header not under a 小分類 heading";
        }
        return null;
    }
}
