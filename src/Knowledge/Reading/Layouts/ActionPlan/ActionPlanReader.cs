using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.ActionPlan;

/// <summary>
/// The 行革推進プラン layout: a Keep/Problem/Try review of the first-half action plan, Try lists of the
/// second-half 取組 with their units in [brackets], 取組み整理表 tables mapping each 前期 取組 to its 後期 取組
/// (見直し区分, 主担当課, under 基本方針 and 戦略区分), and 改革改善効果額 tables per 基本方針 and year.
/// The plan does not number its 取組: items are keyed by their 後期 name.
/// </summary>
public sealed partial class ActionPlanReader : IPlanReader
{
    public string Layout => "action-plan-review";

    public const string ItemLabel = "取組";

    /// <summary>A 見直し区分 table is the signature; the Keep/Problem review and the effect tables confirm it.</summary>
    public double Recognize(SourceText text)
    {
        bool table = false, keep = false, problem = false, effect = false, actionPlan = false;
        foreach (var line in text.Lines)
        {
            table |= ReorganisationTable.IsHeader(line) && line.Contains("前期", StringComparison.Ordinal);
            var heading = line.TrimStart('#', ' ', '*');
            keep |= heading.StartsWith("Keep", StringComparison.Ordinal);
            problem |= heading.StartsWith("Problem", StringComparison.Ordinal);
            effect |= line.Contains("改革改善効果額", StringComparison.Ordinal);
            actionPlan |= line.Contains("アクションプラン", StringComparison.Ordinal);
        }
        return (table ? 0.5 : 0) + (keep && problem ? 0.2 : 0) + (effect ? 0.1 : 0) + (actionPlan ? 0.1 : 0);
    }

