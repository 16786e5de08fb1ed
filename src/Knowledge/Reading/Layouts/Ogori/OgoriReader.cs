using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Ogori;

/// <summary>
/// The 小郡市行政経営行動計画 layout: chapters 第1–第3 of plan-wide text (背景, 目的, 計画期間, 推進体制,
/// 実施方針), then one Markdown table per 実施項目 (No.N, 項目名, 担当課, 現状・課題, 目標, R4年度実績 with
/// 年度計画達成度, R5/R6年度計画) under the 実施方針 headings.
/// </summary>
public sealed partial class OgoriReader : IPlanReader
{
    public string Layout => "ogori-koudou-keikaku";

    /// <summary>Item tables headed 項目番号 with 現状・課題 rows and a 年度計画達成度 column are this layout's signature.</summary>
    public double Recognize(SourceText text)
    {
        int items = 0, situations = 0, grades = 0;
        foreach (var line in text.Lines)
        {
            var s = line.TrimStart();
            if (!s.StartsWith('|')) continue;
            if (s.Contains("項目番号", StringComparison.Ordinal)) items++;
            if (s.Contains("現状・課題", StringComparison.Ordinal)) situations++;
            if (s.Contains("年度計画達成度", StringComparison.Ordinal)) grades++;
        }
        return (items > 0 ? 0.5 : 0) + (situations > 0 ? 0.2 : 0) + (grades > 0 ? 0.2 : 0);
    }

