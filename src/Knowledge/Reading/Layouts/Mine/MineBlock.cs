using System.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Mine;

/// <summary>What a run of lines of the 美祢市 report is, judged from its own text alone.</summary>
internal enum MineBlockKind
{
    /// <summary>⼤分類N … or ＜⼩分類N …＞.</summary>
    Heading,
    /// <summary>A table's column header (№, 実施計画, R2年度 年度計画, R2年度 上半期実績, R2 上半期評価, 実施項目 行動計画 R1…R5).</summary>
    Header,
    /// <summary>The page footer "N 実施計画進捗状況報告書【…】".</summary>
    Footer,
    /// <summary>An item number, possibly glued to a title ("5 人材の確保", "美祢魅力発掘隊の採用8").</summary>
    Number,
    /// <summary>A grade A/B/C (also full-width).</summary>
    Grade,
    /// <summary>達成, 休止, №45に統合.</summary>
    Status,
    /// <summary>Lines starting with ・ and their wrapped continuations: an R2 plan or an R2 result.</summary>
    Bullet,
    /// <summary>Anything else: item titles and 実施計画 steps (indistinguishable by text).</summary>
    Plain,
}

/// <summary>Which column header a <see cref="MineBlockKind.Header"/> block is.</summary>
internal enum MineHeader
{
    None,
    ItemNumber,
    Steps,
    Plan,
    Result,
    /// <summary>"R2年度 年度計画 R2年度 上半期実績" printed on one line: says nothing about which follows.</summary>
    PlanAndResult,
    Grade,
    Columns,
}

/// <summary>A non-blank source line, trimmed, with its 1-based number.</summary>
internal sealed record MineLine(int Number, string Text);

/// <summary>A classified run of lines; the unit every later step works on.</summary>
internal sealed record MineBlock(MineBlockKind Kind, IReadOnlyList<MineLine> Lines)
{
    public MineHeader Header { get; init; }

    public int Start => Lines[0].Number;
    public int End => Lines[^1].Number;

    /// <summary>
    /// The block's text with wrapped lines joined (Japanese wraps mid-word, so no separator) and each
    /// ・ bullet on a line of its own.
    /// </summary>
    public string Text
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var line in Lines)
            {
                if (sb.Length > 0 && line.Text.StartsWith('・')) sb.Append('\n');
                sb.Append(line.Text);
            }
            return sb.ToString();
        }
    }
}

/// <summary>One printed page: one table (or a few) of several №.</summary>
internal sealed record MinePage(int Index, IReadOnlyList<MineBlock> Blocks)
{
    /// <summary>
    /// Line numbers where two blank lines follow each other inside the page. The extraction separates the
    /// cells of a page by exactly one blank line (double blanks occur only between pages), so these mark
    /// a page whose lines were moved.
    /// </summary>
    public IReadOnlyList<int> DoubleBlanks { get; init; } = [];

    /// <summary>
    /// Whether the page opens the way the extraction opens a page: at the start of the file, on a line
    /// indented by the page break, or (after a footer) with the blank lines between pages.
    /// </summary>
    public bool OpensCleanly { get; init; } = true;

    public int Start => Blocks.Count == 0 ? 0 : Blocks[0].Start;
    public int End => Blocks.Count == 0 ? 0 : Blocks[^1].End;

    public IEnumerable<MineBlock> OfKind(MineBlockKind kind) => Blocks.Where(b => b.Kind == kind);
}