    public PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings)
    {
        var file = text.FileName;
        var parts = Part.Split(text);
        var title = parts.FirstOrDefault(p => p.Level == 1)?.Title;
        if (title is null) warnings.Add(new ReadWarning(file, 1, "no # title heading"));

        var sections = new List<TextSection>();
        var tables = new List<DataTable>();
        var tryEntries = new List<TryEntry>();
        var definitions = new List<Definition>();
        foreach (var chapter in Part.Chapters(parts, text.Lines.Count))
        {
            switch (Classify(text, chapter))
            {
                case Kind.TryLists:
                    var (entries, texts, lists) = TryList.Read(text, chapter.Start, chapter.End);
                    tryEntries.AddRange(entries);
                    sections.AddRange(texts.GroupBy(t => t.Heading).Select(g =>
                        new TextSection(g.Key, string.Join("\n", g.Select(t => t.Text)), new LineRange(g.First().Line, g.Last().Line))));
                    // A fold printed under two Try headings alike is one list.
                    sections.AddRange(lists.DistinctBy(l => (NameMatch.Key(l.Label), string.Join("\n", l.Lines.Select(x => NameMatch.Key(x.Text)))))
                        .Select(l => new TextSection(l.Label, string.Join("\n", l.Lines.Select(x => x.Text)), new LineRange(l.Lines[0].Line, l.Lines[^1].Line))));
                    break;
                case Kind.Effects:
                    tables.AddRange(EffectTables(text, parts, chapter, warnings));
                    break;
                case Kind.Review:
                    sections.AddRange(ReviewSections(text, parts, chapter));
                    definitions.AddRange(Glossed(text, chapter));
                    break;
            }
        }

        var rows = ReorganisationTable.ReadAll(text, warnings);
        if (rows.Count == 0) warnings.Add(new ReadWarning(file, 1, "no 取組み整理表 (a table with 見直し区分) found: no 取組 read"));
        var fromPlan = FromPlan(parts);
        var items = ActionPlanItems.Build(rows, tryEntries, file, warnings);
        var mappings = Mappings(rows, tryEntries, fromPlan, file, warnings);
        if (tables.Count == 0) warnings.Add(new ReadWarning(file, text.Lines.Count, "no 改革改善効果額 table found"));
        CheckTotals(tables, file, warnings);

        return new PlanDocument(file, null, title ?? file, PlanKind.ActionPlan, Layout, Period(tables, text),
            items, sections, definitions.DistinctBy(d => d.Term).ToList(), mappings, tables, [.. warnings])
        {
            Aliases = Aliases(text, title),
        };
    }

    private enum Kind { Title, Review, TryLists, Reorganisation, Effects }

    /// <summary>What a top-level (#) chapter holds, judged by its content.</summary>
    private static Kind Classify(SourceText text, Part chapter)
    {
        var lines = Enumerable.Range(chapter.Start, Math.Max(0, chapter.End - chapter.Start + 1)).Select(text.Line).ToList();
        if (lines.Any(ReorganisationTable.IsHeader)) return Kind.Reorganisation;
        if (chapter.Title.Contains("効果額", StringComparison.Ordinal) && lines.Any(l => l.Contains('\t'))) return Kind.Effects;
        if (lines.Any(l => TryGroup().IsMatch(l))) return Kind.TryLists;
        return lines.All(l => l.Trim().Length == 0 || l.Trim() == "---") ? Kind.Title : Kind.Review;
    }

    /// <summary>Each heading with text under it (Keep, Problem, 後期アクションプランの方向性) is a section labelled by that heading.</summary>
    private static IEnumerable<TextSection> ReviewSections(SourceText text, IReadOnlyList<Part> parts, Part chapter)
    {
        foreach (var part in parts.Where(p => p.Line >= chapter.Line && p.Line <= chapter.End))
        {
            var body = new List<(int Line, string Text)>();
            for (var n = part.Line + 1; n <= part.End && n <= text.Lines.Count; n++)
            {
                var line = text.Line(n).Trim().Replace("**", "");
                if (line.Length > 0 && line != "---") body.Add((n, line));
            }
            if (body.Count > 0)
                yield return new TextSection(part.Title, string.Join("\n", body.Select(b => b.Text)), new LineRange(body[0].Line, body[^1].Line));
        }
    }

    /// <summary>
    /// A review's labels glossed where they are printed: "### Keep できたこと/続けたいこと", "**Try** 次に取り組が必要なこと" —
    /// a heading or bold lead that is an English word and then its Japanese meaning defines that word.
    /// </summary>
    private static IEnumerable<Definition> Glossed(SourceText text, Part chapter)
    {
        for (var n = chapter.Start; n <= chapter.End && n <= text.Lines.Count; n++)
        {
            var line = text.Line(n).Trim();
            var heading = line.StartsWith('#');
            line = line.TrimStart('#', ' ');
            var bold = line.StartsWith("**", StringComparison.Ordinal);
            if (!heading && !bold) continue;
            var m = LabelGloss().Match(line.Replace("**", ""));
            if (m.Success) yield return new Definition(m.Groups["term"].Value, m.Groups["gloss"].Value.Trim(), LineRange.At(n));
        }
    }

    private static IEnumerable<DataTable> EffectTables(SourceText text, IReadOnlyList<Part> parts, Part chapter, ICollection<ReadWarning> warnings)
    {
        var subs = parts.Where(p => p.Level > 1 && p.Line > chapter.Line && p.Line <= chapter.End).ToList();
        if (subs.Count == 0) subs = [chapter];
        foreach (var sub in subs)
            if (EffectTable.Read(text, sub.Title, sub.Line, sub.Line + 1, sub.End, warnings) is { } table)
                yield return table;
    }

    /// <summary>The total row printed under one table but missing under another means the text was cut.</summary>
    private static void CheckTotals(IReadOnlyList<DataTable> tables, string file, ICollection<ReadWarning> warnings)
    {
        static bool HasTotal(DataTable t) => t.Rows.Any(r => r.Label.Replace(" ", "").StartsWith("合計", StringComparison.Ordinal));
        if (!tables.Any(HasTotal)) return;
        foreach (var table in tables.Where(t => !HasTotal(t)))
            warnings.Add(new ReadWarning(file, table.Lines.End, $"{table.Title}: no 合計 row (the other table has one): the text may be cut off here"));
    }

    /// <summary>
    /// Every 前期 取組 and what became of it, abolished ones included. The Remark carries the status's reason
    /// (取組を集約) and, for 取組 folded into one, what the Try list says of them (BPRの取組として1つとする).
    /// </summary>
    private static List<ItemMapping> Mappings(IEnumerable<ReorganisationRow> rows, IReadOnlyList<TryEntry> tryEntries, string fromPlan,
        string file, ICollection<ReadWarning> warnings)
    {
        var folded = tryEntries.Where(e => e.FoldedInto is not null).ToList();
        var mappings = new List<ItemMapping>();
        foreach (var row in rows.Where(r => r.FromTitle is not null))
        {
            var remarks = new List<string>();
            if (Reason().Match(row.Status) is { Success: true } reason) remarks.Add(reason.Groups[1].Value);
            var fold = folded.FirstOrDefault(e => NameMatch.Similarity(e.Name, row.FromTitle!) >= NameMatch.Threshold);
            if (fold is not null) remarks.Add(fold.FoldedInto!);
            mappings.Add(new ItemMapping(fromPlan, null, row.FromTitle!, row.Status, null, [], row.ToTitle,
                remarks.Count > 0 ? string.Join(" / ", remarks.Distinct()) : null, LineRange.At(row.Line))
            {
                Departments = row.Lead is null ? [] : [new Department(row.Lead, Lead: true)],
                Path = new[] { row.Policy, row.Strategy }.OfType<PathSegment>().ToList(),
            });
        }
        foreach (var entry in folded.Where(e => !mappings.Any(m => NameMatch.Similarity(e.Name, m.FromTitle) >= NameMatch.Threshold)))
            warnings.Add(new ReadWarning(file, entry.Line, $"folded 取組 '{entry.Name}' is in no 取組み整理表 row"));
        return mappings;
    }

    /// <summary>"取組み整理表（前期アクションプラン⇒後期アクションプラン）" names the earlier plan.</summary>
    private static string FromPlan(IEnumerable<Part> parts) =>
        parts.Select(p => FromTo().Match(p.Title)).FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim() ?? "前期";

    /// <summary>The years of the effect tables' columns (令和4年度 … 令和9年度, 合計額 (R4~R9)); else a "（R 4～R 9）" in the text.</summary>
    private static FiscalPeriod? Period(IEnumerable<DataTable> tables, SourceText text)
    {
        var years = tables.SelectMany(t => t.Columns).SelectMany(c => FiscalYear.FindAll(c)).Select(y => y.Year).ToList();
        if (years.Count == 0)
            years = text.Lines.Where(l => l.Contains("計画期間")).SelectMany(l => FiscalYear.FindAll(l)).Select(y => y.Year).ToList();
        return years.Count == 0 ? null : new FiscalPeriod(years.Min(), years.Max());
    }

    /// <summary>
    /// The names the text gives this plan: the plan the halves belong to ("行革推進プラン前期アクションプラン" →
    /// 行革推進プラン) and the 後期アクションプラン itself.
    /// </summary>
    private static IReadOnlyList<string> Aliases(SourceText text, string? title)
    {
        var aliases = new List<string>();
        if (Umbrella().Match(text.Text) is { Success: true } m) aliases.Add(m.Groups[1].Value);
        if (text.Text.Contains("後期アクションプラン", StringComparison.Ordinal)) aliases.Add("後期アクションプラン");
        return aliases.Where(a => a != title).Distinct().ToList();
    }

    /// <summary>"Keep できたこと/続けたいこと": one English word, then its meaning in Japanese (no sentence: no 。).</summary>
    [GeneratedRegex(@"^(?<term>[A-Za-z][A-Za-z]{1,19})\s+(?<gloss>[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}][^。]{1,40})$")]
    private static partial Regex LabelGloss();

    [GeneratedRegex(@"^#{2,3}\s*(新規|既存取組)")]
    private static partial Regex TryGroup();

    [GeneratedRegex(@"[（(](.+)[)）]\s*$")]
    private static partial Regex Reason();

    [GeneratedRegex(@"[（(]([^（()）⇒→]+)[⇒→]")]
    private static partial Regex FromTo();

    [GeneratedRegex(@"([^\s#「」（）()、。]+?プラン)前期アクションプラン")]
    private static partial Regex Umbrella();
}

