using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Tests.Model;

public class FiscalYearTests
{
    [Theory]
    [InlineData("H30", 2018)]
    [InlineData("R1(H31)", 2019)]
    [InlineData("R1", 2019)]
    [InlineData("令和元年度", 2019)]
    [InlineData("R６", 2024)]
    [InlineData("Ｒ６", 2024)]
    [InlineData("令和6年度", 2024)]
    [InlineData("令和６年度", 2024)]
    [InlineData("2024年度", 2024)]
    [InlineData("FY2024", 2024)]
    [InlineData("平成28年度", 2016)]
    [InlineData("R4年度", 2022)]
    public void Parses_the_ways_plans_and_users_write_a_year(string text, int year) =>
        Assert.Equal(new FiscalYear(year), FiscalYear.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("No.37")]
    [InlineData("2024")]
    [InlineData("R")]
    [InlineData("令和6年度末の残高")]
    public void Rejects_text_that_is_not_exactly_one_year(string text) =>
        Assert.False(FiscalYear.TryParse(text, out _));

    [Fact]
    public void Finds_years_inside_a_question()
    {
        var found = FiscalYear.FindAll("小郡市No.5のR6の目標は？令和５年度と2022年度とFY2021も").Select(f => f.Year.Year).ToList();
        Assert.Equal([2024, 2023, 2022, 2021], found);
    }

    [Fact]
    public void Does_not_take_a_word_ending_in_R_for_a_year() =>
        Assert.Empty(FiscalYear.FindAll("BPR3件とNo.5"));

    [Theory]
    [InlineData("How many items are in Moka's 3rd plan?")]
    [InlineData("the city's 2nd reform plan")]
    [InlineData("Ogori’s 1st plan")]
    public void Does_not_take_a_possessive_or_an_ordinal_for_a_year(string text) =>
        Assert.Empty(FiscalYear.FindAll(text));

    [Fact]
    public void Still_takes_an_era_year_after_a_space_in_English() =>
        Assert.Equal([2024], FiscalYear.FindAll("What is the target for R6 and the plan?").Select(f => f.Year.Year).ToList());

    [Theory]
    [InlineData(2018, FiscalYearStyle.Short, "H30")]
    [InlineData(2019, FiscalYearStyle.ShortWithAlias, "R1(H31)")]
    [InlineData(2019, FiscalYearStyle.Japanese, "令和元年度")]
    [InlineData(2024, FiscalYearStyle.Japanese, "令和6年度")]
    [InlineData(2016, FiscalYearStyle.Japanese, "平成28年度")]
    [InlineData(2024, FiscalYearStyle.Gregorian, "2024年度")]
    [InlineData(2024, FiscalYearStyle.Short, "R6")]
    public void Prints_in_the_documents_style(int year, FiscalYearStyle style, string expected) =>
        Assert.Equal(expected, new FiscalYear(year).Format(style));

    [Fact]
    public void A_period_knows_its_years()
    {
        var period = new FiscalPeriod(FiscalYear.Parse("H30"), FiscalYear.Parse("R4"));
        Assert.True(period.Contains(FiscalYear.Parse("R1")));
        Assert.False(period.Contains(FiscalYear.Parse("R5")));
        Assert.Equal(5, period.Years().Count());
    }
}
