using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Questions;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// English questions searched in the documents' Japanese: the lexicon and its normalisation, the terms a question
/// becomes, and answers on the real seeds to questions that carry no Japanese word at all.
/// </summary>
public class EnglishQueryTests
{
    [Theory]
    [InlineData("standardising", "standardize")]
    [InlineData("standardised", "standardization")]
    [InlineData("standardisation", "standardize")]
    [InlineData("facilities", "facility")]
    [InlineData("processes", "process")]
    [InlineData("planned", "plan")]
    [InlineData("closed", "closing")]
    [InlineData("decarbonisation", "decarbonize")]
    [InlineData("labour", "labor")]
    [InlineData("fees", "fee")]
    public void Spellings_and_inflections_meet_on_one_stem(string a, string b) =>
        Assert.Equal(EnglishTerms.Stem(b), EnglishTerms.Stem(a));

    [Theory]
    [InlineData("status")]
    [InlineData("analysis")]
    [InlineData("business")]
    [InlineData("bus")]
    public void A_final_s_that_is_no_plural_stays(string word) =>
        Assert.Equal(word, EnglishTerms.Stem(word));

    [Fact]
    public void The_lexicon_loads_a_few_hundred_phrases_with_their_longest_first()
    {
        var lexicon = EnglishTerms.Default;
        Assert.True(lexicon.Phrases.Count > 500, $"{lexicon.Phrases.Count} phrases");
        Assert.Equal(["窓口"], lexicon.Phrases[EnglishTerms.Key(["counters"])]);
        Assert.Equal(["マイナンバーカード"], lexicon.Phrases[EnglishTerms.Key(["my", "number", "card"])]);
        Assert.Empty(lexicon.Phrases[EnglishTerms.Key(["which"])]);
    }

    [Fact]
    public void Entries_that_normalise_alike_are_merged_and_a_word_both_dropped_and_translated_is_refused()
    {
        var merged = EnglishTerms.Load("fee = 使用料\nfees = 手数料 | 使用料\n");
        Assert.Equal(["使用料", "手数料"], merged.Phrases["fee"]);
        var error = Assert.Throws<InvalidDataException>(() => EnglishTerms.Load("# drop\nplan =\nplans = 計画\n"));
        Assert.Contains("line 3", error.Message);
        Assert.Throws<InvalidDataException>(() => EnglishTerms.Load("no equals sign here\n"));
        // Many drops on one line; a drop there and a translation elsewhere is the same mistake.
        var drops = EnglishTerms.Load("drop: the with which\ncounter = 窓口\n");
        Assert.Empty(drops.Phrases["with"]);
        Assert.Throws<InvalidDataException>(() => EnglishTerms.Load("drop: counter\ncounter = 窓口\n"));
    }

    [Fact]
    public void Contractions_and_possessives_are_words_of_their_own()
    {
        Assert.Equal(["don't", "mayor's", "office"], EnglishTerms.Words("don't mayor’s office"));
        Assert.Equal(EnglishTerms.Stem("mayor"), EnglishTerms.Stem("mayor's"));
        // don't is no form of donate (寄附).
        Assert.DoesNotContain("寄附", Service().Parse("In the action plan, what share of staff don't know how to use digital tools?").Content);
    }

    [Fact]
    public void A_question_mostly_in_unknown_words_keeps_them_so_one_known_word_cannot_answer()
    {
        // Only "construction" (建設) is known here: searching for it alone would quote another indicator of item 36.
        var q = Service().Parse("What is Yamaguchi's R3 target for the number of frobnicated widgets in construction?");
        Assert.Contains("frobnicated", q.Content);
        Assert.Contains("widgets", q.Content);
        Assert.NotEqual(AnswerStatus.Answered, Ask("What is Yamaguchi's R3 target for the number of frobnicated widgets in construction?").Status);
    }