/// <summary>A Markdown heading and the lines it governs (up to the next heading of any level; chapters up to the next #).</summary>
internal sealed record Part(int Level, string Title, int Line, int End)
{
    public int Start => Line;

    public static List<Part> Split(SourceText text)
    {
        var headings = new List<(int Level, string Title, int Line)>();
        for (var n = 1; n <= text.Lines.Count; n++)
        {
            var line = text.Line(n).Trim();
            var level = line.TakeWhile(c => c == '#').Count();
            if (level > 0 && level < line.Length && line[level] == ' ')
                headings.Add((level, line[level..].Trim().Replace("**", ""), n));
        }
        return headings.Select((h, i) => new Part(h.Level, h.Title, h.Line, i + 1 < headings.Count ? headings[i + 1].Line - 1 : text.Lines.Count)).ToList();
    }

    /// <summary>The # chapters with their full extent; text before the first one is a chapter of its own.</summary>
    public static IEnumerable<Part> Chapters(IReadOnlyList<Part> parts, int lineCount)
    {
        var tops = parts.Where(p => p.Level == 1).ToList();
        if (tops.Count == 0) { yield return new Part(1, "", 1, lineCount); yield break; }
        if (tops[0].Line > 1) yield return new Part(1, "", 1, tops[0].Line - 1);
        for (var i = 0; i < tops.Count; i++)
            yield return tops[i] with { End = i + 1 < tops.Count ? tops[i + 1].Line - 1 : lineCount };
    }
}
