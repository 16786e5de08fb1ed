using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Reading.Layouts.ActionPlan;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>The 行革推進プラン review and 後期アクションプラン (seed 002), values checked against the text.</summary>
public class ActionPlanReaderTests
{
    private static PlanDocument Doc => Seeds.Document("002");

    private static PlanItem Item(string title) => Doc.Items.Single(i => i.Title == title);

    private static ItemMapping Mapping(string fromTitle) => Doc.Mappings.Single(m => m.FromTitle == fromTitle);

    [Fact]
    public void The_loader_picks_the_action_plan_reader_for_its_seed_only()
    {
        var loader = new PlanLoader();
        foreach (var doc in Seeds.Documents)
        {
            var chosen = loader.Choose(Seeds.Text(doc.File[..3]));
            Assert.Equal(doc.File.StartsWith("002", StringComparison.Ordinal), chosen is ActionPlanReader);
        }
        Assert.Equal(new ActionPlanReader().Layout, Doc.Layout);
    }

    [Fact]
    public void The_document_names_no_municipality_and_is_described_as_printed()
    {
        Assert.Null(Doc.Municipality);
        Assert.Equal("後期アクションプラン策定について", Doc.Title);
        Assert.Equal(["行革推進プラン", "後期アクションプラン"], Doc.Aliases);
        Assert.Equal(PlanKind.ActionPlan, Doc.Kind);
        Assert.Equal(new FiscalPeriod(FiscalYear.Parse("R4"), FiscalYear.Parse("R9")), Doc.Period);
        Assert.Empty(Doc.Warnings);
    }

    [Fact]
    public void Every_後期_取組_of_the_整理表_is_an_unnumbered_item()
    {
        // 53 rows of the four 取組み整理表 name a 後期 取組 (継続 or 新規); 廃止 rows name none.
        Assert.Equal(53, Doc.Items.Count);
        Assert.All(Doc.Items, i => Assert.Null(i.Number));
        Assert.All(Doc.Items, i => Assert.Equal("取組", i.Label));
        Assert.Equal(Doc.Items.Count, Doc.Items.Select(i => i.Key).Distinct().Count());
        Assert.Equal("法定外目的税の導入検討", Item("法定外目的税の導入検討").Key);
        Assert.All(Doc.Items, i => Assert.Single(i.Departments, d => d.Lead));
    }

    [Theory]
    [InlineData("法定外目的税の導入検討", "市民税課", 302)]
    [InlineData("獣医師等の資格職の確保", "職員課", 279)]
    [InlineData("内部統制制度の機能強化", "総務課", 284)]
    [InlineData("日勤救急隊の導入", "消防局総務課", 287)]
    [InlineData("類似団体職員数比較による定数の適正化", "行政マネジメント課", 289)]
    [InlineData("設計施工一括発注（DB）方式の導入検討", "契約課", 308)]
    [InlineData("書かない・待たない窓口の実現", "DX推進課", 237)]   // printed "D X 推進課"
    public void The_主担当課_is_the_lead(string title, string lead, int line)
    {
        var item = Item(title);
        Assert.Equal(lead, item.Departments.Single(d => d.Lead).Name);
        Assert.Equal(LineRange.At(line), item.Lines);
    }

    [Fact]
    public void Try_list_units_join_the_lead_without_duplicating_it()
    {
        Assert.Equal([new Department("行政マネジメント課", true), new Department("DX推進課")],
            Item("業務改善事例・手法を庁内へ情報発信").Departments);
        // [DX推進課] in the Try list is the 整理表's "D X 推進課".
        Assert.Single(Item("書かない・待たない窓口の実現").Departments);
        Assert.Equal([new Department("DX推進課", true), new Department("行政マネジメント課")],
            Item("市役所に行かなくてもできる手続きの拡大").Departments);
    }

    [Fact]
    public void Paths_are_基本方針_then_戦略区分_even_on_shifted_rows()
    {
        Assert.Equal([new PathSegment("基本方針", "2", "組織・人材マネジメント改革"), new PathSegment("戦略区分", "(2)", "内部統制の整備")],
            Item("内部統制制度の機能強化").Path);
        Assert.Equal([new PathSegment("基本方針", "1", "業務マネジメント改革"), new PathSegment("戦略区分", "(1)", "行政経営サイクルの確立")],
            Item("KPI評価に基づく事業改善の促進").Path);
        Assert.Equal("戦略区分(4) 組織・機構見直し、定員管理", Item("公用車のノンプロ化").Path[1].ToString());
        Assert.Equal("基本方針3 財務マネジメント改革", Item("PRE（公的不動産）の売却等の促進").Path[0].ToString());
    }

