using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// Tables the extraction printed one cell per line (header cells, then each row's cells in order), with
/// names broken over two lines and a page number glued to the next page's running header: read as tables.
/// The text is a plan's own (a city's 取組一覧 over a page break and its 効果額 table).
/// </summary>
public class CellLineTableTests
{
    private const string Text = """
        花巻市行財政改革推進計画
        （第３期）
        ４　改革の柱と取組一覧
        第３期計画では、次の３つの改革の柱のもとに１６の取組を進めます。
        柱Ⅰ　財政基盤の強化（取組１～６）
        柱Ⅱ　行政運営の効率化（取組７～１２）
        柱Ⅲ　協働と連携による行政運営（取組１３～１６）
        取組一覧
        番号
        取組名
        担当課
        関係課
        柱Ⅰ　財政基盤の強化
        1
        市税等の収納率向上
        収納課
        税務課、国保医療課
        2
        ふるさと納税の拡充
        ふるさと納税推進室
        商工労政課、農政課
        3
        使用料・手数料の適正化
        財政課
        各施設所管課
        4
        公有財産の売却・貸付の推
        進
        資産経営課
        財政課
        5
        補助金・負担金の見直し
        財政課
        関係各課
        6
        公共施設の総量縮減
        資産経営課
        生涯学習課、スポーツ振
        興課
        柱Ⅱ　行政運営の効率化
        7
        自治体ＤＸの推進（※３）
        ＤＸ推進課
        総務課、情報管理課
        8
        窓口業務の民間委託
        市民登録課
        経営企画課
        - 3 -\f花巻市行財政改革推進計画（第３期）
        番号
        取組名
        担当課
        関係課
        9
        ごみ収集運搬業務の委託拡
        大
        清掃センター
        生活環境課
        10
        定員管理の適正化
        人事課
        経営企画課
        11
        時間外勤務の縮減
        人事課
        全課
        12
        電子決裁・文書管理システ
        ムの導入
        総務課
        ＤＸ推進課
        柱Ⅲ　協働と連携による行政運営
        13
        指定管理者制度の活用
        （※２）
        経営企画課
        各施設所管課
        14
        市民協働の推進
        地域づくり課
        各振興センター
        15
        広域連携の推進
        秘書政策課
        経営企画課
        16
        企業版ふるさと納税の推
        進（※４）
        秘書政策課
        ふるさと納税推進室
        ※取組８は令和６年度からの実施、取組１２は令和７年度からの本格稼働を予定しています。
        - 4 -\f花巻市行財政改革推進計画（第３期）
        ５　目標指標
        ６　効果額の見込み
        各取組による効果額（歳入の増加額及び歳出の削減額）の見込みは次のとおりです。
        （単位：千円）
        番号
        取組名
        令和５年度
        令和６年度
        令和７年度
        令和８年度
        累計
        1
        市税等の収納率向上
        12,400
        14,800
        17,200
        19,600
        64,000
        2
        ふるさと納税の拡充
        38,500
        77,000
        115,500
        154,000
        385,000
        3
        使用料・手数料の適正化
        －
        21,300
        21,300
        21,300
        63,900
        4
        公有財産の売却・貸付の推
        進
        40,000
        42,000
        44,000
        46,000
        172,000
        5
        補助金・負担金の見直し
        8,600
        8,600
        12,900
        12,900
        43,000
        6
        公共施設の総量縮減
        5,200
        15,700
        26,100
        36,800
        83,800
        8
        窓口業務の民間委託
        －
        9,800
        9,800
        9,800
        29,400
        9
        ごみ収集運搬業務の委託拡
        大
        6,300
        6,300
        13,500
        13,500
        39,600
        10
        定員管理の適正化
        56,000
        98,000
        140,000
        182,000
        476,000
        11
        時間外勤務の縮減
        7,100
        14,200
        21,300
        28,400
        71,000
        13
        指定管理者制度の活用
        3,900
        3,900
        7,800
        7,800
        23,400
        合計
        178,000
        311,600
        429,400
        532,100
        1,451,100
        ※効果額は、令和３年度決算額又は令和４年度当初予算額との比較により算定しています（※５）。
        ※取組７、１２及び１４から１６までは、効果額を算定していません。
        - 6 -\f花巻市行財政改革推進計画（第３期）
        ７　用語の解説
        """;

    private static PlanDocument Load() => new PlanLoader().Load(new SourceText("cells.txt", Text.Replace("\\f", "\f")));

    [Fact]
    public void Rows_become_items_with_names_broken_over_lines_joined()
    {
        var doc = Load();
        Assert.Equal(16, doc.Items.Count);
        var item4 = doc.Items.Single(i => i.Number == "4");
        Assert.Equal("公有財産の売却・貸付の推進", item4.Title);
        Assert.Equal(["資産経営課", "財政課"], item4.Departments.Select(d => d.Name));
        Assert.Equal(["資産経営課", "生涯学習課", "スポーツ振興課"], doc.Items.Single(i => i.Number == "6").Departments.Select(d => d.Name));
        Assert.Equal("電子決裁・文書管理システムの導入", doc.Items.Single(i => i.Number == "12").Title);
    }

    [Fact]
    public void Page_break_and_repeated_header_continue_the_table_under_its_group_heading()
    {
        var doc = Load();
        // Item 9 opens the next page, after "- 3 -" glued to the running header and the header printed again.
        var item9 = doc.Items.Single(i => i.Number == "9");
        Assert.Equal("ごみ収集運搬業務の委託拡大", item9.Title);
        Assert.Equal("清掃センター", item9.Departments[0].Name);
        Assert.Equal("行政運営の効率化", item9.Path[^1].Title);
        Assert.Equal("財政基盤の強化", doc.Items.Single(i => i.Number == "1").Path[^1].Title);
        Assert.Equal(["秘書政策課", "ふるさと納税推進室"], doc.Items.Single(i => i.Number == "16").Departments.Select(d => d.Name));
    }

    [Fact]
    public void Figures_by_item_and_year_are_a_table_found_by_the_item_name()
    {
        var table = Load().Tables.Single(t => t.Columns.Contains("累計"));
        Assert.Equal(["令和５年度", "令和６年度", "令和７年度", "令和８年度", "累計"], table.Columns);
        Assert.Equal("140,000", table.Rows.Single(r => r.Label == "定員管理の適正化").Cells[2]);
        Assert.Equal("1,451,100", table.Rows.Single(r => r.Label == "合計").Cells[4]);
        Assert.Null(table.Rows.Single(r => r.Label == "使用料・手数料の適正化").Cells[0]);
    }
}
