using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Answers.Tests;

/// <summary>A document in no known layout is still answered from its text, with the sentence that holds the fact.</summary>
public sealed class GenericDocumentTests : IDisposable
{
    private const string Text = """
        北九州市行財政改革推進計画
        令和5年度 取組実績報告

        1 計画の期間
        本計画の期間は、令和3年度から令和7年度までの5年間とします。

        (1) 窓口のデジタル化
        令和5年度は、証明書のオンライン申請を開始し、年間12,345件の申請があった。
        担当：区政課

        (2) 職員研修の充実
        令和5年度は、階層別研修を24回実施し、延べ1,020人が参加した。
        担当：人事課
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "gyokaku-generic-" + Guid.NewGuid().ToString("N"));
    private readonly KnowledgeBase _kb;

    public GenericDocumentTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        File.WriteAllText(Path.Combine(_root, "seeds", "kitakyushu.txt"), Text);
        _kb = KnowledgeBase.Load(Path.Combine(_root, "seeds"), Path.Combine(_root, "index"));
    }

    [Fact]
    public void The_figure_under_the_matching_heading()
    {
        var a = new AnswerService(_kb).Ask("北九州市の職員研修は何回実施した？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("24回", a.Text);
        Assert.DoesNotContain("12,345", a.Text);
        Assert.Equal("kitakyushu.txt", a.Citations[0].Document);
    }

    [Fact]
    public void The_department_line_of_the_block()
    {
        var a = new AnswerService(_kb).Ask("北九州市の窓口のデジタル化の担当は？");
        Assert.Contains("区政課", a.Text);
        Assert.DoesNotContain("人事課", a.Text);
    }

    [Fact]
    public void A_year_the_text_does_not_cover_is_not_answered()
    {
        var a = new AnswerService(_kb).Ask("北九州市の窓口のデジタル化の令和6年度の実績は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
    }

    public void Dispose()
    {
        _kb.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