    [Fact]
    public void Fields_carry_前期取組名_見直し区分_and_the_Try_headings()
    {
        var kpi = Item("KPI評価に基づく事業改善の促進");
        Assert.Equal("KPI評価に基づく既存事業ヒアリング", kpi.Field("前期取組名"));
        Assert.Equal("継続（新規）", kpi.Field("見直し区分"));
        Assert.Equal(["① 財政の健全化に資する取組の強化", "⑥ 既存事業見直しの取組"],
            kpi.Fields.Where(f => f.Label == "Try").Select(f => f.Value));
        Assert.Equal(["※外部評価等の実施を追加"], kpi.Notes);

        var mentor = Item("若手職員のフォローアップ制度の導入");
        Assert.Equal("メンター制度の導入", mentor.Field("前期取組名"));
        Assert.Equal("継続", mentor.Field("見直し区分"));
        Assert.Contains("←メンター制度の導入から見直し", mentor.Notes);
    }

    [Fact]
    public void A_新規_取組_has_no_前期_name()
    {
        var pre = Item("PRE（公的不動産）の売却等の促進");
        Assert.Equal("新規", pre.Field("見直し区分"));
        Assert.Null(pre.Field("前期取組名"));
        Assert.Equal("① 財政の健全化に資する取組の強化", pre.Field("Try"));
        Assert.Equal([new Department("資産経営課", true)], pre.Departments);
        Assert.DoesNotContain(Doc.Mappings, m => m.ToTitle == pre.Title);
    }

    [Fact]
    public void Names_spelt_differently_in_the_Try_list_still_find_their_取組()
    {
        var mstep = Item("市長と職員の意見交換会（M STEP）");
        Assert.Equal(LineRange.At(273), mstep.Lines);
        Assert.Contains("市長と職員の意見交換 (MSTEP)", mstep.Fields.Where(f => f.Label == "Try表記").Select(f => f.Value));
        Assert.Contains("先行実施済", mstep.Notes);
        Assert.Equal("デジタルデバイド対応", Item("デジタルデバイス対応").Field("Try表記"));
    }

    [Fact]
    public void Abolished_前期_取組_are_mappings_without_a_後期_item()
    {
        var car = Mapping("カーシェアリング等導入可能性の検討");
        Assert.Equal("前期アクションプラン", car.FromPlan);
        Assert.Equal("廃止（取組を集約）", car.Status);
        Assert.Null(car.ToTitle);
        Assert.Equal("取組を集約", car.Remark);
        Assert.Equal([new Department("行政マネジメント課", true)], car.Departments);
        Assert.Equal("戦略区分(2) ファシリティマネジメントの推進", car.Path[1].ToString());
        Assert.Equal(LineRange.At(306), car.Lines);
        Assert.DoesNotContain(Doc.Items, i => i.Title == car.FromTitle);

        Assert.Equal("取組を集約 / BPRの取組として1つとする", Mapping("業務手順書の作成").Remark);
        Assert.Equal("取組完了", Mapping("債権管理体制の一元化").Remark);
        // 廃止 rows: 4 in 基本方針1, 5 in 基本方針2, 3 in 基本方針3.
        Assert.Equal(4 + 5 + 3, Doc.Mappings.Count(m => m.Status!.StartsWith("廃止", StringComparison.Ordinal)));
    }

    [Fact]
    public void Continued_前期_取組_map_to_their_後期_name()
    {
        var mentor = Mapping("メンター制度の導入");
        Assert.Equal("継続", mentor.Status);
        Assert.Equal("若手職員のフォローアップ制度の導入", mentor.ToTitle);
        Assert.Equal("集中管理等による公用車保有・管理及び台数の適正化", Mapping("集中管理による公用車の共用化・台数の適正化").ToTitle);
        Assert.Equal("継続（新規）", Mapping("KPI評価に基づく既存事業ヒアリング").Status);
        Assert.All(Doc.Mappings, m => Assert.NotEqual("新規", m.Status));
    }

    [Fact]
    public void Both_effect_tables_are_kept_cell_for_cell()
    {
        Assert.Equal(2, Doc.Tables.Count);
        var plan = Doc.Tables[0];
        Assert.Equal("計画策定時点の改革改善効果額見込み", plan.Title);
        Assert.Equal("千円", plan.Unit);
        Assert.Equal(["令和4年度", "令和5年度", "令和6年度", "令和7年度", "令和8年度", "令和9年度", "合計額 (R4~R9)"], plan.Columns);
        Assert.Equal(["I 業務マネジメント改革", "II 組織・人材マネジメント改革", "III 財務マネジメント改革", "合計"], plan.Rows.Select(r => r.Label));
        Assert.Equal(["-52,218", "274,598", "405,430", "642,023", "697,417", "706,843", "2,674,093"], plan.Rows[3].Cells);

        var later = Doc.Tables[1];
        Assert.Equal("後期アクションプラン策定時点の改革改善効果額見込み", later.Title);
        Assert.Equal("千円", later.Unit);
        Assert.Equal("令和4年度 (実績)", later.Columns[0]);
        Assert.Equal("令和9年度 (見込み)", later.Columns[5]);
        Assert.Equal(["合計額 (R4~R9)", "計画策定時 との比較"], later.Columns.Skip(6));
        var finance = later.Rows.Single(r => r.Label == "III 財務マネジメント改革");
        Assert.Equal("161,159", finance.Cells[6]);
        Assert.Equal("152,675", finance.Cells[7]);
        Assert.Equal("-191,326", later.Rows[0].Cells[7]);
        Assert.Equal("2,611,600", later.Rows.Single(r => r.Label == "合計").Cells[6]);
    }

