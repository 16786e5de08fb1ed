using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Mine;

/// <summary>
/// Reads the 美祢市 progress report (第三次美祢市行政改革大綱 実施計画 進捗状況報告書): items № under
/// 大分類/小分類 with an R2 plan, first-half result and grade. The PDF extraction printed each table's
/// columns as separate runs of lines, so most of the work is deciding what can be tied to an item with
/// certainty (<see cref="MineAssociator"/>); the rest is left empty with a warning and stays searchable.
/// </summary>
public sealed partial class MineReader : IPlanReader
{
    public string Layout => "mine-progress";

    private const string ItemLabel = "実施項目";
    private static readonly FiscalYear ReportYear = new(2020); // R2: the year this report grades

    public double Recognize(SourceText text)
    {
        var t = MineLineClassifier.Nfkc(text.Text);
        double score = 0;
        if (MajorHeading().IsMatch(t)) score += 0.3;
        if (MinorHeading().IsMatch(t)) score += 0.3;
        if (ColumnsHeader().IsMatch(t)) score += 0.2;
        if (t.Contains("上半期評価")) score += 0.2;
        return score;
    }

    public PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings)
    {
        var file = text.FileName;
        var pages = MinePageSplitter.Split(text);
        var anchors = MineItemFinder.Find(pages, file, warnings);
        var damaged = DamagedPages(pages, anchors, file, warnings);
        var paths = MineHierarchy.Place(pages, anchors, damaged, file, warnings, out var groups);
        var overlap = new TextOverlap(pages.SelectMany(p => p.Blocks)
            .Where(b => b.Kind is MineBlockKind.Bullet or MineBlockKind.Plain or MineBlockKind.Number).Select(b => b.Text));
        var associator = new MineAssociator(overlap, file, warnings);
        var facts = new List<MineItemFacts>();
        foreach (var page in pages)
        {
            var onPage = anchors.Where(a => a.Page == page.Index).OrderBy(a => a.Number).Select(a => new MineItemFacts(a)).ToList();
            associator.Associate(page, onPage, intact: !damaged.Contains(page.Index));
            facts.AddRange(onPage);
        }
        var items = facts.OrderBy(f => f.Anchor.Number).Select(f => ToItem(f, damaged.Contains(f.Anchor.Page), paths, file, warnings)).ToList();
        WarnMissingNumbers(items, text, warnings);

        var title = TitleOf(text);
        return new PlanDocument(file, MunicipalityOf(title), title, PlanKind.ProgressReport, Layout, PeriodOf(text),
            items, DocumentSections(text, groups), [], [], [], []);
    }

    private static HashSet<int> DamagedPages(IReadOnlyList<MinePage> pages, IReadOnlyList<MineItemAnchor> anchors, string file, ICollection<ReadWarning> warnings)
    {
        var damaged = new HashSet<int>();
        var bodyStart = pages.SelectMany(p => p.OfKind(MineBlockKind.Heading)).Select(b => b.Start).DefaultIfEmpty(0).First();
        string? previousProblem = null;
        foreach (var page in pages)
        {
            var numbers = anchors.Where(a => a.Page == page.Index).Select(a => a.Number).Order().ToList();
            var ownProblem = MinePageCheck.Problem(page, numbers, bodyStart);
            // Where a page starts is decided by the end of the page before it: if that page's lines were moved,
            // this page may have lost its first lines to it (and a page missing lines looks falsely certain).
            var problem = ownProblem ?? (previousProblem is null ? null : "the page before it is damaged, so where this one starts is not sure");
            previousProblem = ownProblem;
            if (problem is null) continue;
            damaged.Add(page.Index);
            var which = numbers.Count > 0 ? $"page of №{numbers[0]}–{numbers[^1]}" : "page";
            warnings.Add(new ReadWarning(file, page.Start, $"{which} looks damaged ({problem}); only its № are read, nothing is tied to them"));
        }
        return damaged;
    }

    private static PlanItem ToItem(MineItemFacts f, bool pageDamaged, IReadOnlyDictionary<int, IReadOnlyList<PathSegment>> paths, string file, ICollection<ReadWarning> warnings)
    {
        // A title read from a damaged page may be a line that only landed under the number.
        var a = f.Anchor with { Title = pageDamaged ? null : f.Title };
        var number = a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (a.Title is null)
            warnings.Add(new ReadWarning(file, a.Block.Start, $"№{number}: title printed apart from the number, among steps that look alike; left empty"));
        var path = paths.GetValueOrDefault(a.Number) ?? [];
        var years = new List<YearEntry>();
        if (f.Plan is not null || f.Result is not null || f.Grade is not null)
            years.Add(new YearEntry(ReportYear, null, f.Plan?.Text, null, f.Result?.Text, f.Grade, "上半期"));
        return new PlanItem(number, number, ItemLabel, a.Title ?? "", path, [], [], years, [], [],
            new LineRange(a.Block.Start, a.Block.End))
        {
            PrintedNumber = number, // printed bare under the table's № column
            Fields = path.Select(s => new Field(s.Level, $"{s.Level}{s.Number} {s.Title}")).ToList(),
        };
    }

    private static void WarnMissingNumbers(List<PlanItem> items, SourceText text, ICollection<ReadWarning> warnings)
    {
        if (items.Count == 0) { warnings.Add(new ReadWarning(text.FileName, 1, "no № found")); return; }
        var numbers = items.Select(i => int.Parse(i.Number!, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var missing = Enumerable.Range(1, numbers.Max()).Where(n => !numbers.Contains(n)).ToList();
        if (missing.Count > 0)
            warnings.Add(new ReadWarning(text.FileName, 1, $"№ not found in the text: {string.Join(", ", missing)}"));
    }

    /// <summary>The first line, with the extraction's radical look-alikes (⾏, ⼤) turned back into the kanji they stand for.</summary>
    private static string TitleOf(SourceText text)
    {
        var first = text.Lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? text.FileName;
        return Radicals().Replace(first, m => MineLineClassifier.Nfkc(m.Value));
    }

    private static string? MunicipalityOf(string title)
    {
        var m = Municipality().Match(title);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>The 行動計画 columns "R1 R2 R3 R4 R5" give the plan's years.</summary>
    private static FiscalPeriod? PeriodOf(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            var n = MineLineClassifier.Nfkc(line);
            if (!ColumnsHeader().IsMatch(n)) continue;
            var years = FiscalYear.FindAll(n).Select(y => y.Year).ToList();
            if (years.Count >= 2) return new FiscalPeriod(years.Min(), years.Max());
        }
        return null;
    }

    /// <summary>What the report says of itself (period reported, date) and its 大分類/小分類 outline.</summary>
    private static List<TextSection> DocumentSections(SourceText text, IReadOnlyList<MineGroup> groups)
    {
        var sections = new List<TextSection>();
        for (var n = 1; n <= Math.Min(text.Lines.Count, 12); n++)
        {
            var t = text.Line(n).Trim();
            if (t.Contains("上半期") && t.Contains("年度")) sections.Add(new TextSection("報告対象", t, LineRange.At(n)));
            else if (DateLine().IsMatch(MineLineClassifier.Nfkc(t))) sections.Add(new TextSection("作成", MineLineClassifier.Nfkc(t), LineRange.At(n)));
        }
        if (groups.Count > 0)
        {
            var outline = string.Join("\n", groups.GroupBy(g => g.Major).Select(g =>
                $"{g.Key}: {string.Join("、", g.Select(m => m.Minor.ToString()))}"));
            sections.Add(new TextSection("体系", outline, new LineRange(groups[0].Line, groups[^1].Line)));
        }
        return sections;
    }

    [GeneratedRegex(@"^大分類\s*\d+\s", RegexOptions.Multiline)]
    private static partial Regex MajorHeading();

    [GeneratedRegex(@"^<小分類\s*\d+\s.*>\s*$", RegexOptions.Multiline)]
    private static partial Regex MinorHeading();

    [GeneratedRegex(@"^実施項目\s+行動計画\s+R1\s+R2", RegexOptions.Multiline)]
    private static partial Regex ColumnsHeader();

    [GeneratedRegex(@"[\u2E80-\u2FDF]")]
    private static partial Regex Radicals();

    [GeneratedRegex(@"第.次(\S+?[市町村])")]
    private static partial Regex Municipality();

    [GeneratedRegex(@"^(令和|平成)\s*\d+年\s*\d+月$")]
    private static partial Regex DateLine();
}
