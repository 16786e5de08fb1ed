using System.Text.Json;
using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

public class EnglishAndJsonTests
{
    [Fact]
    public void An_English_question_gets_an_English_answer()
    {
        var a = Corpus.Ask("Which section owns Ogori item No.5?");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Equal("en", a.Language);
        Assert.Contains("商工観光課", a.Text);
        Assert.Contains("Responsible", a.Text);
    }

    [Fact]
    public void English_target_with_romaji_city()
    {
        var a = Corpus.Ask("Yamaguchi item 2: what is the R3 target for the mobile mayor's office participants?");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("990人", a.Text);
    }

    [Fact]
    public void The_json_line_has_the_contract_fields()
    {
        var line = AnswerJson.Line(Corpus.Ask("小郡市のNo.5の担当課は？"), "q1");
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        Assert.Equal("q1", root.GetProperty("id").GetString());
        Assert.Equal("answered", root.GetProperty("status").GetString());
        Assert.Equal("department", root.GetProperty("intent").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal("004_e7a2b0553b0a241f.txt", citation.GetProperty("document").GetString());
        Assert.Equal("5", citation.GetProperty("item").GetString());
        Assert.Equal("ふるさと納税の推進", citation.GetProperty("title").GetString());
        Assert.DoesNotContain('\n', line);
    }
}
