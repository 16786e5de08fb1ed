using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Reading.Layouts.Structured;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// A page printed in two columns that pdftotext -layout set side by side reads as its left column, then its
/// right; a single-column page and a table whose columns are as steady as a gutter stay as printed.
/// </summary>
public class TwoColumnPageTests
{
    private const string TwoColumns = """
        第１　計画の趣旨                        第３　基本方針
        　本市では、これまで行政改革に取り組み  　次の２つの基本方針のもと、５つの取
        、多くの成果を上げてきました。          組を進めます。

        第２　計画期間                          （１）窓口サービスの向上
        　令和６年度から令和９年度までの４年間  　ア　書かない窓口の導入（市民課）
        とします。                              　　申請書の記入を不要にする。
                                                （２）財源の確保
                                                　ア　使用料の見直し　　（財政課）
        　なお、毎年度、取組状況を公表します。  　　受益者負担の適正化を図る。
        """;

    [Fact]
    public void A_two_column_page_reads_left_column_then_right()
    {
        var split = TwoColumnPages.SplitPage(TwoColumns.Split('\n'));

        Assert.NotNull(split);
        var text = split.Where(l => l.Trim().Length > 0).Select(l => l.TrimEnd()).ToList();
        Assert.Equal(
        [
            "第１　計画の趣旨", "　本市では、これまで行政改革に取り組み", "、多くの成果を上げてきました。", "第２　計画期間",
            "　令和６年度から令和９年度までの４年間", "とします。", "　なお、毎年度、取組状況を公表します。",
            "第３　基本方針", "　次の２つの基本方針のもと、５つの取", "組を進めます。", "（１）窓口サービスの向上",
            "　ア　書かない窓口の導入（市民課）", "　　申請書の記入を不要にする。", "（２）財源の確保",
            "　ア　使用料の見直し　　（財政課）", "　　受益者負担の適正化を図る。",
        ], text);
    }

    [Fact]
    public void A_running_header_and_the_page_number_stay_where_printed()
    {
        var page = new[] { "\f                                        宇佐市行政改革推進計画", "" }
            .Concat(TwoColumns.Split('\n')).Append("                    - 2 -").ToList();

        var split = TwoColumnPages.SplitPage(page)!;

        Assert.Equal("\f                                        宇佐市行政改革推進計画", split[0]);
        Assert.Equal("第１　計画の趣旨", split[2]);
        Assert.Equal("                    - 2 -", split[^1]);
    }

    [Fact]
    public void A_two_column_table_is_not_split()
    {
        const string table = """
            取組名                  所管課
            市税等の収納率向上      税務課
            ふるさと納税の推進      観光まちづくり課
            未利用地の売却          財政課
            補助金の見直し          財政課
            公共施設の適正配置      資産活用課
            職員研修の充実          人事課
            """;
        Assert.Null(TwoColumnPages.SplitPage(table.Split('\n')));
    }

    [Fact]
    public void A_table_of_several_columns_is_not_split()
    {
        const string table = """
            番号  取組名                          所管課              R6      R7      R8
            1     行政手続のオンライン化          情報政策課          拡充    →      →
            2     窓口のワンストップ化            市民課              準備    実施    拡大
            3     マイナンバーカードの利活用      市民課              実施    →      →
            4     市公式ＬＩＮＥの活用            秘書広報課          拡充    →      →
            5     地域まちづくり協議会の支援      まちづくり推進課    実施    →      →
            6     ふるさと納税の推進              観光まちづくり課    拡充    →      →
            """;
        Assert.Null(TwoColumnPages.SplitPage(table.Split('\n')));
    }

    [Fact]
    public void A_single_column_page_is_not_split()
    {
        const string page = """
        第１　計画の趣旨
        　本市では、これまで行政改革に取り組み、多くの成果を上げてきました。一方、人口減少の
        進行、物価高騰、公共施設の老朽化など、本市の行財政を取り巻く環境は一層厳しさを増して
        います。このため、第４次計画を策定します。
        第２　計画期間
        　令和６年度から令和９年度までの４年間とします。
        第３　推進体制
        　本部長を市長、副本部長を副市長とし、計画の進行管理を行います。
        """;
        Assert.Null(TwoColumnPages.SplitPage(page.Split('\n')));
    }

    [Fact]
    public void The_usa_plan_reads_its_items_with_their_departments_once_uncolumned()
    {
        var text = TwoColumnPages.Split(SourceText.Load(Path.Combine(Seeds.Directory, "..", "eval", "extra7", "seeds", "024_abf7cbf111d3117f.txt")));

        Assert.Contains("（１）デジタル化による利便性の向上", text.Lines);
        Assert.Contains(text.Lines, l => l.TrimEnd() == "※４　コンビニ交付：マイナンバーカードを");
        Assert.Contains(text.Lines, l => l.TrimEnd() == "ニエンスストアのマルチコピー機で取得でき");
    }
}