    [Fact]
    public void The_review_is_kept_as_sections()
    {
        var keep = Doc.Sections.Single(s => s.Label == "Keep できたこと/続けたいこと");
        Assert.Contains("- ② 財政調整 2 基金の残高が標準財政規模の 10%以上確保できている", keep.Text.Split('\n'));
        Assert.Contains("財政調整2基金の残高が標準財政規模の10%以上確保", keep.Text.Replace(" ", ""));
        Assert.Equal(new LineRange(13, 15), keep.Lines);
        Assert.Contains("- ③ 人員の減員が進んでいない", Doc.Sections.Single(s => s.Label == "Problem 問題だったこと/課題").Text.Split('\n'));
        var direction = Doc.Sections.Single(s => s.Label == "後期アクションプランの方向性");
        Assert.StartsWith("Try 次に取り組が必要なこと\n- ① 財政の健全化に資する取組の強化", direction.Text);
        Assert.EndsWith("- ⑧ プランの取組効果額と財政計画との整合性の整理", direction.Text);
        Assert.StartsWith("行革推進プランでは、計画期間中（R 4～R 9）の効果額を目標額として設定しているが",
            Doc.Sections.Single(s => s.Label == "⑧プランの取組効果額と財政計画との整合性の整理").Text);
    }

    [Fact]
    public void A_truncated_copy_reads_what_is_there_and_says_what_is_missing()
    {
        var source = Seeds.Text("002");
        // Cut inside the second effect table's first row.
        var cut = string.Join("\n", source.Lines.Take(332)) + "\n" + source.Line(333)[..30];
        var warnings = new List<ReadWarning>();
        var doc = new ActionPlanReader().Read(new SourceText("cut.txt", cut), warnings);
        Assert.Equal(53, doc.Items.Count);
        Assert.Equal(2, doc.Tables.Count);
        Assert.Contains(warnings, w => w.Line == 333 && w.Message.Contains("empty cells"));
        Assert.Contains(warnings, w => w.Message.Contains("no 合計 row"));

        var early = new ActionPlanReader().Read(new SourceText("early.txt", string.Join("\n", source.Lines.Take(100))), new List<ReadWarning>());
        Assert.NotEmpty(early.Items);
        Assert.DoesNotContain(early.Items, i => i.Field("見直し区分") is not null);
        Assert.Contains(early.Warnings, w => w.Message.Contains("取組み整理表"));
        Assert.Contains(early.Warnings, w => w.Message.Contains("in no 取組み整理表 row"));
    }

    [Fact]
    public void A_garbled_copy_reads_without_exception_and_reports_lines()
    {
        var lines = Seeds.Text("002").Lines.ToArray();
        lines[278] = lines[278].Replace("\t継続\t", "\t\t");     // line 279: 獣医師等の資格職の確保 loses its 見直し区分
        lines[301] = lines[301].Replace("\t市民税課", "");       // line 302: 法定外目的税の導入検討 loses its 主担当課
        var warnings = new List<ReadWarning>();
        var doc = new ActionPlanReader().Read(new SourceText("garbled.txt", string.Join("\n", lines)), warnings);

        Assert.Contains(warnings, w => w.Line == 279 && w.Message.Contains("見直し区分"));
        Assert.Contains(warnings, w => w.Line == 302 && w.Message.Contains("主担当課"));
        Assert.DoesNotContain(doc.Items, i => i.Title == "獣医師等の資格職の確保");
        // The Try list still names the unit.
        Assert.Equal([new Department("市民税課")], doc.Items.Single(i => i.Title == "法定外目的税の導入検討").Departments);
        Assert.Equal(52, doc.Items.Count);
    }

    private const string Damage = "\t\n#-○[]（）";

    [Fact]
    public void Any_damage_reads_without_exception()
    {
        var text = Seeds.Text("002").Text;
        var random = new Random(2);
        for (var round = 0; round < 10; round++)
        {
            var chars = text.ToCharArray();
            for (var k = 0; k < 200; k++) chars[random.Next(chars.Length)] = Damage[random.Next(Damage.Length)];
            var damaged = new SourceText("damaged.txt", new string(chars)[..random.Next(chars.Length)]);
            new ActionPlanReader().Read(damaged, new List<ReadWarning>());
            new ActionPlanReader().Recognize(damaged);
        }
    }
}
