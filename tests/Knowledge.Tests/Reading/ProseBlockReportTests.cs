using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// A one-year progress report printed as prose blocks, one per 取組 numbered under a Roman-numbered level
/// (取組Ⅰ－１ under 推進項目Ⅰ), each with 【label】 lines: a schedule of years wrapped over lines, an indicator from its
/// baseline to its target on one line, the year's results and a grade printed without a year (eval/extra11's 延岡市),
/// and a variant of the same report written with other labels, numbering and wording.
/// </summary>
public class ProseBlockReportTests
{
    private static PlanDocument Load(string text, string file = "plan.txt") => new PlanLoader().Load(new SourceText(file, text));

    private static readonly Lazy<PlanDocument> Nobeoka = new(() =>
        new PlanLoader().Load(SourceText.Load(Path.Combine(Seeds.Directory, "..", "eval", "extra11", "seeds", "033_21f5ee3ab551c629.txt"))));

    private static PlanItem Item(PlanDocument doc, string number) => doc.Items.Single(i => i.Number == number);

    [Fact]
    public void Items_are_the_roman_numbered_blocks_not_the_chapters_around_them()
    {
        var doc = Nobeoka.Value;
        // 「４ 取組別の進捗状況」 and 「５ 財政効果額の状況（単位：千円）」 are chapters: no item, and no part of the last one.
        Assert.Equal(["I-1", "I-2", "I-3", "I-4", "II-1", "II-2", "II-3", "II-4", "III-1", "III-2", "III-3", "III-4", "III-5"], doc.Items.Select(i => i.Number));
        Assert.Equal("取組Ⅲ－２", Item(doc, "III-2").PrintedNumber);
        Assert.Equal("自主財源の確保", Item(doc, "III-2").Title);
        Assert.DoesNotContain(Item(doc, "III-5").Sections, s => s.Text.Contains("181,200"));
        Assert.True(Item(doc, "III-5").Lines.End < 292);
        // The level above the items is the 推進項目 printed before them.
        Assert.Equal(new PathSegment("推進項目", "II", "持続可能な行政体制の構築"), Assert.Single(Item(doc, "II-4").Path));
        // The grade of the block before a level's heading does not run on into the heading.
        Assert.Equal("Ａ", Item(doc, "I-4").Years.Single(y => y.Year == new FiscalYear(2023)).Evaluation);
    }

    [Fact]
    public void A_schedule_line_wrapped_by_the_page_is_read_whole()
    {
        var doc = Nobeoka.Value;
        // Ｒ６：対象手続の拡 / 大（150手続）　Ｒ７：全庁展開…
        var first = Item(doc, "I-1");
        Assert.Equal("対象手続の拡大（150手続）", first.Years.Single(y => y.Year == new FiscalYear(2024)).Plan);
        Assert.Equal("全庁展開・利用状況の検証", first.Years.Single(y => y.Year == new FiscalYear(2025)).Plan);
        Assert.DoesNotContain(first.Fields, f => f.Value.Contains("全庁展開"));
        // Ｒ７： / 運用・効果検証 — a year left empty at the line's end is planned on the next line.
        Assert.Equal("運用・効果検証", Item(doc, "I-2").Years.Single(y => y.Year == new FiscalYear(2025)).Plan);
        // Ｒ４～Ｒ７：… plans every year of the range.
        Assert.Equal(4, Item(doc, "III-4").Years.Count(y => y.Plan == "中期財政計画に基づく市債発行の管理"));
    }

    [Fact]
    public void An_indicator_from_baseline_to_target_on_one_line_is_read_into_its_parts()
    {
        var doc = Nobeoka.Value;
        var tax = Assert.Single(Item(doc, "III-1").Indicators);
        Assert.Equal("市税収納率（現年度＋滞納繰越分）", tax.Name);
        Assert.Equal("97.41％", tax.BaselineValue);
        Assert.Equal(new YearValue(new FiscalYear(2025), "98.20％"), Assert.Single(tax.Targets));
        // （Ｒ７末）: the end of the year is that year.
        Assert.Equal(new YearValue(new FiscalYear(2025), "780億円以下"), Assert.Single(Assert.Single(Item(doc, "III-4").Indicators).Targets));
        // A target dated（Ｒ８．４．１）is no fiscal year's: left as the item's text, and the period stays the plan's.
        Assert.Empty(Item(doc, "II-2").Indicators);
        Assert.Equal(new FiscalPeriod(new FiscalYear(2022), new FiscalYear(2025)), doc.Period);
    }

