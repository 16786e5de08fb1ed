using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Questions.Places;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Tests.Questions;

public class PlaceReadingsTests
{
    [Theory]
    [InlineData("しゅうなん", "shunan", "shuunan", "shūnan")]
    [InlineData("おごおり", "ogori", "ogoori", "ogōri")]
    [InlineData("きたきゅうしゅう", "kitakyushu", "kitakyuushuu", "kitakyūshū")]
    public void Romaji_is_written_with_long_vowels_dropped_doubled_and_with_macrons(string kana, string dropped, string doubled, string macron) =>
        Assert.Equal([dropped, doubled, macron], Romaji.Spellings(kana));

    [Theory]
    [InlineData("はっとり", "hattori")]
    [InlineData("ちゃたん", "chatan")]
    [InlineData("じゅん", "jun")]
    public void Hepburn_writes_doubled_consonants_and_contracted_syllables(string kana, string romaji) =>
        Assert.Equal(romaji, Romaji.Hepburn(kana));

    [Fact]
    public void A_place_whose_reading_IPADIC_gets_wrong_has_its_own_reading()
    {
        // IPADIC reads 下松 as シモマツ; the town is くだまつ.
        Assert.Contains("くだまつ", PlaceReadings.Spellings("下松市"));
        Assert.Contains("kudamatsu", PlaceReadings.Spellings("下松市"));
        Assert.DoesNotContain("しもまつ", PlaceReadings.Spellings("下松市"));
    }

    [Theory]
    [InlineData("防府市", "ほうふ")]
    [InlineData("防府", "ほうふ")]
    [InlineData("光市", "ひかり")]
    public void A_stem_ending_in_a_suffix_character_keeps_its_reading(string name, string kana) =>
        Assert.Contains(kana, PlaceReadings.Spellings(name));

    [Fact]
    public void Towns_and_villages_lose_their_suffix_reading()
    {
        Assert.Equal(["たぶせ"], PlaceReadings.KanaOf("田布施町"));
        Assert.True(PlaceReadings.IsPlace("田布施町"));
        Assert.False(PlaceReadings.IsPlace("布施町"));
        // 原村 is a village; 原市 is no place.
        Assert.True(PlaceReadings.IsPlace("原村"));
        Assert.False(PlaceReadings.IsPlace("原市"));
    }

    [Fact]
    public void A_document_about_a_new_city_is_found_by_kanji_kana_and_romaji()
    {
        var doc = new PlanDocument("x.txt", "周南市", "第２次周南市行政改革実施計画", PlanKind.Unknown, "generic", null, [], [], [], [], [], []);
        var catalog = new PlanCatalog([doc]);
        foreach (var question in new[] { "周南市の計画期間は？", "しゅうなんの計画期間は？", "what is shunan's plan period?" })
            Assert.Equal(doc, Assert.Single(catalog.Find(JaText.Normalize(question), JaText.Nfkc(question).ToLowerInvariant())).Document);
    }

    [Fact]
    public void A_real_place_in_romaji_that_no_document_is_about_is_unknown()
    {
        var doc = new PlanDocument("x.txt", "周南市", "第２次周南市行政改革実施計画", PlanKind.Unknown, "generic", null, [], [], [], [], [], []);
        var catalog = new PlanCatalog([doc]);
        string? Unknown(string question) => catalog.UnknownPlace(JaText.Normalize(question), question);
        Assert.Equal("City of Hagi", Unknown("What does the City of Hagi plan for R6?"));
        Assert.Equal("Hofu", Unknown("What is Hofu's target for R6?"));
        Assert.Null(Unknown("Shunan City: who is in charge of item 3?"));
        // Not places: "the target city" names no city; "Date" opening a question is the English word.
        Assert.Null(Unknown("What is the target city of the plan?"));
        Assert.Null(Unknown("Date of the plan's revision?"));
    }
}
