using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// Plans in layouts no dedicated reader knows, as real extraction tools print them: <c>pdftotext -layout</c>
/// tables (columns by position, wrapped cells, page headers and footers, form feeds), pages of 【label】 fields,
/// a 工程表 whose cells are joined by single spaces, and Markdown from a web page. The texts are excerpts of
/// real plan documents (箕輪町, 臼杵市, 倉吉市, 合志市, 七尾市), page breaks kept as form feeds.
/// </summary>
public class LayoutReaderTests
{
    private static PlanDocument Load(string text) => new PlanLoader().Load(new SourceText("plan.txt", text.Replace("<FF>", "\f")));

    private static PlanItem Item(PlanDocument doc, string key) => doc.Items.Single(i => i.Key == key);

    [Fact]
    public void Layout_table_rows_are_items_with_their_columns_and_wrapped_titles()
    {
        var doc = Load(Minowa);
        Assert.Equal("structured", doc.Layout);
        Assert.Equal(Enumerable.Range(1, 12).Select(n => n.ToString()), doc.Items.Select(i => i.Key));
        var second = Item(doc, "2");
        // The title wraps onto an indented line under its column: one title.
        Assert.Equal("使用料・手数料の見直し（受益者負担の適正化）", second.Title);
        Assert.Equal([new Department("総務課")], second.Departments);
        // －: no figure for R6; R7 is the next column along.
        Assert.Equal([(2025, "6,400"), (2026, "6,400"), (2027, "6,400"), (2028, "6,400")], second.Years.Select(y => (y.Year.Year, y.Plan!)));
        Assert.Equal("18,000", Item(doc, "3").Years.Single(y => y.Year.Year == 2026).Plan);
        // A group heading on a line of its own holds for the rows under it, across the page break.
        Assert.Equal(new PathSegment("区分", "3", "内部管理経費の削減"), Assert.Single(Item(doc, "12").Path));
        Assert.Equal("ＲＰＡ導入による事務の効率化", Item(doc, "12").Title);
    }

    [Fact]
    public void A_layout_table_broken_by_a_page_is_one_table_of_figures_and_its_totals()
    {
        var doc = Load(Minowa);
        var table = Assert.Single(doc.Tables, t => t.Rows.Any(r => r.Label == "累計効果額"));
        Assert.Equal("千円", table.Unit);
        Assert.Equal("５  財政健全化の取組と効果額", table.Title);
        Assert.Contains(table.Rows, r => r.Label == "町税等の収納率向上");
        var r8 = table.Columns.ToList().IndexOf("R8");
        Assert.Equal("146,900", table.Rows.Single(r => r.Label == "累計効果額").Cells[r8]);
        Assert.Equal("292,300", table.Rows.Single(r => r.Label == "単年度効果額 計").Cells[table.Columns.ToList().IndexOf("合計")]);
        // The total row is no item: a numbered table's items are its numbered rows.
        Assert.DoesNotContain(doc.Items, i => i.Title.Contains("効果額"));
    }