    public PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings)
    {
        var file = text.FileName;
        var tables = MarkdownTable.ReadAll(text);
        var tablesByStart = tables.ToDictionary(t => t.Lines.Start);
        var itemTables = tables.Where(OgoriItemTable.IsItemTable).ToList();
        if (itemTables.Count == 0) warnings.Add(new ReadWarning(file, 1, "no 実施項目 table (| 項目番号 | No.N | …) found"));

        var itemsStart = itemTables.Count > 0 ? StartOfItemPart(text, itemTables[0].Lines.Start) : text.Lines.Count + 1;
        var front = OgoriFrontMatter.Read(text, itemsStart, tablesByStart);
        var items = ReadItems(text, itemsStart, tablesByStart, warnings);

        var title = Title(front, file, warnings);
        var sections = front.Sections.ToList();
        if (PreviousPlan(text) is { } previous) sections.Add(previous);

        return new PlanDocument(file, Municipality(front, title), title, PlanKind.Plan, Layout,
            Period(front, file, warnings), items, sections, Definitions(text, front, items), [], [], [.. warnings])
        {
            YearStyle = FiscalYearStyle.Short,
        };
    }

    /// <summary>
    /// The item part starts at the run of headings just above the first item table
    /// ("実施項目 令和4年度実績…", "1 健全な財政基盤の確立", "(1) 歳出の抑制"), so those headings give the first item its path.
    /// </summary>
    private static int StartOfItemPart(SourceText text, int firstTable)
    {
        var n = firstTable;
        while (n > 1)
        {
            var line = text.Line(n - 1).Trim();
            if (line.Length > 0 && (line.Length > 40 || line.EndsWith('。') || MarkdownTable.IsTableLine(line))) break;
            n--;
        }
        return n;
    }

    private static List<PlanItem> ReadItems(SourceText text, int start, IReadOnlyDictionary<int, MarkdownTable> tablesByStart, ICollection<ReadWarning> warnings)
    {
        var items = new List<PlanItem>();
        PathSegment? heading = null, sub = null;
        for (var n = start; n <= text.Lines.Count; n++)
        {
            if (tablesByStart.TryGetValue(n, out var table))
            {
                if (OgoriItemTable.IsItemTable(table))
                {
                    var path = new[] { heading, sub }.OfType<PathSegment>().ToList();
                    items.Add(OgoriItemTable.Read(table, path, text.FileName, warnings));
                }
                else warnings.Add(new ReadWarning(text.FileName, n, "table without 項目番号 among the items: left as text"));
                n = table.Lines.End;
                continue;
            }
            // Page headers repeat "第4 実施項目": chapters do not change an item's path.
            switch (OgoriHeading.Parse(text.Line(n), n))
            {
                case { Level: OgoriHeading.Kind.Heading } h: heading = new PathSegment(PolicyLevel, h.Number, h.Title); sub = null; break;
                case { Level: OgoriHeading.Kind.SubHeading } h: sub = new PathSegment(PolicyLevel, $"({h.Number})", h.Title); break;
            }
        }
        return Numbered(items, text.FileName, warnings);
    }

    /// <summary>The headings above the tables repeat the 実施方針 of chapter 第3.</summary>
    private const string PolicyLevel = "実施方針";

    /// <summary>
    /// Keys must be unique; a repeated or skipped number, or an item with fewer year rows than its
    /// neighbours, is reported (a cut or garbled file shows here).
    /// </summary>
    private static List<PlanItem> Numbered(List<PlanItem> items, string file, ICollection<ReadWarning> warnings)
    {
        var usualYears = items.Count == 0 ? 0 : items.Max(i => i.Years.Count);
        foreach (var item in items.Where(i => i.Years.Count < usualYears))
            warnings.Add(new ReadWarning(file, item.Lines.Start,
                $"{(item.Number is null ? item.Key : "No." + item.Number)}: {item.Years.Count} of the {usualYears} year rows other items have"));
        var seen = new HashSet<string>();
        var result = new List<PlanItem>();
        int? previous = null;
        foreach (var item in items)
        {
            var key = item.Key;
            if (!seen.Add(key))
            {
                warnings.Add(new ReadWarning(file, item.Lines.Start, $"No.{item.Number} appears twice"));
                key = $"{key}@L{item.Lines.Start}";
                seen.Add(key);
            }
            if (int.TryParse(item.Number, out var number))
            {
                if (previous is { } p && number != p + 1)
                    warnings.Add(new ReadWarning(file, item.Lines.Start, $"No.{number} follows No.{p}: items may be missing"));
                previous = number;
            }
            result.Add(item with { Key = key });
        }
        return result;
    }

    private static string Title(OgoriFrontMatter front, string file, ICollection<ReadWarning> warnings)
    {
        var title = front.Cover.Select(c => c.Text).FirstOrDefault(t => t.Contains("計画") || t.Contains("プラン") || t.Contains("大綱"))
            ?? front.Cover.Select(c => c.Text).FirstOrDefault();
        if (title is null) warnings.Add(new ReadWarning(file, 1, "no title on the cover"));
        return title ?? file;
    }

    /// <summary>The cover prints the municipality spaced out ("小 郡 市"); failing that, the title may start with it.</summary>
    private static string? Municipality(OgoriFrontMatter front, string title)
    {
        foreach (var (_, line) in front.Cover)
        {
            var compact = line.Replace(" ", "").Replace("　", "");
            if (MunicipalityOnly().IsMatch(compact)) return compact;
        }
        return MunicipalityPrefix().Match(title) is { Success: true } m ? m.Groups[1].Value : null;
    }

    /// <summary>From the 計画期間 section ("令和4年度から令和8年度まで"), else from the cover ("＜令和4年度～令和8年度＞").</summary>
    private static FiscalPeriod? Period(OgoriFrontMatter front, string file, ICollection<ReadWarning> warnings)
    {
        var candidates = front.Sections.Where(s => s.Label.Contains("計画期間")).Select(s => (s.Lines.Start, s.Text))
            .Concat(front.Cover.Where(c => c.Text.Contains('～') || c.Text.Contains('~')));
        foreach (var (_, candidate) in candidates)
        {
            var years = FiscalYear.FindAll(candidate).Select(y => y.Year).ToList();
            if (years.Count >= 2 && years[0] <= years[^1]) return new FiscalPeriod(years[0], years[^1]);
        }
        warnings.Add(new ReadWarning(file, 1, "no plan period (計画期間) found"));
        return null;
    }

    /// <summary>The plan this one succeeds: "…「小郡市行政経営アクションプラン」の後を受けて…".</summary>
    private static TextSection? PreviousPlan(SourceText text)
    {
        for (var n = 1; n <= text.Lines.Count; n++)
            if (Succeeds().Match(text.Line(n)) is { Success: true } m)
                return new TextSection("前計画", m.Groups["name"].Value, LineRange.At(n));
        return null;
    }

    /// <summary>※ definitions in the plan-wide text and inside item cells (e.g. ※ロジックモデル・・・ under No.7).</summary>
    private static List<Definition> Definitions(SourceText text, OgoriFrontMatter front, IEnumerable<PlanItem> items)
    {
        var definitions = new List<Definition>();
        // Chapter sections overlap their headings' sections: each line is looked at once.
        var lines = front.Sections.SelectMany(s => Enumerable.Range(s.Lines.Start, s.Lines.End - s.Lines.Start + 1)).Distinct().Order();
        foreach (var n in lines)
            if (OgoriDefinitions.Parse(text.Line(n), LineRange.At(n)) is { } d) definitions.Add(d);
        foreach (var item in items)
            foreach (var section in item.Sections)
                foreach (var line in section.Text.Split('\n'))
                    if (OgoriDefinitions.Parse(line, section.Lines, item.Number) is { } d) definitions.Add(d);
        return definitions;
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,5}[市町村]$")]
    private static partial Regex MunicipalityOnly();

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{1,4}?[市町村])")]
    private static partial Regex MunicipalityPrefix();

    [GeneratedRegex(@"「(?<name>[^「」]{2,40})」の後を受け")]
    private static partial Regex Succeeds();
}
