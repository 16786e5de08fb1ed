using Gyokaku.Knowledge.Answering;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// A fact inside free text is quoted whole from the statement that holds it: lines the page wrapped are read as one
/// (never a quote cut mid-word), a cell ends at its blank line, and a when / which / whose question finds the
/// statement of its topic that holds an answer of that type — wherever the plan printed it.
/// </summary>
public class WholeStatementTests
{
    private static string Flat(string s) => string.Concat(s.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void A_cell_the_column_wrapped_mid_word_is_one_unit()
    {
        // 001 lines 744–745: a step of 実施計画 wrapped where its column was full.
        var units = SentenceFinder.Units("市営住宅売却等の可能団地につい\nての検討及び事務処理の実施").ToList();
        Assert.Equal(["市営住宅売却等の可能団地についての検討及び事務処理の実施"], units);
    }

    [Fact]
    public void A_paragraph_wrapped_at_its_full_width_is_one_unit_even_inside_a_number()
    {
        // eval/extra2 010 (長門市) lines 135–137: the line breaks fall inside 目標 / としています and １，１ / ５１，４８０千円.
        var units = SentenceFinder.Units("プランでは、計画期間（令和３年度～令和７年度）の５年間で累計２０億円の財政効果を目標\nとしています。令和５年度の財政効果は４４０，２００千円で、令和３年度からの累計は１，１\n５１，４８０千円（進捗率５７．６％）となりました。").ToList();
        Assert.Single(units);
        Assert.Contains("累計は１，１５１，４８０千円（進捗率５７．６％）となりました。", units[0]);
    }

    [Fact]
    public void A_heading_and_a_numbered_line_are_not_run_into_the_text_under_them()
    {
        // eval/extra 005 (周南市) lines 19–21.
        var units = SentenceFinder.Units("（１）計画の趣旨\n本計画は、「第２次周南市行政改革大綱」に掲げる基本目標を具体的に推進するため、大綱期間の後半に取\nり組む個別の取組を定めるものです。\n２　取組の体系").ToList();
        Assert.Equal(["（１）計画の趣旨", "本計画は、「第２次周南市行政改革大綱」に掲げる基本目標を具体的に推進するため、大綱期間の後半に取り組む個別の取組を定めるものです。", "２　取組の体系"], units);
    }

    [Fact]
    public void A_passage_keeps_where_its_cells_end()
    {
        // 001 lines 1295–1300: the blank line ends the cell above, so the bullet under it is read over all its lines,
        // its bracketed date included.
        var mine = Corpus.Knowledge.Documents.Single(d => d.File == Mine);
        Assert.Contains(mine.Passages, p => p.Text.Contains("・第２回あり方検討委員会の開催（R2.11月）\n\n・新型コロナウイルス感染症の影響により、"));
        var a = Answered("美祢市の報告書で、美祢社会復帰促進センターの職業訓練は何日に始まった？", Mine);
        Assert.Contains("11月18日から開始", a.Text);
    }

    [Theory]
    // The bullet naming a 団地 with the question's 用途廃止・準備, not the plan step that only says 市営住宅 and 団地.
    [InlineData("美祢市で用途廃止に向けた準備をしている市営住宅の団地はどれ？", Mine, "上領第二団地")]
    // 開いた is said by 開催: the meeting held, not the one cancelled and replaced by a written hearing (R2.4月).
    [InlineData("美祢市の綾木地区区長との意見交換会はいつ開催された？", Mine, "R2.10月")]
    // A topic's 実施期間 is its own span (R2-R4), not the plan's period.
    [InlineData("美祢市のネーミングライツ事業（市民球場と温水プール）の実施期間は？", Mine, "R2-R4")]
    // The unit is named inside a result bullet of an item whose report names no departments.
    [InlineData("美祢市の美祢魅力発掘隊で、行政支援型隊員はどの課に所属する隊員として募集している？", Mine, "世界ジオパーク推進課")]
    // A chapter's label (Problem 問題だったこと/課題) is its bullets' topic.
    [InlineData("行革推進プランのProblemで、働き方改革を進めるうえで求められている支援は何？", ActionPlan, "キャリアアップの支援、スキルアップへの支援")]
    // いつ稼働 is answered by the item's result, which dates it; the plan rows print no 稼働.
    [InlineData("岡山市の新しい文書管理システムが稼働するのはいつ？", Okayama, "令和7年9月稼働")]
    // いつから is answered by 現状・課題 printing since when, not by the R5/R6 plans.
    [InlineData("小郡市で時間外勤務時間数の縮減の取組を始めたのはいつから？", Ogori, "令和元年7月から")]
    public void A_statement_of_the_topic_holding_the_asked_answer_is_quoted(string question, string document, string fact)
    {
        var a = Answered(question, document);
        Assert.Contains(Flat(fact), Corpus.Flat(a));
    }

    [Fact]
    public void A_which_question_quotes_every_sentence_naming_one()
    {
        // 004 No.9 R4年度実績: RPA・ノーコードツール and AIチャットボット・AI議事録 both answer 導入したAIツールは？.
        var a = Answered("小郡市No.9のR4実績で、導入したAIのツールは？", Ogori);
        Assert.Contains("AIチャットボット・AI議事録の導入", a.Text);
        Assert.Contains("(※)", a.Text); // a footnote mark is no bullet: the sentence is not cut at it
    }

    [Fact]
    public void A_chapter_statement_answers_with_its_label()
    {
        var a = Answered("前期アクションプランの総括のKeepで、デジタル化はどう評価されている？", ActionPlan);
        Assert.Contains("Keep", a.Text);
        Assert.Contains("デジタル化により仕事は効率化を職員が実感できている", a.Text);
    }

    [Theory]
    // Nothing is asked beyond the department: Mine names none, and no statement is quoted for it.
    [InlineData("美祢市の美祢魅力発掘隊の採用はどこの課が担当？")]
    [InlineData("美祢市の自治体クラウドの導入の担当課は？")]
    public void A_department_mine_does_not_name_stays_not_found(string question)
    {
        var a = Ask(question);
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.DoesNotContain("課に所属", a.Text);
    }

    [Fact]
    public void The_plans_own_period_is_still_the_plans()
    {
        var a = Answered("美祢市の計画の期間は？", Mine);
        Assert.Contains("R1～R5", a.Text);
    }
}
