using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// <c>pdftotext -layout</c> tables of two real plans (真岡市 実施計画, 阿南市 大綱): a header cell spanning the
/// year columns (年度別計画 over R7…R10) with a second header line, wrapped titles with a (継続) mark below,
/// two offices in one cell on two lines, and a numbered table whose item column is headed 重点取組.
/// </summary>
public class SpanningHeaderTableTests
{
    private static PlanDocument Load(string text) => new PlanLoader().Load(new SourceText("plan.txt", text));

    private static PlanItem Item(PlanDocument doc, string key) => doc.Items.Single(i => i.Key == key);

    [Fact]
    public void Year_columns_under_a_spanning_header_are_each_a_years_plan()
    {
        var doc = Load(Moka);
        Assert.Equal(Enumerable.Range(7, 7).Select(n => n.ToString()), doc.Items.Select(i => i.Key));
        var facility = Item(doc, "13");
        Assert.Equal([(2025, "検討"), (2026, "検討"), (2027, "試行"), (2028, "実施")], facility.Years.Select(y => (y.Year.Year, y.Plan!)));
        Assert.Equal([new Department("資産経営課")], facility.Departments);
        var tax = Item(doc, "8");
        var indicator = Assert.Single(tax.Indicators);
        Assert.Equal("ふるさと納税寄附額", indicator.Name);
        Assert.Equal("6億2,300万円", indicator.BaselineValue);
        Assert.Equal((2028, "10億円"), (indicator.Targets.Single().Year.Year, indicator.Targets.Single().Value));
    }

    [Fact]
    public void A_wrapped_title_keeps_its_mark_line_and_two_offices_stay_two()
    {
        var doc = Load(Moka);
        // The （継続） line alone under the title column continues the row; it heads no group of its own.
        Assert.StartsWith("市税等の収納率の向上", Item(doc, "7").Title);
        Assert.All(doc.Items, i => Assert.DoesNotContain(i.Path, p => p.Title.Contains("継続") || p.Title.Contains("新規")));
        Assert.Equal([new Department("税務課"), new Department("収納対策課")], Item(doc, "7").Departments);
        Assert.Equal([new Department("財政課"), new Department("関係各課")], Item(doc, "11").Departments);
        Assert.StartsWith("公共施設の再編・統廃合の推進", Item(doc, "12").Title);
        // 【基本方針２ 持続可能な財政運営】: the closing bracket is no part of the title.
        Assert.Equal(new PathSegment("基本方針", "2", "持続可能な財政運営"), Assert.Single(Item(doc, "12").Path));
    }

    [Fact]
    public void A_numbered_table_without_a_title_column_takes_its_names_from_the_priority_column()
    {
        var doc = Load(Anan);
        Assert.Equal("地域運営組織の設立支援", Item(doc, "6").Title);
        Assert.Equal("重点取組", Item(doc, "6").Label);
        Assert.Equal([new Department("市民部"), new Department("地域共生推進課")], Item(doc, "6").Departments);
        Assert.Equal([new Department("企画部"), new Department("ふるさと創生課")], Item(doc, "5").Departments);
        // A new chapter closes the 基本方針 the chapter before went through.
        Assert.Empty(Item(doc, "6").Path);
    }

    private const string Moka = """
【基本方針２ 持続可能な財政運営】
番号 取組名               所管課         年度別計画                       目標指標         基準値     目標値
                                         R7     R8     R9     R10                         （R5）    （R10）
7   市税等の収納率の向   税務課         実施   →      →      →       市税現年度分収    99.12%     99.30%
    上                   収納対策課                                   納率
    （継続）
8   ふるさと納税の推進   商工観光課     拡充   →      →      →       ふるさと納税寄    6億2,300万円 10億円
    （継続）                                                         附額
9   未利用市有地の売却   財産管理課     実施   →      →      →       売却件数（累計）  ―          20件
    ・貸付の推進
    （継続）
10  補助金の見直し       財政課         検討   実施   →      →       見直し補助金数    ―          40件
    （継続）                                                         （累計）
11  使用料・手数料の見   財政課         検討   検討   実施   →       ―                 ―          ―
    直し                 関係各課
    （新規）
12  公共施設の再編・統   資産経営課     実施   →      →      →       公共施設の延床    298,600㎡  292,600㎡
    廃合の推進                                                       面積
    （継続）
13  包括施設管理業務委   資産経営課     検討   検討   試行   実施    ―                 ―          ―
    託の導入
    （新規）
""";

    private const string Anan = """
 基本方針４ 変化に対応できる組織づくり
  職員の能力開発と働き方改革を進め、限られた人員で成果を上げる組織体制を構築します。

第５章 重点取組

 推進期間において特に重点的に取り組む事項を次のとおり定めます。

 No. 重点取組                            主な内容                                    担当
 1   窓口サービスのデジタル化            書かない窓口、キャッシュレス決済の導入    市民部 市民課
                                                                                     企画部 情報政策課
 2   自治体情報システムの標準化          基幹業務システムの標準準拠システムへの    企画部 情報政策課
                                         移行（２０業務）
 3   公共施設の最適化                    施設の複合化・集約化、長寿命化            財政部 管財課
 4   使用料・手数料の適正化              受益者負担の原則に基づく見直し            財政部 財政課
 5   新たな財源の確保                    ふるさと納税、企業版ふるさと納税、        企画部 ふるさと
                                         ネーミングライツの拡大                    創生課
 6   地域運営組織の設立支援              小学校区単位での組織設立の支援            市民部 地域共生
                                                                                     推進課
 7   公民連携（ＰＰＰ／ＰＦＩ）の推進    民間提案制度の導入                        企画部 経営改革課
 8   職員の能力開発と働き方改革          人材育成基本方針の改定、テレワーク推進    総務部 人事課
 9   業務の見直しと効率化                ＢＰＲ、ＲＰＡ・生成ＡＩの活用            企画部 経営改革課

－７－

""";
}
