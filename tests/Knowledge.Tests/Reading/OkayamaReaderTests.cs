using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Reading.Layouts.Okayama;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>The 岡山市 reader on the real seed 003 (行財政改革推進項目一覧 及び令和6年度取組実績), values checked against the text.</summary>
public class OkayamaReaderTests
{
    private const string Seed = "003";
    private static readonly FiscalYear R5 = FiscalYear.Parse("R5"), R6 = FiscalYear.Parse("R6"), R7 = FiscalYear.Parse("R7");

    private static PlanDocument Doc => Seeds.Document(Seed);

    private static PlanItem Item(string key) => Doc.Items.Single(i => i.Key == key);

    private static YearEntry Year(string key, FiscalYear year) => Item(key).Years.Single(y => y.Year == year);

    [Fact]
    public void The_loader_picks_this_reader_for_003_only()
    {
        var loader = new PlanLoader();
        foreach (var doc in Seeds.Documents)
        {
            var chosen = loader.Choose(Seeds.Text(doc.File[..3]));
            Assert.Equal(doc.File.StartsWith(Seed, StringComparison.Ordinal), chosen is OkayamaReader);
        }
        Assert.Equal("okayama-torikumi", Doc.Layout);
    }

    [Fact]
    public void Document_facts_come_from_the_text()
    {
        Assert.Equal("岡山市", Doc.Municipality);
        Assert.Equal("行財政改革推進項目一覽 及び令和6年度取組実績", Doc.Title); // 一覽 as printed
        Assert.Equal(PlanKind.Results, Doc.Kind);
        Assert.Equal(new FiscalPeriod(FiscalYear.Parse("R3"), R7), Doc.Period);
        Assert.Equal(FiscalYearStyle.Short, Doc.YearStyle);
        Assert.Equal(["後期中期計画（行革プラン）", "行革プラン"], Doc.Aliases);
        Assert.Empty(Doc.Sections); // 行財政改革推進の体系 is a chart that left no text
    }

    [Fact]
    public void Every_取組項目_of_the_summary_table_is_read()
    {
        string[] expected =
        [
            "1-1-①", "1-1-②", "1-1-③", "1-1-④", "1-1-⑤", "1-1-⑥", "1-2-①", "1-2-②",
            "2-1-①", "2-1-②", "2-1-③", "2-1-④",
            "3-1-①", "3-1-②", "3-1-③", "3-1-④", "3-1-⑤", "3-2-①", "3-2-②", "3-2-③", "3-3-①", "3-3-②",
            "4-1-①", "4-1-②", "4-2-①", "4-2-②", "4-3-①", "4-4-①", "4-4-②",
            "5-1-①", "5-1-②", "5-2-①", "5-3-①",
        ];
        var items = Doc.Items.Where(i => i.Label == "取組項目").ToList();
        Assert.Equal(expected, items.Select(i => i.Number));
        Assert.All(items, i => Assert.Equal(i.Number, i.Key));
    }

    [Fact]
    public void Every_具体的取組_is_read_under_its_取組項目()
    {
        string[] numbered =
        [
            "1-1-③-a", "1-1-④-a", "1-1-④-b", "1-1-⑤-a", "1-1-⑤-b", "1-1-⑤-c", "1-1-⑤-d", "1-1-⑥-a",
            "3-1-①-a", "3-1-①-b", "3-1-②-b", "3-1-③-a", "3-1-④-a", "3-1-⑤-a",
            "3-2-①-a", "3-2-①-b", "3-2-①-c", "3-2-②-a", "3-2-②-b", "3-2-③-a",
            "5-1-②-a", "5-1-②-b",
        ];
        var concrete = Doc.Items.Where(i => i.Label == "具体的取組").ToList();
        Assert.Equal(23, concrete.Count);
        Assert.Equal(numbered, concrete.Where(i => i.Number is not null).Select(i => i.Number));
        Assert.All(concrete, c => Assert.StartsWith(c.ParentKey + "-", c.Key));

        var a = Item("1-1-③-a");
        Assert.Equal("1-1-③", a.ParentKey);
        Assert.Equal("a)", a.PrintedNumber);
        Assert.Equal("口座振替、コンビニ収納等の推進による滞納の未然防止、収納率向上(市税)(国民健康保険料、介護保険料、保育料等)", a.Title);
        Assert.Equal(["施策1 健全で持続可能な財政運営", "展開1 財政運営の健全性確保", "取組項目③ 税收等の適正な徴収"], a.Path.Select(p => p.ToString()));

        // "○働き方改革環境整備事業(…)" is printed with a bullet, not a letter: it has no number of its own.
        var bullet = Item("3-2-③-○");
        Assert.Null(bullet.Number);
        Assert.Equal("○", bullet.PrintedNumber);
        Assert.StartsWith("働き方改革環境整備事業(会議等のペーパーレス", bullet.Title);
    }