    [Fact]
    public void Page_numbers_and_running_headers_are_in_no_item_and_no_cell()
    {
        foreach (var doc in new[] { Load(Minowa), Load(Usuki), Load(Kurayoshi), Load(Koshi) })
        {
            var texts = doc.Items.SelectMany(i => new[] { i.Title }.Concat(i.Sections.Select(s => s.Text)).Concat(i.Years.Select(y => y.Result ?? ""))
                .Concat(i.Fields.Select(f => f.Value)).Concat(i.Path.Select(p => p.Title)))
                .Concat(doc.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells.Select(c => c ?? "").Append(r.Label))))
                .ToList();
            Assert.NotEmpty(doc.Items);
            Assert.DoesNotContain(texts, t => t.Contains('\f'));
            Assert.DoesNotContain(texts, t => t.Contains("－ 4 －") || t.Contains("― ４ ―") || t.Contains("- 5 -") || t.Contains("－ ３ －"));
            Assert.DoesNotContain(texts, t => t.Contains("箕輪町定員適正化計画・財政健全化計画（") || t.Contains("進捗状況報告書（令和５年度実績）")
                || t.Contains("実施計画（工程表）") || t.Contains("令和５年度実施状況評価結果"));
        }
    }

    [Fact]
    public void A_two_line_header_names_its_columns_and_numbers_repeated_under_each_group_are_told_apart()
    {
        var doc = Load(Usuki);
        Assert.Equal(["1-(1)-①", "1-(3)-①", "1-(3)-②", "2-(1)-①", "2-(1)-②", "2-(1)-③"], doc.Items.Select(i => i.Key));
        var rpa = Item(doc, "2-(1)-②");
        Assert.Equal("ＲＰＡ・ＡＩ－ＯＣＲの活用", rpa.Title);
        Assert.Equal([new Department("情報政策課")], rpa.Departments);
        var indicator = Assert.Single(rpa.Indicators);
        // 目標指標 wraps under its column; 令和５年度 / 目標値 on two header lines name one column.
        Assert.Equal("ＲＰＡ等による業務削減時間（年間）", indicator.Name);
        Assert.Equal("850時間", indicator.BaselineValue);
        Assert.Equal([new YearValue(new FiscalYear(2023), "2,000時間"), new YearValue(new FiscalYear(2026), "4,000時間")], indicator.Targets);
        var r5 = Assert.Single(rpa.Years);
        Assert.Equal((2023, "1,640時間", "Ｂ"), (r5.Year.Year, r5.Result, r5.Evaluation));
        Assert.Contains(rpa.Sections, s => s.Label == "達成率" && s.Text == "82.0%");
        // A cell printed －: the item was not graded for R5, and says so by having no R5 entry.
        Assert.Empty(Item(doc, "2-(1)-③").Years);
        Assert.Equal("効率的・効果的な行政運営", Assert.Single(rpa.Path).Title);
    }

    [Fact]
    public void Pages_of_bracketed_fields_are_items_with_a_table_of_years()
    {
        var doc = Load(Kurayoshi);
        Assert.Equal(["1", "2", "3"], doc.Items.Select(i => i.Key));
        var first = Item(doc, "1");
        Assert.Equal("証明書コンビニ交付の利用促進", first.Title);
        // The 基本目標 cell's numeral numbers the level, as a 基本目標Ⅰ heading would.
        var policy = Assert.Single(first.Path);
        Assert.Equal(("基本目標", "I", "市民サービスの向上"), (policy.Level, policy.Number, policy.Title));
        Assert.Contains(new Department("市民課", Lead: true), first.Departments);
        Assert.Contains(new Department("デジタル推進課"), first.Departments);
        var indicator = Assert.Single(first.Indicators);
        Assert.Equal("証明書のコンビニ交付率（％）", indicator.Name);
        Assert.Equal("12.4％（令和２年度）", indicator.Baseline);
        Assert.Equal(["18.0％", "24.0％", "30.0％", "35.0％"], indicator.Targets.Select(t => t.Value));
        Assert.Equal(2024, indicator.Targets[2].Year.Year);
        // 実績 prints two years of four: R4 and R5, from the left.
        Assert.Equal("19.6％", first.Years.Single(y => y.Year.Year == 2022).Result);
        Assert.StartsWith("27.3％", first.Years.Single(y => y.Year.Year == 2023).Result);
        // 【自己評価】 grades the year whose results the page reports (【令和５年度の取組実績】).
        Assert.Equal("A", first.Years.Single(y => y.Year.Year == 2023).Evaluation);
        Assert.Equal("令和4年度 108.9％、令和5年度 113.8％", first.Sections.Single(s => s.Label == "達成率").Text);
        // A field's text runs over its lines and stops at the page's end.
        Assert.Equal("交付率は目標を上回ったが、高齢者の利用は伸び悩んでいる。令和６年度は地区公民館での操作体\n験会を開催し、高齢者層への浸透を図る。",
            first.Sections.Single(s => s.Label == "課題と今後の方向性").Text);
        // 【関係課】 printed empty names no unit.
        Assert.Equal([new Department("教育委員会事務局"), new Department("生涯学習課")], Item(doc, "3").Departments);
    }

    [Fact]
    public void A_schedule_of_single_spaced_cells_is_read_from_both_ends()
    {
        var doc = Load(Koshi);
        var first = Item(doc, "1-1-1");
        Assert.Equal("書かない窓口の導入", first.Title);
        Assert.Equal([new Department("市民課")], first.Departments);
        Assert.Equal(["検討", "試行", "実施", "実施"], first.Years.Select(y => y.Plan));
        Assert.Equal("→", first.Years[3].PrintedPlan);
        Assert.Contains(first.Fields, f => f.Label == "重点" && f.Value == "◎");
        Assert.Equal("申請書の記入が不要となる窓口支援システムを導入し、来庁者の負担を軽減する。", first.Sections.Single(s => s.Label == "取組内容").Text);
        // A title wrapped onto the next line, beside the description's next piece.
        var online = Item(doc, "1-1-2");
        Assert.Equal("行政手続のオンライン化", online.Title);
        Assert.Equal("子育て・介護等の手続を中心に、オンラインで完結できる手続を拡大する。", online.Sections.Single(s => s.Label == "取組内容").Text);
        Assert.DoesNotContain(online.Fields, f => f.Label == "重点" && f.Value != "◎");
        Assert.DoesNotContain(Item(doc, "1-1-3").Fields, f => f.Label == "重点");
        var special = Item(doc, "2-2-3");
        Assert.Equal("特別会計繰出金の適正化", special.Title);
        Assert.Equal([new Department("財政課"), new Department("保険年金課")], special.Departments);
        Assert.Equal("見直し", Item(doc, "2-3-1").Years.Single(y => y.Year.Year == 2026).Plan);
        Assert.Equal("持続可能な財政基盤の確立", special.Path[0].Title);
    }

    [Fact]
    public void Markdown_tables_without_outer_pipes_are_items_and_an_empty_cell_stays_empty()
    {
        var doc = Load(Nanao);
        Assert.Equal(Enumerable.Range(1, 14).Select(n => n.ToString()), doc.Items.Select(i => i.Key));
        var furusato = Item(doc, "2");
        Assert.Equal("ふるさと納税の推進", furusato.Title);
        Assert.Equal([new Department("観光交流課")], furusato.Departments);
        var r6 = Assert.Single(furusato.Years);
        Assert.Equal((2024, "612百万円", "S"), (r6.Year.Year, r6.Result, r6.Evaluation));
        Assert.Equal("財源の確保", Assert.Single(furusato.Path).Title);
        // No.9's result and grade cells are empty: nothing is read for R6 but its target.
        var nine = Item(doc, "9");
        Assert.Empty(nine.Years);
        Assert.Equal("25分", Assert.Single(Assert.Single(nine.Indicators).Targets).Value);
        // The site's menu and breadcrumbs are no items.
        Assert.DoesNotContain(doc.Items, i => i.Title.Contains("サイトマップ") || i.Title.Contains("トップページ"));
    }

    [Fact]
    public void A_single_spaced_table_of_figures_is_a_table_with_its_rows_named_in_full()
    {
        var effect = Assert.Single(Load(Koshi).Tables, t => t.Title == "財政効果額の目標");
        Assert.Equal(["R6", "R7", "R8", "R9", "計"], effect.Columns);
        // The unit printed in the row's name is the table's.
        Assert.Equal(["80,000", "110,000", "135,000", "155,000", "480,000"], Assert.Single(effect.Rows, r => r.Label == "効果額目標").Cells);
        Assert.Equal("千円", effect.Unit);
        var tally = Assert.Single(Load(Kurayoshi).Tables, t => t.Columns.SequenceEqual(["S", "A", "B", "C", "－", "計"]));
        // A row name with a space in it stays whole; － heads a column, and is no header's end.
        Assert.Equal(["1", "1", "1", "1", "1", "5"], tally.Rows.Single(r => r.Label == "Ⅱ 健全な財政運営").Cells);
        Assert.Equal("12", tally.Rows.Single(r => r.Label == "合計").Cells[5]);
        // The table of years on an item's page is the item's, not a table of the document.
        Assert.DoesNotContain(Load(Kurayoshi).Tables, t => t.Rows.Any(r => r.Label is "目標" or "実績"));
    }

    [Fact]
    public void A_paragraph_under_a_heading_naming_an_item_is_that_items_text()
    {
        var doc = Load(Nanao);
        var online = Item(doc, "8");
        var prose = Assert.Single(online.Sections, s => s.Label == "主な取組の状況");
        Assert.Contains("令和６年度の申請件数は3,512件でした。", prose.Text);
        Assert.Contains(Item(doc, "2").Sections, s => s.Label == "主な取組の状況" && s.Text.StartsWith("令和６年能登半島地震の発生後"));
        // Items without such a heading get no text from their neighbours.
        Assert.DoesNotContain(Item(doc, "1").Sections, s => s.Label == "主な取組の状況");
    }

    private const string Minowa = """



        箕輪町定員適正化計画・財政健全化計画

              （令和６年度～令和１０年度）




                          令和６年３月

                    長野県上伊那郡箕輪町

<FF>　　　　　　　　　　　　　　　　　　箕輪町定員適正化計画・財政健全化計画（令和６年度～令和１０年度）

<FF>　　　　　　　　　　　　　　　　　　箕輪町定員適正化計画・財政健全化計画（令和６年度～令和１０年度）

５  財政健全化の取組と効果額

  定員適正化と併せて、次の１２項目の取組により財源を確保します。各取組の効果額は、令和５年度当初予
算額を基準とした各年度の削減額又は増収額（見込み）です（※３）。

                                                                                          （単位：千円）
  No. 取組項目                          所管課               R6       R7       R8       R9      R10      合計
  （１）歳入の確保
  1   町税等の収納率向上                税務課            3,200    3,500    3,800    4,000    4,200    18,700
  2   使用料・手数料の見直し            総務課               －    6,400    6,400    6,400    6,400    25,600
      （受益者負担の適正化）
  3   ふるさと納税の推進                企画振興課       12,000   15,000   18,000   20,000   22,000    87,000
  4   未利用町有地の売却                総務課            8,500       －    4,300       －    2,100    14,900
  （２）歳出の削減
  5   窓口業務の一部委託                住民課               －    4,800    9,600    9,600    9,600    33,600
  6   上下水道料金徴収業務の            上下水道課           －    3,100    6,200    6,200    6,200    21,700
      包括委託
  7   公民館管理運営の地区委託          生涯学習課           －       －    5,400    5,400    5,400    16,200
  8   補助金・負担金の見直し            企画振興課        2,600    2,600    2,600    2,600    2,600    13,000
  9   公共施設の統廃合                  総務課               －       －    7,300    7,300    7,300    21,900
      （旧東部保育園の解体等）
  10  電力調達の見直し                  環境課            1,900    1,900    1,900    1,900    1,900     9,500

                                                 － 4 －
<FF>　　　　　　　　　　　　　　　　　　箕輪町定員適正化計画・財政健全化計画（令和６年度～令和１０年度）

                                                                                          （単位：千円）
  No. 取組項目                          所管課               R6       R7       R8       R9      R10      合計
  （３）内部管理経費の削減
  11  時間外勤務の縮減                  総務課            4,100    4,500    4,900    5,200    5,500    24,200
  12  ＲＰＡ導入による事務の効率化      総務課               －    1,200    1,200    1,800    1,800     6,000
      単年度効果額 計                                    32,300   43,000   71,600   70,400   75,000   292,300
      累計効果額                                         32,300   75,300  146,900  217,300  292,300        －
""";

    private const string Usuki = """





                              第２次臼杵市行財政改革推進計画

                                令和５年度　実施状況評価結果

                                                               － ２ －
<FF>                                                                 第２次臼杵市行財政改革推進計画　令和５年度実施状況評価結果

４　取組別評価結果

  番号      取組項目                担当課            目標指標                      基準値          令和５年度    令和５年度    達成率    評価  令和８年度
                                                                                                    目標値        実績値                        目標値
  ──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────

  基本方針１　持続可能な財政基盤の確立

  (1)-①     市税の収納率向上        税務課            市税（現年度分）              98.62%          98.90%        99.05%        100.2%    Ａ    99.20%
                                                      収納率




                                                               － ３ －
<FF>                                                                 第２次臼杵市行財政改革推進計画　令和５年度実施状況評価結果

  番号      取組項目                担当課            目標指標                      基準値          令和５年度    令和５年度    達成率    評価  令和８年度
                                                                                                    目標値        実績値                        目標値
  ──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
  (3)-①     財政調整基金残高        財政課            財政調整基金残高              3,215百万円     3,000百万円   3,468百万円   115.6%    Ａ    3,000百万円
            の確保

  (3)-②     地方債残高の抑制        財政課            地方債残高                    24,870百万円    24,000百万円  24,310百万円  98.7%     Ｂ    22,500百万円
                                                      （一般会計）


  基本方針２　効率的・効果的な行政運営

  (1)-①     行政手続の              情報政策課        オンラインで申請              42手続          120手続       138手続       115.0%    Ａ    250手続
            オンライン化                              できる手続数

  (1)-②     ＲＰＡ・ＡＩ－ＯＣＲ    情報政策課        ＲＰＡ等による                850時間         2,000時間     1,640時間     82.0%     Ｂ    4,000時間
            の活用                                    業務削減時間（年間）

  (1)-③     書かない窓口の導入      市民課            書かない窓口の                0手続           －            －            －        －    40手続
                                                      対象手続数

""";

    private const string Kurayoshi = """


倉吉市行財政改革推進計画
進捗状況報告書
（令和５年度実績）



令和６年９月
倉吉市 総務部 総務課 行政改革係

― １ ―
－ 実績値が確定していないため評価しない
※達成率＝令和５年度実績値÷令和５年度目標値×１００（小数点以下第２位を四捨五入）
※取組ページの「関係課」欄が空欄の取組は、所管課のみで実施しているものです。

３ 評価結果の概要

基本目標 S A B C － 計
Ⅰ 市民サービスの向上 1 1 1 0 0 3
Ⅱ 健全な財政運営 1 1 1 1 1 5
Ⅲ 効率的な組織運営 1 1 1 1 0 4
合計 3 3 3 2 1 12

　目標を達成したＳ・Ａ評価の取組は１２取組中６取組（５０．０％）で、令和４年度の５取組から１取組増
― ３ ―
<FF>倉吉市行財政改革推進計画 進捗状況報告書（令和５年度実績）

【基本目標】Ⅰ 市民サービスの向上
【取組番号】１　【取組名】証明書コンビニ交付の利用促進
【所管】市民生活部 市民課　【関係課】総務部 デジタル推進課
【取組内容】
マイナンバーカードを利用した住民票の写し等のコンビニ交付について、窓口・広報での周知を強
化し、窓口の混雑緩和と市民の利便性向上を図る。
【目標指標】証明書のコンビニ交付率（％）
【基準値】12.4％（令和２年度）
区分 令和４年度 令和５年度 令和６年度 令和７年度
目標 18.0％ 24.0％ 30.0％ 35.0％
実績 19.6％ 27.3％
達成率 108.9％ 113.8％
【令和５年度の取組実績】
市報くらよし（６月号・１１月号）で特集記事を掲載したほか、窓口で交付申請する市民に案内チ
ラシを配布した。令和５年１０月からは印鑑登録証明書もコンビニ交付の対象に加えた。
【自己評価】A
【課題と今後の方向性】
交付率は目標を上回ったが、高齢者の利用は伸び悩んでいる。令和６年度は地区公民館での操作体
験会を開催し、高齢者層への浸透を図る。

― ４ ―
<FF>倉吉市行財政改革推進計画 進捗状況報告書（令和５年度実績）

【基本目標】Ⅰ 市民サービスの向上
【取組番号】２　【取組名】オンライン申請手続の拡充
【所管】総務部 デジタル推進課　【関係課】各課
【取組内容】
ぴったりサービス及び市独自の電子申請システムにより、オンラインで申請できる手続を拡大する。
【目標指標】オンライン申請可能な手続数（件）
【基準値】45件（令和３年度）
区分 令和４年度 令和５年度 令和６年度 令和７年度
目標 80件 120件 160件 200件
実績 92件 158件
達成率 115.0％ 131.7％
【令和５年度の取組実績】
各課への照会により対象手続を洗い出し、子育て・介護関係の２６手続を含む６６手続を新たにオ
ンライン化した。職員向け電子申請フォーム作成研修を３回開催し、延べ５４人が受講した。
【自己評価】S
【課題と今後の方向性】
手続数は順調に増加しているが、利用件数が少ない手続がある。今後は手続数に加えて利用率の把
握を行い、申請ページの導線の改善を進める。

― ５ ―
<FF>倉吉市行財政改革推進計画 進捗状況報告書（令和５年度実績）

【基本目標】Ⅰ 市民サービスの向上
【取組番号】３　【取組名】電子図書館サービスの導入
【所管】教育委員会事務局 生涯学習課　【関係課】
【取組内容】
市立図書館に電子図書館を導入し、来館が困難な市民も含めて図書館サービスの利便性を高める。
【目標指標】電子書籍貸出冊数（冊）
【基準値】0冊（令和３年度：未導入）
区分 令和４年度 令和５年度 令和６年度 令和７年度
目標 3,000冊 6,000冊 9,000冊 12,000冊
実績 2,140冊 4,980冊
達成率 71.3％ 83.0％
【令和５年度の取組実績】
令和４年７月に電子図書館を開設し、令和５年度末の電子書籍所蔵数は３，８１２タイトルとなっ
た。市内小中学校の児童生徒に利用者ＩＤを一括発行した。
【自己評価】B
【課題と今後の方向性】
児童生徒の利用が全体の約７割を占める一方、一般利用者の登録が少ない。利用者登録の手続を簡
素化し、一般向けの蔵書を充実させる。

― ６ ―
<FF>倉吉市行財政改革推進計画 進捗状況報告書（令和５年度実績）
""";

    private const string Koshi = """



第４次合志市行政改革大綱

～市民とともに創る 持続可能な行政経営～
３ テレワークを実施した職員数 －（R4未導入） 100人
※市民の割合は、合志市市民意識調査（隔年実施）による。

財政効果額の目標

計画期間中の財政効果額（行政改革の取組による歳入の増加額及び歳出の削減額）の目標を次の
とおり定めます。

年度 R6 R7 R8 R9 計
効果額目標（千円） 80,000 110,000 135,000 155,000 480,000
※効果額は令和５年度決算額との比較により算定する。

- 3 -
会に報告します。結果は翌年度の８月末までに市ホームページで公表します。

- 4 -
<FF>別表 第４次合志市行政改革大綱 実施計画（工程表）

番号 重点 取組項目 取組内容 R6 R7 R8 R9 所管課
基本方針１ 市民サービスの質の向上
重点項目1-1 デジタル技術を活用した手続の利便性向上
1-1-1 ◎ 書かない窓口の導入 申請書の記入が不要となる窓口支援シ 検討 試行 実施 → 市民課
ステムを導入し、来庁者の負担を軽減
する。
1-1-2 ◎ 行政手続のオンライ 子育て・介護等の手続を中心に、オン 実施 拡充 → → デジタル推進課
ン化 ラインで完結できる手続を拡大する。
1-1-3 キャッシュレス決済 窓口での手数料及び施設使用料の支払 実施 拡充 → 完了 会計課
の導入拡大 いにキャッシュレス決済を導入する。
1-1-4 ＡＩチャットボット ごみの分別や各種手続に関する問合せ 検討 実施 → → デジタル推進課
による問合せ対応 に２４時間対応するＡＩチャットボッ
トを導入する。
重点項目1-2 市民との協働の推進
1-2-1 まちづくり協議会へ 地域担当職員制度を活用し、まちづく 実施 → → → 地域振興課
の支援の充実 り協議会の運営と地域課題の解決を支
援する。
1-2-2 市民提案型協働事業 応募件数の減少を踏まえ、補助の対象 検討 見直し 実施 → 地域振興課
の見直し と審査方法を見直す。
1-2-3 オープンデータの公 市が保有するデータを機械判読可能な 実施 → → → デジタル推進課
開拡大 形式で公開し、民間での活用を促す。

- 5 -
<FF>別表 第４次合志市行政改革大綱 実施計画（工程表）

番号 重点 取組項目 取組内容 R6 R7 R8 R9 所管課
基本方針２ 持続可能な財政基盤の確立
重点項目2-1 歳入の確保
2-1-1 ◎ 市税等の収納率向上 口座振替・スマートフォン決済を促進 実施 → → → 収納課
し、滞納者への早期の催告と滞納処分
を徹底する。
2-1-2 ふるさと納税の推進 返礼品の開発と寄附の受付サイトの追 拡充 → → → 商工振興課
加により寄附額の増加を図る。
2-1-3 使用料・手数料の見 受益者負担の原則に基づき、施設使用 検討 見直し 実施 → 財政課
直し 料と各種手数料を見直す。
2-1-4 広告収入の確保 市ホームページ、封筒、公用車等への 実施 → → → 総務課
有料広告の掲載を進める。
重点項目2-2 歳出の最適化
2-2-1 ◎ 事務事業評価の実施 全事務事業を対象に評価を行い、結果 実施 → → → 政策企画課
を予算編成に反映する。
2-2-2 補助金の見直し 補助金ガイドラインを策定し、全ての 検討 実施 → → 財政課
補助金の必要性と効果を検証する。
2-2-3 特別会計繰出金の適 国民健康保険特別会計への法定外繰出 実施 → → → 財政課、保険年金課
正化 しの計画的な解消を図る。
重点項目2-3 公共施設の最適化
2-3-1 ◎ 個別施設計画の推進 個別施設計画に基づき、施設の長寿命 実施 → 見直し 実施 資産経営課
化と集約化を計画的に実施する。
2-3-2 ＰＰＰ／ＰＦＩの導 市営住宅の建替え等において、ＰＰＰ 検討 → 実施 → 資産経営課
入検討 ／ＰＦＩの導入可能性を調査する。
2-3-3 未利用地の売却 利活用の見込みのない市有地を一般競 実施 → → → 資産経営課
争入札により売却する。

""";

    private const string Nanao = """
[本文へ移動](#main_body)

[![七尾市](/img/common/logo.png)](/index.html)

* [文字サイズ・色合い変更](/site/usability.html)
* [サイトマップ](/sitemap.html)
* [Foreign Language](/site/foreign.html)

* [くらし・手続き](/life/index.html)
* [子育て・教育](/kosodate/index.html)
* [健康・福祉](/kenko/index.html)
* [観光・文化](/kanko/index.html)
* [市政情報](/shisei/index.html)

現在地： [トップページ](/index.html) > [市政情報](/shisei/index.html) > [行財政改革](/shisei/gyokaku/index.html) > 第２次七尾市行財政改革実施計画　令和６年度の取組結果

# 第２次七尾市行財政改革実施計画　令和６年度の取組結果

更新日：2025年9月12日　ページ番号：0018426

S評価及びA評価の取組は合わせて７取組で、全体の５割となりました（令和５年度は６取組）。

## 取組ごとの結果

### 重点項目１　財源の確保

No. | 取組名 | 所管課 | 指標 | 基準値<br>（R3） | R6目標 | R6実績 | 達成率 | 評価
---|---|---|---|---|---|---|---|---
1 | 市税徴収対策の強化 | 税務課 | 市税収納率（現年課税分） | 98.7% | 99.0% | 99.1% | 100.1% | A
2 | ふるさと納税の推進 | 観光交流課 | ふるさと納税寄附額 | 268百万円 | 500百万円 | 612百万円 | 122.4% | S
3 | 未利用財産の売却 | 管財課 | 売却件数 | 3件 | 5件 | 2件 | 40.0% | C
4 | 広告収入の確保 | 企画政策課 | 広告収入額 | 4,150千円 | 4,500千円 | 4,380千円 | 97.3% | B

### 重点項目２　歳出の見直し

No. | 取組名 | 所管課 | 指標 | 基準値<br>（R3） | R6目標 | R6実績 | 達成率 | 評価
---|---|---|---|---|---|---|---|---
5 | 補助金の見直し | 財政課 | 見直し件数（累計） | － | 12件 | 12件 | 100.0% | A
6 | 公共施設の統廃合 | 管財課 | 公共施設数 | 392施設 | 385施設 | 389施設 | 99.0% | B
7 | 事務事業の見直し | 企画政策課 | 見直し事業数（累計） | － | 30事業 | 34事業 | 113.3% | A

### 重点項目３　行政サービスのデジタル化

No. | 取組名 | 所管課 | 指標 | 基準値<br>（R3） | R6目標 | R6実績 | 達成率 | 評価
---|---|---|---|---|---|---|---|---
8 | オンライン申請の拡大 | デジタル推進課 | オンライン申請可能手続数 | 36手続 | 100手続 | 81手続 | 81.0% | B
9 | 窓口のワンストップ化 | 市民課 | 窓口での平均手続時間 | 35分 | 25分 |  |  | －
10 | ペーパーレス化の推進 | 総務課 | コピー用紙使用量 | 6,820千枚 | 5,800千枚 | 5,240千枚 | 110.7% | A

### 重点項目４　組織力の強化

No. | 取組名 | 所管課 | 指標 | 基準値<br>（R3） | R6目標 | R6実績 | 達成率 | 評価
---|---|---|---|---|---|---|---|---
11 | 定員の適正化 | 人事課 | 職員数（4月1日現在） | 608人 | 600人 | 597人 | 100.5% | A
12 | 人材育成の推進 | 人事課 | 研修受講率 | 72.0% | 85.0% | 76.5% | 90.0% | B
13 | 女性職員の活躍推進 | 人事課 | 管理職に占める女性職員の割合 | 14.3% | 20.0% | 15.8% | 79.0% | C
14 | 職員提案制度の活性化 | 企画政策課 | 職員提案件数 | 18件 | 40件 | 45件 | 112.5% | A

## 主な取組の状況

### No.2　ふるさと納税の推進（観光交流課）

令和６年能登半島地震の発生後、全国から災害支援寄附が寄せられ、寄附件数は41,260件（前年度は9,870件）となりました。令和６年７月からは、被災した事業者の返礼品の提供再開にあわせて「七尾の復興応援品」特集ページを開設しました。

### No.3　未利用財産の売却（管財課）

旧中島保育園跡地など２件を売却しました。売却を予定していた旧田鶴浜地区の市有地３件は、応急仮設住宅の建設用地として活用したため、売却を見送りました。

### No.8　オンライン申請の拡大（デジタル推進課）

令和６年度に新たに２７手続をオンライン化しました。罹災証明書の申請は、令和６年２月からオンライン申請の受付を開始し、令和６年度の申請件数は3,512件でした。

### No.13　女性職員の活躍推進（人事課）

管理職に占める女性職員の割合は15.8％で、目標の20.0％を下回りました。令和７年度から係長級の女性職員を対象としたキャリア研修（年３回）を実施します。

""";
}