    [Theory]
    [InlineData("How many implementation items does Mine's plan have?", Mine, "63")]
    [InlineData("How many items are there in Ogori's plan?", Ogori, "16")]
    public void How_many_items_is_the_plans_count(string question, string document, string count) =>
        Assert.Contains(count, Answered(question, document).Text);

    [Fact]
    public void An_English_question_becomes_the_documents_terms()
    {
        var q = Service().Parse("Which bureau handles the standardisation of core systems in Okayama?");
        Assert.Equal("en", q.Language);
        Assert.Contains("標準化", q.Content);
        Assert.Contains("基幹システム", q.Content);
        // Ask-words and words no document prints are not searched for.
        Assert.DoesNotContain("bureau", q.Content);
        Assert.DoesNotContain("局", q.Content);
    }

    [Fact]
    public void Japanese_written_in_an_English_question_is_kept_as_written()
    {
        var q = Service().Parse("Which section handles the 公用車のノンプロ化 in the action plan?");
        Assert.Contains("公用車のノンプロ化", q.Content);
    }

    [Fact]
    public void Of_several_senses_the_one_the_documents_print_beside_the_other_terms_is_searched()
    {
        // management: 管理 beside 定員 / 適正 in the documents, not マネジメント (which would pull in 適正なマネジメント).
        var q = Service().Parse("Which section is in charge of appropriate management of the number of staff in Yamaguchi?");
        Assert.Contains("管理", q.Content);
        Assert.DoesNotContain("マネジメント", q.Content);
        var a = Answered("Which section is in charge of appropriate management of the number of staff in Yamaguchi?", Yamaguchi);
        Assert.Contains("職員数の適正管理と年齢構成の是正", a.Text);
        Assert.Contains("職員課", a.Text);
    }

    [Fact]
    public void A_sense_is_chosen_in_the_plan_the_question_names()
    {
        // Yamaguchi prints 徴収率, Okayama 収納率: the same English words search each plan in its own wording.
        Assert.Contains("収納率", Service().Parse("What was Okayama's collection rate of city taxes in FY2024?").Content);
        Assert.Contains("徴収率", Service().Parse("What is Yamaguchi's R4 target for the collection rate of city taxes?").Content);
    }

    [Fact]
    public void Words_that_only_name_the_plan_are_not_searched()
    {
        var q = Service().Parse("In Mine's progress report, which item is about introducing a municipal cloud?");
        Assert.DoesNotContain("進捗状況報告書", q.Content);
        Assert.Contains("自治体クラウド", q.Content);
    }

    [Fact]
    public void A_plan_named_by_what_it_is_in_English_is_found()
    {
        var a = Answered("In the action plan, which section is in charge of cashless payments?", ActionPlan);
        Assert.Contains("支払いのキャッシュレス対応", a.Text);
        Assert.Contains("DX推進課", a.Text);
    }

    [Theory]
    [InlineData("Which bureau is responsible for Okayama's fixed asset ledger?", Okayama, "固定資産台帳の整備", "財政局")]
    [InlineData("Which bureau handles naming rights in Okayama?", Okayama, "ネーミングライツ導入等", "政策局、財政局")]
    [InlineData("Which section is in charge of Yamaguchi's effective use of city-owned property?", Yamaguchi, "市有財産の有効活用", "管財課")]
    [InlineData("Who is responsible for information security in Yamaguchi's plan?", Yamaguchi, "情報セキュリティの推進", "デジタル推進課")]
    [InlineData("Which section handles Ogori's fund management?", Ogori, "基金の管理", "財政課")]
    [InlineData("Who is in charge of Ogori's human resource development?", Ogori, "人材育成の推進", "人事法制課")]
    [InlineData("In the action plan, which section is responsible for selling public real estate?", ActionPlan, "PRE（公的不動産）の売却等の促進", "資産経営課")]
    public void English_words_alone_find_the_item_and_its_department(string question, string document, string title, string department)
    {
        var a = Answered(question, document);
        Assert.Equal("en", a.Language);
        Assert.Contains(title, a.Text);
        Assert.Contains(department, a.Text);
    }