    [Fact]
    public void Departments_come_from_the_summary_table()
    {
        Assert.Equal(["財政局"], Item("1-1-①").Departments.Select(d => d.Name));
        Assert.Equal(["水道局", "下水道河川局", "市場事業部", "保健福祉局"], Item("1-1-⑤").Departments.Select(d => d.Name));
        Assert.Equal(["総務局"], Item("1-1-⑥").Departments.Select(d => d.Name));
        Assert.Equal(["市長公室"], Item("5-2-①").Departments.Select(d => d.Name));
        Assert.Equal(["市長公室", "政策局"], Item("5-3-①").Departments.Select(d => d.Name));
        Assert.Equal(["政策局", "市民協働局", "北区役所"], Item("3-2-②").Departments.Select(d => d.Name));
        // A 具体的取組 is owned by its 取組項目's bureaus.
        Assert.Equal(Item("1-1-⑤").Departments, Item("1-1-⑤-d").Departments);
        Assert.All(Doc.Items.SelectMany(i => i.Departments), d => Assert.False(d.Lead));
        Assert.Equal("12", Item("5-3-①").Field("ページ"));
    }

    [Fact]
    public void Titles_spelled_differently_in_the_detail_table_are_matched_by_number_and_noted()
    {
        Assert.Equal("税收等の適正な徴収", Item("1-1-③").Title);
        Assert.Equal("税金等の適正な徴収", Item("1-1-③").Field("詳細表の項目名"));
        Assert.Equal("業務の効率化と多様な働き方の推進", Item("4-4-②").Field("詳細表の項目名"));
        Assert.Null(Item("1-1-④").Field("詳細表の項目名")); // "④新たな財源の確保" differs only by a space
    }

    [Fact]
    public void A_取組項目_with_its_own_row_has_its_概要_and_years()
    {
        var item = Item("1-1-①");
        Assert.Equal(51, item.Lines.Start);
        Assert.Equal("・財政健全化指標の健全性を維持する。\n・基金残高を一定程度確保する。\n・市債の借入抑制と公債費負担の平準化を図る。", item.Section("概要"));
        Assert.Equal(5, item.Years.Count);
        // A 取組項目 whose only rows are its 具体的取組 has no years of its own.
        Assert.Empty(Item("1-1-⑤").Years);
    }

    [Fact]
    public void Arrows_resolve_to_the_plan_they_continue()
    {
        var r5 = Year("1-1-①", R5);
        Assert.Equal("・公債費負担の平準化", r5.Plan);
        Assert.Equal("→", r5.PrintedPlan);

        // "→ ・第4期中期計画の策定": the 第3期 plan continues and a new step is added.
        var r7 = Year("1-1-⑤-d", R7);
        Assert.Equal("・第3期中期計画の実施\n・第4期中期計画の策定", r7.Plan);

        // A plan printed in full is not marked as printed differently.
        Assert.Null(Year("1-1-⑤-a", R5).PrintedPlan);
        Assert.Equal("・アクションプラン後期編の年次評価", Year("1-1-⑤-a", R6).Plan);
    }

    [Fact]
    public void Arrows_mixed_with_text_are_kept_as_printed_and_reported()
    {
        Assert.Equal("→\n・係長級以下職員へのBPR研修の実施 →", Year("3-2-①-c", R5).Plan);
        Assert.Contains(Doc.Warnings, w => w.Line == 97 && w.Message.Contains("3-2-①-c R5"));
    }