    [Fact]
    public void The_reports_year_takes_the_results_and_grade_printed_without_one()
    {
        var doc = Nobeoka.Value;
        var r5 = Item(doc, "II-3").Years.Single(y => y.Year == new FiscalYear(2023));
        Assert.Equal("Ｓ", r5.Evaluation);
        Assert.Contains("5,640時間", r5.Result);
        // The schedule's plan for that year stays beside them.
        Assert.Equal("本格導入（20業務）", r5.Plan);
        Assert.All(Item(doc, "II-3").Years.Where(y => y.Year != new FiscalYear(2023)), y => Assert.Null(y.Evaluation));
    }

    [Fact]
    public void The_same_report_with_other_labels_numbering_and_wording_reads_alike()
    {
        // Other words for every label (担当課, スケジュール, 成果指標, 取組状況, 評価), half-width numbers, items numbered
        // without a word (Ⅱ-1), levels called 基本方針, a chapter numbered (4), a range written 令和４年度～令和７年度.
        var doc = Load("""
            西浜町行政改革推進計画
            令和５年度 実施状況報告書

            (1) 計画の概要
            計画期間は令和４年度から令和７年度までです。

            (2) 取組の状況

            基本方針Ⅰ 住民サービスの充実

            Ⅰ-1 電子申請の拡大
            【担当課】情報政策課
            【スケジュール】
            R4：対象手続の選定　R5：電子申請の開始（30手続）　R6：対象手続の拡大（60手
            続）　R7：全手続の検証
            【成果指標】
            電子申請できる手続数　現状値 12手続（R3）→ 目標値 80手続（R7末）
            【取組状況】
            新たに21手続を電子化し、累計は45手続となった。
            【評価】Ａ

            Ⅰ-2 窓口の予約制
            【担当課】住民課
            【スケジュール】
            令和４年度～令和７年度：予約制の運用と検証
            【取組状況】
            予約件数は年間812件であった。
            【評価】Ｂ

            基本方針Ⅱ 効率的な組織運営

            Ⅱ-1 会議の削減
            【担当課】総務課
            【スケジュール】
            R4：会議の棚卸し　R5：定例会議の廃止　R6：→　R7：
            効果の検証
            【成果指標】
            定例会議の数　現状値 40件（R3）→ 目標値 30件（R7）
            【取組状況】
            定例会議を5件廃止した。
            【評価】Ｃ

            (3) 今後の進め方
            評価の低い取組を重点的に管理する。
            """);
        Assert.Equal(["I-1", "I-2", "II-1"], doc.Items.Select(i => i.Number));
        Assert.Equal(["電子申請の拡大", "窓口の予約制", "会議の削減"], doc.Items.Select(i => i.Title));
        Assert.Equal(new PathSegment("基本方針", "II", "効率的な組織運営"), Assert.Single(doc.Items[2].Path));
        Assert.Equal("情報政策課", Assert.Single(doc.Items[0].Departments).Name);
        Assert.Equal("対象手続の拡大（60手続）", doc.Items[0].Years.Single(y => y.Year == new FiscalYear(2024)).Plan);
        Assert.Equal("全手続の検証", doc.Items[0].Years.Single(y => y.Year == new FiscalYear(2025)).Plan);
        var online = Assert.Single(doc.Items[0].Indicators);
        Assert.Equal(("電子申請できる手続数", "12手続"), (online.Name, online.BaselineValue));
        Assert.Equal(new YearValue(new FiscalYear(2025), "80手続"), Assert.Single(online.Targets));
        Assert.Equal(4, doc.Items[1].Years.Count(y => y.Plan == "予約制の運用と検証"));
        Assert.Equal("効果の検証", doc.Items[2].Years.Single(y => y.Year == new FiscalYear(2025)).Plan);
        var graded = doc.Items.Select(i => i.Years.Single(y => y.Year == new FiscalYear(2023))).ToList();
        Assert.Equal(["Ａ", "Ｂ", "Ｃ"], graded.Select(y => y.Evaluation));
        Assert.Equal("定例会議を5件廃止した。", graded[2].Result);
        // The chapter after the last item is no part of it.
        Assert.DoesNotContain(doc.Items[2].Sections, s => s.Text.Contains("重点的"));
    }
}
