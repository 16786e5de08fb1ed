namespace Gyokaku.Knowledge.Model;

/// <summary>What sort of document a plan file is.</summary>
public enum PlanKind
{
    /// <summary>A plan: what will be done each year (推進計画, 行動計画).</summary>
    Plan,
    /// <summary>A progress report on a plan (進捗状況報告書).</summary>
    ProgressReport,
    /// <summary>An action plan and its review (アクションプラン).</summary>
    ActionPlan,
    /// <summary>A list of items with one year's results (取組実績).</summary>
    Results,
    /// <summary>Text in no layout we know: passages only.</summary>
    Unknown,
}

/// <summary>One plan document as read from one file of <c>seeds/</c>.</summary>
/// <param name="File">The file name (no directory), the citation's document.</param>
/// <param name="Municipality">The municipality, when the text names it (null otherwise: never guessed).</param>
/// <param name="Title">The document's title as printed.</param>
/// <param name="Aliases">Other names users call the plan by (後期アクションプラン, 行動計画 …), from the text.</param>
/// <param name="Layout">The reader that read it, e.g. "yamaguchi-suishin"; "generic" for passages only.</param>
/// <param name="Period">The plan's period in fiscal years, when stated.</param>
/// <param name="Items">The plan's items in document order.</param>
/// <param name="Sections">Labelled text about the plan as a whole: 計画の目的, 推進体制, 基本理念, 実施方針 …</param>
/// <param name="Definitions">Glossary entries (※ lines).</param>
/// <param name="Mappings">Items of an earlier plan and what became of them in this one.</param>
/// <param name="Tables">Figures the document gives as a table of its own (改革改善効果額 …).</param>
/// <param name="Warnings">What the reader could not read, with line numbers.</param>
public sealed record PlanDocument(
    string File,
    string? Municipality,
    string Title,
    PlanKind Kind,
    string Layout,
    FiscalPeriod? Period,
    IReadOnlyList<PlanItem> Items,
    IReadOnlyList<TextSection> Sections,
    IReadOnlyList<Definition> Definitions,
    IReadOnlyList<ItemMapping> Mappings,
    IReadOnlyList<DataTable> Tables,
    IReadOnlyList<ReadWarning> Warnings)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Full-text passages of the whole file, filled by the loader for every document (not dumped: they are the text itself).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<Passage> Passages { get; init; } = [];

    /// <summary>The fiscal-year style the document itself uses, for quoting years back.</summary>
    public FiscalYearStyle YearStyle { get; init; } = FiscalYearStyle.Short;
}

/// <summary>A 1-based inclusive range of lines in the source file.</summary>
public readonly record struct LineRange(int Start, int End)
{
    public static LineRange At(int line) => new(line, line);
    public override string ToString() => Start == End ? $"L{Start}" : $"L{Start}-{End}";
}

/// <summary>Something a reader could not read, reported with file and line; the rest of the file still indexes.</summary>
public sealed record ReadWarning(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>A labelled piece of text: 実施目的, 現状・課題, 概要, 計画の期間 …</summary>
public sealed record TextSection(string Label, string Text, LineRange Lines);

/// <summary>A term defined by the document (※ lines), with the item it appears under if any.</summary>
public sealed record Definition(string Term, string Text, LineRange Lines)
{
    public string? ItemNumber { get; init; }
}

/// <summary>A chunk of the file's text for full-text search, whatever its layout.</summary>
public sealed record Passage(string Text, LineRange Lines)
{
    /// <summary>The nearest heading above the passage, if any.</summary>
    public string? Heading { get; init; }
    /// <summary>The item the passage lies inside, if a reader placed it.</summary>
    public string? ItemKey { get; init; }
}

/// <summary>
/// An item of an earlier plan (or an earlier half) and what became of it.
/// Yamaguchi: 第一次 items 1–56 with ◎○△× and 次期計画(項目N). 002: 前期取組 → 後期取組 with 見直し区分.
/// </summary>
/// <param name="FromPlan">The earlier plan as the document names it (第一次推進計画, 前期アクションプラン).</param>
/// <param name="FromNumber">The item's number in the earlier plan, if numbered.</param>
/// <param name="FromTitle">The item's title in the earlier plan.</param>
/// <param name="Status">The status as printed (◎, 継続, 廃止（…）) — null when not stated.</param>
/// <param name="StatusMeaning">The status spelled out (実施済, 一部実施 …) when the document has a legend for it.</param>
/// <param name="ToNumbers">The item numbers in this plan it continues as.</param>
/// <param name="ToTitle">Its title in this plan, when stated.</param>
/// <param name="Remark">Any other text of the row (where it went when not to a numbered item).</param>
public sealed record ItemMapping(
    string FromPlan,
    string? FromNumber,
    string FromTitle,
    string? Status,
    string? StatusMeaning,
    IReadOnlyList<string> ToNumbers,
    string? ToTitle,
    string? Remark,
    LineRange Lines)
{
    public IReadOnlyList<Department> Departments { get; init; } = [];
    /// <summary>Where the row sits in the earlier plan's hierarchy (基本方針, 戦略区分 …).</summary>
    public IReadOnlyList<PathSegment> Path { get; init; } = [];
}

/// <summary>
/// A table of figures the document prints (e.g. 改革改善効果額 per 基本方針 and year), kept cell for cell.
/// Values stay text, with their units, exactly as printed.
/// </summary>
public sealed record DataTable(string Title, string? Unit, IReadOnlyList<string> Columns, IReadOnlyList<DataRow> Rows, LineRange Lines);

public sealed record DataRow(string Label, IReadOnlyList<string?> Cells);