    [Fact]
    public void R6_results_keep_their_figures_exactly()
    {
        Assert.Contains("国保 94.28%⇒93.96%", Year("1-1-③-a", R6).Result);
        Assert.Contains("・ホームページの運営: アクセス数26,182,313", Year("5-2-①", R6).Result!.Split('\n'));
        Assert.Contains("・基本研修 15回 1,558人参加 有意義と回答した割合 96.4%", Year("4-2-①", R6).Result!.Split('\n'));
        Assert.Contains("電気自動車等 49台", Year("2-1-④", R6).Result);
        Assert.Contains("令和6年度は18社から1,120万円の寄附があった。", Year("1-1-④-a", R6).Result);
        // Only R6 carries a 実績.
        Assert.All(Doc.Items.SelectMany(i => i.Years).Where(y => y.Result is not null), y => Assert.Equal(R6, y.Year));
    }

    [Fact]
    public void HTML_is_removed_and_list_items_become_lines()
    {
        var result = Year("3-1-④-a", R6).Result!;
        Assert.Equal(
            "・5件のデータを新規公開した。\n・自治体標準オープンデータセットの未公開データセットの公開を検討した。\n・オープンデータラウンドテーブルに参加し、関係団体、総務省や中国地方の5県2市と意見交換を行った。",
            result);
        Assert.Equal("応答件数: 19,870件", Year("3-2-①-a", R6).Result);
        Assert.Equal("・運用管理\n・評価\n・次期の検討・見直し", Year("3-2-①-a", R7).Plan);
        var everything = Doc.Items.SelectMany(i => i.Sections.Select(s => s.Text)
            .Concat(i.Years.SelectMany(y => new[] { y.Plan, y.Result }))).OfType<string>();
        Assert.DoesNotContain(everything, t => t.Contains("<ul") || t.Contains("list-style"));
    }

    [Fact]
    public void Note_definitions_become_definitions()
    {
        var twenty = Doc.Definitions.Single(d => d.Term == "20業務");
        Assert.StartsWith("住民記録、固定資産税、個人市民税、", twenty.Text);
        Assert.EndsWith("戸籍、戸籍附票、印鑑登録。", twenty.Text);
        Assert.Equal("3-2-②-b", twenty.ItemNumber);
        Assert.Equal("経済産業省が運営する法人共通認証基盤。", Doc.Definitions.Single(d => d.Term == "gBizID").Text);
        // "※R5年度と比較し…均衡した。" remarks on a figure, it defines nothing.
        Assert.DoesNotContain(Doc.Definitions, d => d.Term.StartsWith("R5", StringComparison.Ordinal));
    }

    [Fact]
    public void The_seed_reads_with_only_the_arrow_warnings()
    {
        Assert.Equal([93, 97, 97], Doc.Warnings.Select(w => w.Line));
    }

    [Fact]
    public void A_truncated_copy_reads_what_is_there_and_says_where_it_stopped()
    {
        var lines = Seeds.Text(Seed).Lines.Take(91).ToList();
        lines[90] = lines[90][..(lines[90].Length / 3)]; // line 91 cut inside its 概要
        var warnings = new List<ReadWarning>();
        var doc = new OkayamaReader().Read(new SourceText("cut.txt", string.Join("\n", lines)), warnings);

        Assert.Equal(33, doc.Items.Count(i => i.Label == "取組項目"));
        Assert.Contains(doc.Items, i => i.Key == "3-1-⑤-a");
        Assert.Contains(warnings, w => w.File == "cut.txt" && w.Line == 91 && w.Message.Contains("cells"));
        Assert.Contains(warnings, w => w.Line == 45 && w.Message.Contains("5-3-①") && w.Message.Contains("no row"));
        Assert.Contains("国保 94.28%⇒93.96%", doc.Items.Single(i => i.Key == "1-1-③-a").Years.Single(y => y.Year == R6).Result);
    }

