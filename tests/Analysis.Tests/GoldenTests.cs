using Xunit.Abstractions;

namespace Gyokaku.Analysis.Tests;

/// <summary>
/// Agreement with Debian's mecab 0.996 + mecab-ipadic-utf8 on lines it analysed (Golden/*-mecab.txt).
/// dev: the lines used while developing (seed plan text and written sentences of many kinds);
/// heldout: lines written or drawn from the seeds afterwards and not looked at while developing.
/// </summary>
public class GoldenTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dev")]
    [InlineData("heldout")]
    [InlineData("debian")]
    public void Agrees_with_mecab_token_by_token(string set)
    {
        var input = Analyze.Golden($"{set}-input.txt");
        var gold = GoldenComparison.ParseMecabOutput(Analyze.Golden($"{set}-mecab.txt"));
        var ours = GoldenComparison.ParseMecabOutput(Analyze.AsMecab(input));

        var agreement = GoldenComparison.Compare(gold, ours);
        output.WriteLine($"{set}: {agreement}");

        Assert.True(agreement.SpanF1 >= 0.995, $"{set}: span F1 {agreement.SpanF1:F4} < 0.995");
        Assert.True(agreement.PosAgreement >= 0.99, $"{set}: POS agreement {agreement.PosAgreement:F4} < 0.99");
    }

    [Fact]
    public void Development_set_is_identical_to_mecab_output()
    {
        var input = Analyze.Golden("dev-input.txt");
        Assert.Equal(Analyze.Golden("dev-mecab.txt"), Analyze.AsMecab(input));
    }
}
