using System.Text;
using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Reading.Layouts.Mine;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// The 美祢市 progress report (seeds/001). Expected values were read off the raw lines of the seed; line
/// numbers in comments point there.
/// </summary>
public partial class MineReaderTests
{
    private static PlanDocument Doc => Seeds.Document("001");

    private static PlanItem Item(int number) => Doc.Items.Single(i => i.Number == number.ToString());

    private static string Nfkc(string? s) => (s ?? "").Normalize(NormalizationForm.FormKC);

    [Fact]
    public void The_loader_picks_the_Mine_reader_for_001_only()
    {
        var loader = new PlanLoader();
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var chosen = loader.Choose(Seeds.Text(prefix));
            Assert.Equal(prefix == "001", chosen is MineReader);
        }
        Assert.Equal("mine-progress", Doc.Layout);
    }

    [Fact]
    public void Document_facts_come_from_the_text()
    {
        Assert.Equal("美祢市", Doc.Municipality);
        Assert.Equal("第三次美祢市行政改革大綱実施計画進捗状況報告書", Doc.Title); // line 1, radicals ⾏⼤ read as 行大
        Assert.Equal(PlanKind.ProgressReport, Doc.Kind);
        Assert.Equal(new FiscalPeriod(FiscalYear.Parse("R1"), FiscalYear.Parse("R5")), Doc.Period);
        Assert.Equal("令和２年度上半期 実績", Doc.Sections.Single(s => s.Label == "報告対象").Text);
        Assert.Equal("令和2年12月", Doc.Sections.Single(s => s.Label == "作成").Text);
    }

    [Fact]
    public void The_outline_lists_every_小分類_under_its_大分類()
    {
        var outline = Doc.Sections.Single(s => s.Label == "体系").Text.Split('\n');
        // lines 493-494, 808-809, 813-814
        Assert.Contains("大分類3 歳出・歳入/資産・債権管理の見直し: 小分類1 公共施設管理、小分類2 債権管理、小分類3 財政管理", outline);
        // lines 1144-1145, 1149-1150: the document's ⺠ (U+2EA0, which NFKC keeps) is quoted as printed.
        Assert.Contains("大分類4 協働の推進: 小分類1 市\u2EA0との協働、小分類2 \u2EA0間企業等との協働", outline);
        Assert.Equal(4, outline.Length);
    }

    [Fact]
    public void Every_number_1_to_63_is_found_once()
    {
        var numbers = Doc.Items.Select(i => int.Parse(i.Number!)).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.InRange(n, 1, 63));
        Assert.True(numbers.Count >= 60, $"found {numbers.Count}");
        // All 63 are found in this seed (the cover's page number "1" at line 11 is not one of them).
        Assert.Equal(Enumerable.Range(1, 63), numbers.Order());
        Assert.All(Doc.Items, i => Assert.Equal("実施項目", i.Label));
        Assert.Equal(105, Item(1).Lines.Start);
    }

    [Theory]
    [InlineData(1, "機構改革による定員適正化の推進")]                       // lines 105-107
    [InlineData(2, "新本庁舎整備における窓口のワンストップ化及び施設の複合化の検討")] // lines 52-55, three wrapped lines joined
    [InlineData(3, "職員の人材育成と能力の向上")]                          // lines 64-66
    [InlineData(5, "人材の確保")]                                        // line 192 "5 人材の確保"
    [InlineData(8, "美祢魅力発掘隊の採用")]                               // line 178, number glued after the title
    [InlineData(9, "自治体クラウドの導入")]                               // line 286
    [InlineData(13, "高齢福祉分野におけるＩＣＴの利活用")]                  // lines 257-259, full-width kept
    [InlineData(20, "選挙投票所の統廃合")]                                // line 430
    [InlineData(21, "公共施設マネジメントの推進")]                          // lines 556-558
    [InlineData(24, "MYT放送事業のあり方の検討")]                          // lines 538-540
    [InlineData(41, "市債権の収納率の向上及び債権管理の適正化の推進")]         // lines 842-845
    [InlineData(57, "公民館のあり方の検討")]                               // line 1201
    public void Titles_printed_with_their_number_are_read(int number, string title) =>
        Assert.Equal(title, Item(number).Title);

    [Theory]
    [InlineData(6, 194, 146)] // "会計年度任用職員制度 / の確立" ↔ plan "・会計年度任用職員制度の詳細部分の / 構築"
    [InlineData(7, 173, 149)] // "給与等の適正水準の確 / 保" ↔ plan "・国、県、…適正な給与制度の運用と給 / 与水準の維持"
    public void A_title_printed_apart_goes_to_the_item_whose_plan_it_clearly_matches(int number, int titleLine, int planLine)
    {
        // p.2 (№5-8): the lone numbers 7 and 6 (lines 176, 190) and two title-shaped blocks (lines 173-174,
        // 194-195) printed in no telling order; the plans of 6 and 7 are tied by order (rule 4) and each title
        // shares its rare words (会計年度任用, 給与・水準) with one plan only.
        var lines = Seeds.Text("001").Lines;
        Assert.Equal(lines[titleLine - 1].Trim() + lines[titleLine].Trim(), Item(number).Title);
        Assert.StartsWith(lines[planLine - 1].Trim(), Item(number).Years.Single().Plan);
        Assert.DoesNotContain(Doc.Warnings, w => w.Message.StartsWith($"№{number}:"));
    }

    [Fact]
    public void Titles_printed_apart_from_their_number_are_left_empty_with_a_warning()
    {
        // p.3 prints the lone numbers 11, 10, 12 (lines 294-307) around the titles 電子決済…, 証明書…,
        // マイナンバーカード… (lines 298-305), whose plans are not tied: position would guess, so all stay empty.
        Assert.All(new[] { 10, 11, 12, 15 }, n => Assert.Equal("", Item(n).Title));
        Assert.Contains(Doc.Warnings, w => w.Line == 296 && w.Message.Contains("№10"));
        // p.1: №4 (line 97) has no title-shaped block left on its page.
        Assert.Equal("", Item(4).Title);
        // Line 1279 "63 調査・研究・方針決定" + "温水プールの管理運営 / 方法の検討": a step and a title in one run.
        Assert.Equal("", Item(63).Title);
        Assert.Contains(Doc.Warnings, w => w.Line == 1279 && w.Message.Contains("№63"));
    }

    [Theory]
    [InlineData(5, "1", "組織・人材マネジメントの見直し", "2", "人材育成・人材登用")]   // p.2 has no heading: continues line 21
    [InlineData(9, "2", "業務の見直し", "1", "ICT等の推進")]                      // lines 250-251
    [InlineData(20, "2", "業務の見直し", "2", "事務事業の見直し")]                  // lines 412-413
    [InlineData(21, "3", "歳出・歳入/資産・債権管理の見直し", "1", "公共施設管理")]   // lines 493-494
    [InlineData(36, "3", "歳出・歳入/資産・債権管理の見直し", "1", "公共施設管理")]   // p.6 has no heading
    [InlineData(43, "3", "歳出・歳入/資産・債権管理の見直し", "3", "財政管理")]      // p.8 continues line 814
    [InlineData(55, "3", "歳出・歳入/資産・債権管理の見直し", "3", "財政管理")]
    [InlineData(61, "4", "協働の推進", "2", "\u2EA0間企業等との協働")]             // p.11 continues line 1150 (⺠ as printed)
    public void Items_sit_under_their_大分類_and_小分類(int number, string major, string majorTitle, string minor, string minorTitle)
    {
        var path = Item(number).Path;
        Assert.Equal(2, path.Count);
        Assert.Equal(new PathSegment("大分類", major, majorTitle), path[0]);
        Assert.Equal(new PathSegment("小分類", minor, minorTitle), path[1]);
        Assert.Equal($"小分類{minor} {minorTitle}", Item(number).Field("小分類"));
    }

    [Theory]
    [InlineData(1, "簡素で効率的な組織")]  // line 16, the first table's grades: lines 123-128 (Ｂ B)
    [InlineData(2, "簡素で効率的な組織")]
    [InlineData(3, "人材育成・人材登用")]  // line 21, the second table's grades: lines 130-135 (Ｂ Ｂ)
    [InlineData(4, "人材育成・人材登用")]
    public void Where_a_page_of_several_小分類_has_one_grade_per_row_each_table_has_its_run_of_grades(int number, string minorTitle)
    {
        // p.1 holds 小分類1 and 2 (lines 16, 21) and prints four grades for its four № (1-4), two under each
        // "R2 上半期評価": no row lacks a grade, so each table has two rows and 小分類1 ends after №2.
        var p1 = Seeds.Text("001").Lines.Skip(122).Take(15).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal(["R2", "上半期評価", "Ｂ", "B", "R2", "上半期評価", "Ｂ", "Ｂ"], p1.Take(8));
        var path = Item(number).Path;
        Assert.Equal(2, path.Count);
        Assert.Equal(new PathSegment("大分類", "1", "組織・人材マネジメントの見直し"), path[0]);
        Assert.Equal(minorTitle, path[1].Title);
    }

    [Theory]
    [InlineData(37, "3")]  // p.7: the end of 公共施設管理, then 債権管理 and 財政管理 (lines 809, 814)
    [InlineData(56, "4")]  // p.10: 小分類1 and 2 (lines 1145, 1150)
    public void Items_on_a_page_of_several_小分類_get_only_their_大分類(int number, string major)
    {
        var path = Item(number).Path;
        Assert.Equal("大分類", Assert.Single(path).Level);
        Assert.Equal(major, path[0].Number);
    }

    [Theory]
    [InlineData(2, "・庁内検討委員会作業部会開催（7回）")]                             // line 83
    [InlineData(8, "・受入団体と事前調整の上、別府地域に新たに地域支援型隊員1名を設置（7月）")] // lines 223-225
    [InlineData(1, "・資格職ヒアリング")]                                            // line 114
    [InlineData(3, "・外部組織への派遣　4名（文部科学省、秋吉台国際芸術村、山口県、後期高齢者医療広域連合）")] // lines 88-90
    [InlineData(7, "・国家公務員との比較により給与水準を示すラスパイレス指数の算出の基礎となる給与実態調査を実施")] // lines 217-219
    public void First_half_results_are_read_where_certain(int number, string line)
    {
        var year = Assert.Single(Item(number).Years);
        Assert.Equal(FiscalYear.Parse("R2"), year.Year);
        Assert.Equal("上半期", year.Term);
        Assert.Contains(line, year.Result!.Split('\n'));
    }

    [Theory]
    [InlineData(2, "・新本庁舎整備アドバイザー会議及び庁内検討委員会作業部会の開催")] // lines 33-34
    [InlineData(5, "・社会人枠や任期付き職員制度による人材の確保")]                 // lines 143-144
    [InlineData(8, "・受入団体の決定、隊員の募集開始")]                            // line 157
    public void R2_plans_are_read_where_certain(int number, string line) =>
        Assert.Contains(line, Assert.Single(Item(number).Years).Plan!.Split('\n'));

    [Fact]
    public void A_result_that_cannot_be_tied_to_its_item_is_left_out_but_stays_searchable()
    {
        // Lines 1117-1118: p.9's six № (50-55) are all printed alone, so which one is ふるさと納税 is not known.
        Assert.DoesNotContain(Doc.Items, i => i.Years.Any(y => (y.Result ?? "").Contains("対前年上半期比73％")));
        Assert.Contains(Doc.Warnings, w => w.Line == 1117);
        Assert.Contains(Doc.Passages, p => p.Text.Contains("寄附金確保（対前年上半期比73％）") || p.Text.Contains("附金確保（対前年上半期比73％）"));
    }

    [Fact]
    public void Grades_are_given_where_every_grade_on_the_page_is_the_same()
    {
        // p.2 (№5-8), lines 232-238: Ｂ Ｂ Ｂ Ｂ, kept full-width as printed.
        Assert.Equal("Ｂ", Item(7).Years.Single().Evaluation);
        Assert.All(new[] { 5, 6, 8 }, n => Assert.Equal("Ｂ", Item(n).Years.Single().Evaluation));
        // p.1 (№1-4), lines 126-135: Ｂ B Ｂ Ｂ — all B, glyphs mixed, so the plain form.
        Assert.All(new[] { 1, 2, 3, 4 }, n => Assert.Equal("B", Nfkc(Item(n).Years.Single().Evaluation)));
        // p.6 (№27-36), lines 784-802: ten B/Ｂ for ten №.
        Assert.All(Enumerable.Range(27, 10), n => Assert.Equal("B", Nfkc(Item(n).Years.Single().Evaluation)));
    }

    [Fact]
    public void Grades_that_differ_on_a_page_are_not_guessed()
    {
        // p.3 (№9-15), lines 386-406: B B B Ａ C B and four 達成 for seven № — some marks are steps', no way to tell whose Ａ or C it is.
        Assert.All(Enumerable.Range(9, 7), n => Assert.Null(Item(n).Years.SingleOrDefault()?.Evaluation));
        Assert.Contains(Doc.Warnings, w => w.Line == 386 && w.Message.Contains("Ａ"));
        var graded = Doc.Items.Where(i => i.Years.Any(y => y.Evaluation is not null)).Select(i => int.Parse(i.Number!));
        Assert.Equal(Enumerable.Range(1, 8).Concat(Enumerable.Range(16, 5)).Concat(Enumerable.Range(27, 10)).Concat(Enumerable.Range(61, 3)), graded);
    }

    [Theory]
    // p.4 (№16-20), lines 479-487: Ｂ Ａ Ａ 達成 達成 — five marks for five №, the column printed in row order.
    [InlineData(16, "Ｂ")]
    [InlineData(17, "Ａ")]
    [InlineData(18, "Ａ")]
    [InlineData(19, "達成")]
    [InlineData(20, "達成")]
    // p.11 (№61-63), lines 1305-1309: Ｂ C Ｂ.
    [InlineData(61, "Ｂ")]
    [InlineData(62, "C")]
    [InlineData(63, "Ｂ")]
    public void An_evaluation_column_with_one_mark_per_row_is_tied_in_row_order(int number, string mark)
    {
        Assert.Equal(mark, Item(number).Years.Single().Evaluation);
        // Only the mark: the row's plan and result are still not tied.
        Assert.Null(Item(number).Years.Single().Plan);
        Assert.Contains(Doc.Warnings, w => w.Line == 479 && w.Message.Contains("tied in printed order"));
    }

    [Fact]
    public void Status_marks_printed_apart_from_their_rows_are_reported_not_assigned()
    {
        // 休止 (line 933) and №45に統合 (line 1046) are printed after the grades with nothing tying them to a row.
        Assert.All(Doc.Items, i => Assert.Empty(i.Notes));
        Assert.Contains(Doc.Warnings, w => w.Message.Contains("休止"));
        Assert.Contains(Doc.Warnings, w => w.Message.Contains("№45に統合"));
        Assert.Contains(Doc.Warnings, w => w.Line == 240 && w.Message.Contains("達成"));
    }

    [Fact]
    public void No_item_has_departments() =>
        Assert.All(Doc.Items, i => Assert.Empty(i.Departments));

    [Fact]
    public void A_truncated_copy_reads_without_inventing_anything()
    {
        var source = Seeds.Text("001");
        // 128, 135 and 239 cut right after a page's grades, where a page still looks whole: 128 keeps only p.1's first table.
        foreach (var keep in new[] { 40, 128, 135, 180, 239, 700, 1000, 1290 })
        {
            var cut = new SourceText(source.FileName, string.Join("\n", source.Lines.Take(keep)));
            var warnings = new List<ReadWarning>();
            var doc = new MineReader().Read(cut, warnings);
            Assert.NotEmpty(warnings);
            AssertNoFactDiffersFromTheCleanRead(doc);
        }
    }

    [Fact]
    public void A_copy_with_lines_shuffled_within_pages_reads_without_inventing_anything()
    {
        var source = Seeds.Text("001");
        for (var seed = 1; seed <= 12; seed++)
        {
            // Odd seeds also lose the page-break indent, as a re-extraction might; even seeds keep it.
            var garbled = new SourceText(source.FileName, ShuffleWithinPages(source.Lines, new Random(seed), keepIndent: seed % 2 == 0));
            var warnings = new List<ReadWarning>();
            var doc = new MineReader().Read(garbled, warnings);
            Assert.NotEmpty(warnings);
            AssertNoFactDiffersFromTheCleanRead(doc);
        }
    }

    /// <summary>A one-page report in the same layout, small enough to see every rule at work.</summary>
    private static string SmallReport(string grade1, string grade2, params string[] item2) => string.Join("\n", (string[])[
        " 第三次見本市行政改革大綱実施計画進捗状況報告書", "",
        "⼤分類１ 組織・⼈材マネジメントの⾒直し", "＜⼩分類1 簡素で効率的な組織＞", "",
        "実施項目 ⾏動計画 R1 R2 R3 R4 R5", "",
        "R2年度 年度計画", "",
        "・窓口業務の民間委託範囲の拡大に向けた調整", "",
        "・公用車の台数削減と共用化の推進", "",
        "1", "窓口業務の民間委託の", "推進", "",
        .. (item2.Length > 0 ? item2 : ["2", "公用車の適正な配置"]), "",
        "R2年度 上半期実績", "",
        "・公用車を3台削減し、共用化を開始", "",
        "・窓口業務の民間委託範囲を2業務拡大", "",
        "R2", "上半期評価", "",
        grade1, "", grade2, "",
        "1 実施計画進捗状況報告書【１組織・人材】", ""]);

    [Fact]
    public void A_small_page_ties_plans_and_grades_by_order_and_results_by_their_words()
    {
        var doc = new PlanLoader().Load(new SourceText("mihon.txt", SmallReport("Ａ", "Ｂ")));
        Assert.Equal("mine-progress", doc.Layout);
        Assert.Equal("見本市", doc.Municipality);
        var one = doc.Items.Single(i => i.Number == "1");
        var two = doc.Items.Single(i => i.Number == "2");
        Assert.Equal("窓口業務の民間委託の推進", one.Title);
        Assert.Equal("公用車の適正な配置", two.Title);
        Assert.Equal("・窓口業務の民間委託範囲の拡大に向けた調整", one.Years.Single().Plan);
        // The results are printed in the other order; their words tie them to the right plans.
        Assert.Equal("・窓口業務の民間委託範囲を2業務拡大", one.Years.Single().Result);
        Assert.Equal("・公用車を3台削減し、共用化を開始", two.Years.Single().Result);
        // Ａ and Ｂ printed apart from their rows, one per row: the column runs in row order.
        Assert.Equal("Ａ", one.Years.Single().Evaluation);
        Assert.Equal("Ｂ", two.Years.Single().Evaluation);
        Assert.Equal([new PathSegment("大分類", "1", "組織・人材マネジメントの見直し"), new PathSegment("小分類", "1", "簡素で効率的な組織")], one.Path);
    }

    [Fact]
    public void A_small_page_with_one_grade_throughout_gives_it_to_every_item()
    {
        var doc = new PlanLoader().Load(new SourceText("mihon.txt", SmallReport("Ｂ", "Ｂ")));
        Assert.All(doc.Items, i => Assert.Equal("Ｂ", i.Years.Single().Evaluation));
    }

    [Fact]
    public void A_small_page_ties_a_title_printed_apart_through_the_plan_it_matches()
    {
        // The number 2 alone, its title (wrapped at the title column's width) in a cell of its own.
        var doc = new PlanLoader().Load(new SourceText("mihon.txt", SmallReport("Ｂ", "Ｂ", "2", "", "公用車の適正な配置と", "共用化の推進")));
        Assert.Equal("公用車の適正な配置と共用化の推進", doc.Items.Single(i => i.Number == "2").Title);
    }

    [Fact]
    public void A_small_page_with_more_title_shaped_blocks_than_untitled_numbers_ties_none()
    {
        // A second title-shaped block (it could be a step) about the same plan: which is the title is not certain.
        var doc = new PlanLoader().Load(new SourceText("mihon.txt", SmallReport("Ｂ", "Ｂ",
            "2", "", "公用車の適正な配置と", "共用化の推進", "", "公用車の台数削減計", "画の策定")));
        Assert.Equal("", doc.Items.Single(i => i.Number == "2").Title);
        Assert.Equal("・公用車の台数削減と共用化の推進", doc.Items.Single(i => i.Number == "2").Years.Single().Plan);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("⼤分類１ 組織\n＜⼩分類1 何か＞\n")]
    [InlineData("R2\nＢ\n№45に統合\n12\n・\n美祢魅力発掘隊の採用8\n99 実施計画進捗状況報告書【x】")]
    public void Degenerate_text_is_read_without_throwing(string text)
    {
        var warnings = new List<ReadWarning>();
        var doc = new MineReader().Read(new SourceText("bad.txt", text), warnings);
        Assert.NotEmpty(warnings);
        Assert.All(doc.Items, i => Assert.Empty(i.Years));
    }

    private static void AssertNoFactDiffersFromTheCleanRead(PlanDocument doc)
    {
        foreach (var item in doc.Items)
        {
            var clean = Doc.Items.SingleOrDefault(i => i.Number == item.Number);
            Assert.NotNull(clean);
            if (item.Title != "") Assert.Equal(clean.Title, item.Title);
            // A path may stop short (only the 大分類) but never name another 小分類.
            Assert.Equal(clean.Path.Take(item.Path.Count), item.Path);
            var year = item.Years.SingleOrDefault();
            if (year is null) continue;
            var cleanYear = clean.Years.SingleOrDefault();
            if (year.Evaluation is not null) Assert.Equal(Nfkc(cleanYear?.Evaluation), Nfkc(year.Evaluation));
            if (year.Result is not null) Assert.Equal(cleanYear?.Result, year.Result);
            if (year.Plan is not null) Assert.Equal(cleanYear?.Plan, year.Plan);
        }
    }

    /// <summary>Shuffles the lines of each printed page (pages end at a footer or start at an indented line), keeping page order.</summary>
    private static string ShuffleWithinPages(IReadOnlyList<string> lines, Random random, bool keepIndent)
    {
        var output = new List<string>();
        var page = new List<string>();
        void Flush()
        {
            output.AddRange(page.OrderBy(_ => random.Next()));
            page.Clear();
        }
        foreach (var line in lines)
        {
            if (line.Length > 0 && line[0] == ' ') Flush();
            page.Add(keepIndent ? line : line.TrimStart(' '));
            if (Footer().IsMatch(line)) Flush();
        }
        Flush();
        return string.Join("\n", output);
    }

    [GeneratedRegex(@"^[0-9]+ 実施計画進捗状況報告書")]
    private static partial Regex Footer();
}