    [Fact]
    public void A_garbled_copy_reads_without_throwing_and_reports_each_damage()
    {
        var lines = Seeds.Text(Seed).Lines.ToList();
        // Line 53 broken inside its 概要, as PDF extraction sometimes does.
        var cut = lines[52].IndexOf("令和3年度は次期計画", StringComparison.Ordinal);
        lines[52] = lines[52][..cut] + "\n" + lines[52][cut..];
        // A tag that lost its '>' (line 90's 実績 cell).
        lines[89] = lines[89].Replace("→\t<ul style=\"list-style-type: none\">", "→\t<ul style=\"list-style-type: none\"");
        // A row whose 施策 cell is unreadable (line 52).
        lines[51] = "\t" + lines[51][(lines[51].IndexOf('\t') + 1)..];
        // Junk between tables (after the blank line 69).
        lines.Insert(69, "■■ 12 ■■");
        var warnings = new List<ReadWarning>();
        var doc = new OkayamaReader().Read(new SourceText("garbled.txt", string.Join("\n", lines)), warnings);

        Assert.Contains(warnings, w => w.Line == 53 && w.Message.Contains("53-54"));
        Assert.Equal("・収納率向上のため計画期間5年の滞納整理計画を策定しており、 令和3年度は次期計画を策定する。\n・口座振替、コンビニ収納等の推進により滞納を未然に防止し、収納率の向上を図る。",
            doc.Items.Single(i => i.Key == "1-1-③-a").Section("概要"));
        Assert.Contains("国保 94.28%⇒93.96%", doc.Items.Single(i => i.Key == "1-1-③-a").Years.Single(y => y.Year == R6).Result);

        // Row 52 (1-1-②) cannot be placed without its 施策; the 取組項目 stays, from the summary, without years.
        Assert.Contains(warnings, w => w.Line == 52 && w.Message.Contains("施策"));
        Assert.Empty(doc.Items.Single(i => i.Key == "1-1-②").Years);

        // Line numbers below are shifted by the broken line 53 and the junk line.
        Assert.Contains(warnings, w => w.Line == 71 && w.Message.Contains("outside any table row"));
        Assert.Contains(warnings, w => w.Line == 92 && w.Message.Contains("3-1-④-a 実績") && w.Message.Contains("unclosed HTML"));
        var r6 = doc.Items.Single(i => i.Key == "3-1-④-a").Years.Single(y => y.Year == R6).Result!;
        Assert.StartsWith("・5件のデータを新規公開した。", r6);
        Assert.DoesNotContain("<ul", r6);
    }

    [Fact]
    public void The_municipality_is_never_guessed()
    {
        var text = Seeds.Text(Seed).Text.Replace("岡山市", "本市");
        var doc = new OkayamaReader().Read(new SourceText("anon.txt", text), new List<ReadWarning>());
        Assert.Null(doc.Municipality);
        Assert.Equal(33, doc.Items.Count(i => i.Label == "取組項目"));
    }

    [Fact]
    public void An_arrow_with_nothing_before_it_stays_unresolved()
    {
        var resolved = PlanArrows.Resolve("→", previousPlan: null);
        Assert.Null(resolved.Plan);
        Assert.Equal("→", resolved.Printed);
        Assert.NotNull(resolved.Problem);
    }

    [Fact]
    public void List_tags_and_entities_become_plain_lines()
    {
        var clean = HtmlCell.Clean("<ul><li>応答件数: 19,870件</li><li>A&amp;B  研修</li></ul>");
        Assert.Equal("応答件数: 19,870件\nA&B 研修", clean.Text);
        Assert.False(clean.HadBrokenTag);
        Assert.Equal("R5<R6 <施策>", HtmlCell.Clean("R5<R6 <施策>").Text); // not tags
        var broken = HtmlCell.Clean("<ul style=\"list-style-type: none\" ・5件のデータを新規公開した。");
        Assert.True(broken.HadBrokenTag);
        Assert.Equal("・5件のデータを新規公開した。", broken.Text);
        Assert.Equal("R&D\n・費用", HtmlCell.Clean("R&D ・費用").Text); // plain text keeps its '&'; a bullet starts a line
    }
}