    [Fact]
    public void Corporate_hometown_tax_is_not_the_hometown_tax_item()
    {
        // Ogori No.5 ふるさと納税の推進 (商工観光課) and No.6 企業版ふるさと納税の活用 (経営戦略課) differ by one word.
        var a = Answered("Which section handles corporate hometown tax donations in Ogori?", Ogori);
        Assert.Contains("企業版ふるさと納税の活用", a.Text);
        Assert.DoesNotContain("商工観光課", a.Text);
    }

    [Theory]
    [InlineData("What is Yamaguchi's R4 target for the collection rate of city taxes?", Yamaguchi, "98.95%")]
    [InlineData("What is Yamaguchi's R4 target for the number of registered civic activity groups?", Yamaguchi, "311")]
    [InlineData("How much did Okayama sell unused land for in FY2024?", Okayama, "294,238千円")]
    [InlineData("What was Okayama's collection rate of city taxes in FY2024?", Okayama, "99.4%")]
    [InlineData("What is Yamaguchi's R3 target for the share of citizens who feel city information reaches them well?", Yamaguchi, "87.5%")]
    [InlineData("How many citizen workshops did Mine hold in the first half of FY2020?", Mine, "市民ワークショップ開催（２回）")]
    public void English_words_alone_find_the_figure(string question, string document, string figure) =>
        Assert.Contains(figure, Answered(question, document).Text);

    [Fact]
    public void An_indicator_described_in_English_words_only()
    {
        // 工事成績評価が異常に低かった件数(60点以下): R2–R4 targets 0件, H30–R1 empty.
        var a = Answered("What is Yamaguchi's R3 target for the number of cases with abnormally low construction performance scores?", Yamaguchi);
        Assert.Contains("工事成績評価が異常に低かった件数", a.Text);
        Assert.Matches(@"R3[^\n]*:\s*0件", a.Text);
    }

    [Theory]
    // 観光客, 図書館, ハラスメント: no document prints them; a related item's figure would be a wrong answer.
    [InlineData("What is Yamaguchi's R4 target for the number of tourists?")]
    [InlineData("Which section handles Ogori's public library?")]
    [InlineData("Which section is in charge of Ogori's harassment prevention?")]
    public void A_topic_no_document_mentions_is_not_answered(string question) =>
        Assert.Equal(AnswerStatus.NotFound, Ask(question).Status);

    [Theory]
    [InlineData("Which items is the personnel section responsible for in Yamaguchi's plan?", Yamaguchi, "職員課", "人事制度の改善・運用")]
    [InlineData("Which items does Okayama's environment bureau handle?", Okayama, "環境局", "公共施設等の脱炭素化")]
    public void A_unit_named_in_English_lists_its_items(string question, string document, string unit, string title)
    {
        var a = Answered(question, document);
        Assert.Equal("list", a.Intent);
        Assert.Contains(unit, a.Text);
        Assert.Contains(title, a.Text);
    }

    [Fact]
    public void A_city_named_in_romaji_that_no_document_is_about_is_said_so()
    {
        var a = Ask("What does Fukuoka City's plan say about cashless payments?");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains("Fukuoka City", a.Text);
        // Our own cities in romaji, and words before "city" that name none, are not unknown places.
        Assert.Equal(AnswerStatus.Answered, Ask("What is Mine City's item No.41?").Status);
        Assert.Null(Service().Parse("What is the city's target for the fund balance in Ogori?").UnknownPlace);
    }

    [Fact]
    public void English_answers_keep_the_printed_item_label()
    {
        // First plan item 12 → 次期計画(項目16): the reader must find 項目16 in the text, not only "item 16".
        var mapped = Answered("Yamaguchi's first plan item 12: which item of the second plan took it over?", Yamaguchi);
        Assert.Contains("推進項目 16", mapped.Text);
        var ogori = Answered("Which section owns Ogori item No.5?", Ogori);
        Assert.Contains("実施項目No.5", ogori.Text);
    }
}
