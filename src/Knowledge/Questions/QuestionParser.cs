using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Questions;

/// <summary>
/// Reads a question: plan, item reference, years, department, intent and content words.
/// Each part is masked out once found, so what remains says what the question is about.
/// </summary>
public sealed partial class QuestionParser(PlanCatalog plans, DepartmentCatalog departments, TitleCatalog titles)
{
    public ParsedQuestion Parse(string question)
    {
        var normalized = JaText.Normalize(question);
        var spaced = JaText.Nfkc(question).ToLowerInvariant();
        var work = spaced;
        var language = JaText.LooksEnglish(question) ? "en" : "ja";

        var mentions = plans.Find(normalized, work);
        // English names a plan by what it is (the action plan, the progress report): its Japanese words can name it.
        if (language == "en" && mentions.Count == 0) mentions = plans.Find(JaText.Normalize(EnglishQuery.Content(work, plans, [])));
        // A city we have no document for is what the question is about, even when it also uses words of one of
        // our plans' titles (ふくおか市の行政経営行動計画): answering from another city's plan would be wrong.
        var unknownPlace = mentions.Any(m => plans.IsPlaceName(m.Matched)) ? null : plans.UnknownPlace(normalized, JaText.Nfkc(question));
        if (unknownPlace is not null) mentions = [];
        var mentionedPlace = mentions.Count > 0 || unknownPlace is not null ? null : plans.MentionedOnlyPlace(normalized);
        foreach (var m in mentions) work = RemoveLoose(m.TitleMatched is { } title ? RemoveLoose(work, title) : work, m.Matched);
        var named = mentions.Select(m => m.Document).ToList();

        // 「R2 H1」: H1 written right after a fiscal year is its first half (上半期), not Heisei 1.
        work = HalfAfterYear().Replace(work, m => m.Groups["h"].Value == "1" ? " first half " : " second half ");
        var years = new List<FiscalYear>();
        var baselines = new List<FiscalYear>();
        foreach (var (year, index, length) in FiscalYear.FindAll(work))
            (ComparedAgainst().IsMatch(work, index + length) ? baselines : years).Add(InFiscalYear(year, work, index, length));
        // A year the asked figure is measured against (令和元年度決算比で R4 はいくら削減) is the baseline of the
        // comparison, not the year asked about: the asked year is the other one the question names.
        if (years.Count == 0) years = baselines;
        work = YearPattern().Replace(work, " ");
        // The month and day of a date (令和7年4月1日時点, R7.4.1現在) say when, like its year: not what is asked about.
        // (The document may say 現在 where the question says 時点: neither is a word to find.)
        work = MonthDay().Replace(work, " ");
        var finalYear = FinalYearWords().IsMatch(work);

        var paths = ItemReferenceParser.FindPaths(ref work);
        // (Also when the plan was named as its earlier half — 前期アクションプランの… names the document that maps it.)
        var earlier = EarlierPlan().IsMatch(work) || mentions.Any(m => m.Document.Mappings.Count > 0 && EarlierPlan().IsMatch(WithLead(normalized, m.Matched)));
        var item = ItemReferenceParser.Find(ref work);
        var department = departments.Find(normalized);
        if (department is not null) work = RemoveLoose(work, JaText.Normalize(department));
        // 取組み整理表の…, 前期総括の…: wording only one plan prints names that plan as its title would. (It stays in the
        // question: it is also what the question is about.) Only what the question is about counts, not how it asks:
        // years, item numbers and ask words (令和6年度の, No.7の担当課は) are cut out first, and what is cut breaks a stretch.
        if (mentions.Count == 0 && unknownPlace is null && mentionedPlace is null && language == "ja"
            && plans.OwnerByWording(AskWords().Replace(work, "\u0001").Replace(' ', '\u0001')) is { } owner)
            (mentions, named) = ([owner], [owner.Document]);
        var names = titles.Within(named);
        var grades = Grades(work, JaText.Nfkc(question));
        var grade = grades.FirstOrDefault();

        var quoted = Quotes().Matches(question).Select(q => JaText.Normalize(q.Groups["q"].Value)).Where(q => q.Length > 0).ToList();
        // English: the documents' Japanese terms for its words (counters → 窓口); words no document uses are dropped.
        var english = language == "en" ? EnglishQuery.Content(work, plans, named) : null;
        // A unit named in English (the finance section → 財政課) is the unit, as its Japanese name would be.
        if (english is not null && department is null && departments.Find(JaText.Normalize(english)) is { } unit)
            (department, english) = (unit, english.Replace(unit, " ", StringComparison.Ordinal));
        // 「テレワークの試行と並んで…」: the entry named as known is content, not the ask (点検・評価のほかに is no grade question).
        var besides = Besides().Match(work);
        var asking = besides.Success ? work[..besides.Index] + " " + work[(besides.Index + besides.Length)..] : work;
        var besidesText = !besides.Success ? null
            : language == "en" ? JaText.Normalize(EnglishQuery.Content(besides.Groups["x"].Value, plans, named))
            : JaText.Normalize(LeadingParticle().Replace(besides.Groups["x"].Value, ""));
        var intent = IntentClassifier.Classify(names.MaskTitles(asking));
        // English asks in its English words: Japanese written into it is the document's wording (the 行政評価システム
        // approach), whose 評価 or 計画 is part of a name — read only when the English words say no ask of their own.
        if (language == "en" && IntentClassifier.Classify(JapaneseRun().Replace(asking, " ")) is var asked and not Intent.Search) intent = asked;
        if (english is not null) intent = EnglishIntent(asking, english, intent, item is not null);
        // 「…はなぜＣ評価だったの？」: the reason of one item's grade, not the items graded so.
        // (C評価の項目とその理由 still lists the items: each with its grade is what is asked.)
        var why = Why().IsMatch(work) && !WholeList().IsMatch(work) && !AsksForItems().IsMatch(work);
        // Items of a department, with a grade, or under a policy, when no single item is named: a list.
        // (A grade inside a target's indicator — 評価でA以上の割合の目標 — is what is counted, not a filter.)
        if (item is null && ((grade is not null && intent is not (Intent.Target or Intent.Baseline) && !why) || (department is not null && intent is Intent.Department or Intent.Search or Intent.Lookup && AsksForItems().IsMatch(work))
            || (paths.Count > 0 && intent is Intent.Search or Intent.Lookup)))
            intent = Intent.List;
        // 戦略区分「官民共創の推進」にはどんな取組がある？: every item of the named group.
        if (item is null && intent is Intent.Search or Intent.Lookup or Intent.Structure && names.AsksForGroup(work))
            intent = Intent.List;
        // 施策って何がある？ / 基本方針2の戦略区分は？: the plan's structure, not an item.
        // (「3つの実施方針って何？」 too: a level's parts, not the meaning of a word.)
        if (item is null && (intent is Intent.Search or Intent.Lookup || (intent == Intent.List && !names.AsksForGroup(work)) || (intent == Intent.Glossary && quoted.Count == 0)) && names.AsksForLevel(work, named))
            intent = Intent.Structure;
        // 取組は何件提案された？: a count of what happened, not the plan's number of items.
        if (intent == Intent.Structure && item is null && CountOfOwnItems().IsMatch(work) && ContentWords.AsksWhatHappened(spaced) && !spaced.Contains("あった"))
            intent = Intent.Actual;
        // 組織・人材マネジメント改革の戦略区分って何がある？: a group's title names the one plan that has it.
        if (mentions.Count == 0 && unknownPlace is null && intent is Intent.Structure or Intent.List && titles.OwnerOfNamedGroup(work) is { } group)
            mentions = [new PlanMention(group.Document, group.Title, 1)];
        if (why && grade is not null && intent == Intent.List) intent = Intent.Evaluation;
        var content = Content(english ?? work);
        // 「推進項目5って何？」 asks what the numbered item is, not the meaning of a term: nothing but kana is left to define.
        if (item?.Number is not null && intent == Intent.Glossary && quoted.Count == 0 && content.All(JaText.IsHiragana))
            intent = Intent.Lookup;

        return new ParsedQuestion
        {
            Text = question,
            Normalized = normalized,
            Spaced = spaced,
            Language = language,
            Plans = mentions,
            UnknownPlace = unknownPlace,
            MentionedPlace = mentionedPlace,
            Item = item,
            Paths = paths,
            Years = years,
            FinalYear = finalYear,
            FirstHalf = FirstHalfWords().IsMatch(work),
            Earlier = earlier,
            Department = department,
            Grade = grade,
            Grades = grades,
            Intent = intent,
            Quoted = quoted,
            Content = content,
            Besides = besidesText is { Length: > 0 } ? besidesText : null,
            // (①～③ is read before its ① is masked as an item's marker.)
            Whole = WholeList().IsMatch(work) || WholeList().IsMatch(normalized),
            Why = why,
            LooksLikeFollowUp = mentions.Count == 0 && (FollowUpStart().IsMatch(work.Trim()) || content.Length <= 3),
        };
    }

    /// <summary>
    /// An English question the English rules read as a plain search may still ask for a figure or a fate: one that
    /// names a result the way the Japanese does (collection rate → 収納率, effect estimate → 効果額, abolished → 廃止),
    /// or asks how much was done. Other Japanese cues are not read: the English words around them decide.
    /// </summary>
    private static Intent EnglishIntent(string work, string english, Intent intent, bool namesItem)
    {
        // How many items does the plan have: its structure, not a result (the Japanese says 項目はいくつ).
        if (!namesItem && CountOfItems().IsMatch(work)) return Intent.Structure;
        if (intent != Intent.Search) return intent;
        if (StandsFor().IsMatch(work)) return Intent.Glossary;
        var fromTerms = IntentClassifier.Classify(english);
        if (fromTerms is Intent.Actual or Intent.Amount or Intent.Mapping) return fromTerms;
        return HowMuchWasDone().IsMatch(work) ? Intent.Actual : Intent.Search;
    }

    /// <summary>
    /// An entry named as known, before or after the words that say so: Xのほかに / Xしたほかに / X以外に / Xと並んで / Xに加えて /
    /// Xとは別に, besides / apart from / other than / in addition to X. X runs back to the last break (、 space は).
    /// </summary>
    [GeneratedRegex(@"(?<x>[^\s、,，。?？!！「」]{2,40}?)(?:(?:の|(?<=[たる]))(?:ほか|他)(?:に|には|では|で|は)?|以外(?:に|には|で|の|は)|と並んで|と並び|と並べて|に加えて|とは別に)|\b(?:besides|apart from|aside from|other than|in addition to)\s+(?<x>[^,?]{3,60}?)\s*(?=,|\?|\bwhat\b|\bwhich\b|$)")]
    private static partial Regex Besides();

    /// <summary>The particle left before an entry named as known once its year is masked (R4は → は).</summary>
    [GeneratedRegex(@"^(?:は|で|に|も|の|が|を)")]
    private static partial Regex LeadingParticle();

    /// <summary>Every entry asked: 全部 / 全て / 一覧 / ①～③ / all of.</summary>
    [GeneratedRegex(@"全部|全て|すべて|一覧|[①-⑳]\s*[~～〜\-ー－]\s*[①-⑳]|\ball (?:the |of )|\bevery\b|\blist (?:all|every|the)")]
    private static partial Regex WholeList();

    /// <summary>A reason asked: なぜ / どうして / 理由 / 要因 / why.</summary>
    [GeneratedRegex(@"なぜ|何故|どうして|理由|要因|原因|\bwhy\b|\breasons?\b|how come")]
    private static partial Regex Why();

    [GeneratedRegex(@"(項目|取組)は?(全部で|全体で)?(いくつ|幾つ|何件|何個)")]
    private static partial Regex CountOfOwnItems();

    [GeneratedRegex(@"\bstands? for\b|\babbreviation\b|\bacronym\b")]
    private static partial Regex StandsFor();

    [GeneratedRegex(@"\bhow many (?:[a-z-]+ ){0,2}(?:items|initiatives|actions|measures)(?: \([^)]{1,12}\))? (?:does|do|are there|is there|are in|are listed in|in)\b")]
    private static partial Regex CountOfItems();

    [GeneratedRegex(@"\bhow much\b[^?]*\b(?:did|was|were|had)\b")]
    private static partial Regex HowMuchWasDone();

    /// <summary>The content words: the question without ask-words and particles at its ends, English terms translated.</summary>
    private static string Content(string work)
    {
        var s = AskWords().Replace(work.TrimStart(), " ");
        return JaText.Normalize(s);
    }

    /// <summary>The plan's name as the question wrote it, with the few characters before it (前期 before アクションプラン).</summary>
    private static string WithLead(string normalized, string matched)
    {
        var i = normalized.IndexOf(JaText.Normalize(matched), StringComparison.Ordinal);
        return i < 0 ? "" : normalized[Math.Max(0, i - 3)..(i + JaText.Normalize(matched).Length)];
    }

    private static string RemoveLoose(string work, string normalizedName)
    {
        var i = work.IndexOf(normalizedName, StringComparison.Ordinal);
        return i < 0 ? work : work[..i] + " " + work[(i + normalizedName.Length)..];
    }

    /// <summary>
    /// A year written with a month (R7.2～, 令和7年2月から) is a date: January to March belong to the fiscal year
    /// that began the April before (R7.2 is in 令和6年度), which is where the document records what happened.
    /// (Not a month after 年度: 令和7年度2月 is already the fiscal year.)
    /// </summary>
    private static FiscalYear InFiscalYear(FiscalYear year, string text, int index, int length)
    {
        if (text.AsSpan(index, length).EndsWith("年度")) return year;
        var month = FollowingMonth().Match(text, index + length);
        return month.Success && int.Parse(month.Groups["m"].Value) is >= 1 and <= 3 ? year.Previous : year;
    }

    [GeneratedRegex(@"\G\s*(?:の)?\s*(?:決算|実績|当初予算|予算|水準)?\s*(?:比|と比べ|と比較|に比べ)")]
    private static partial Regex ComparedAgainst();

    [GeneratedRegex(@"\G\s*(?:[.．/](?<m>\d{1,2})(?![\d年])|(?<m>\d{1,2})\s*月)")]
    private static partial Regex FollowingMonth();

    [GeneratedRegex(@"(?:令和|平成|昭和)\s*\d{1,2}\s*年(?:度)?(?:末|当初)?|(?<![a-z])[rhs]\s*\d{1,2}(?:\s*年(?:度)?)?(?:末)?(?:\s*\((?:h|平成)\s*\d{1,2}\))?(?![0-9])|fy\s*\d{4}|(?<![0-9])\d{4}\s*年度(?:末)?")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?:(?<![\d.,])\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?<=\s)\.\d{1,2}(?:\.\d{1,2})?(?![\d.]))(?:\s*(?:時点|現在))?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"項目|取組|どれ|which items|items")]
    private static partial Regex AsksForItems();

    [GeneratedRegex(@"最終年度|最終目標|最終|final[- ]year|final target|last year of the plan")]
    private static partial Regex FinalYearWords();

    [GeneratedRegex(@"(?<=(?:\b[rh]\d{1,2}|\bfy\s?\d{4}|年度)\s*)h(?<h>[12])(?![0-9a-z])")]
    private static partial Regex HalfAfterYear();

    [GeneratedRegex(@"上半期|前半|first[- ]half|half-year")]
    private static partial Regex FirstHalfWords();

    [GeneratedRegex(@"第一次|前計画|前期|旧計画|first plan|first (?:[a-z-]+ ){1,2}plan|previous plan|earlier plan|first-half plan")]
    private static partial Regex EarlierPlan();

    /// <summary>
    /// The grades a question asks for: two letters joined (ＣかＤ評価, C or D grade) are both asked; else the one
    /// letter or mark (評価A, ◎評価), or a capital letter before "rating" in English (an A rating: lower case, it is
    /// the article).
    /// </summary>
    private static IReadOnlyList<string> Grades(string work, string asked)
    {
        if (GradePair().Match(work) is { Success: true } pair) return [pair.Groups["a"].Value.ToUpperInvariant(), pair.Groups["b"].Value.ToUpperInvariant()];
        if (GradeWord().Match(work) is { Success: true } g) return [g.Groups["g"].Value.ToUpperInvariant()];
        if (EnglishRating().Match(asked) is { Success: true } e) return [e.Groups["g"].Value];
        return [];
    }

    [GeneratedRegex(@"(?<![a-z])(?<a>[a-ds])\s*(?:か|または|又は|もしくは|or|・|/|と)\s*(?<b>[a-ds])\s*(?:評価|grade|rating)|(?:評価|grade|rating)\s*(?:が|は)?\s*(?<a>[a-ds])\s*(?:か|または|又は|もしくは|or|・|/|と)\s*(?<b>[a-ds])(?![a-z])")]
    private static partial Regex GradePair();

    [GeneratedRegex(@"\b(?<g>[ABCDS])\s+(?:rating|grade)")]
    private static partial Regex EnglishRating();

    // Grades are letters (評価A, Ｓ評価) or the marks reports print (評価が△, ◎評価): both filter a list the same way.
    [GeneratedRegex(@"(?:評価|達成度|grade)\s*(?:が|は|=|:)?\s*(?<g>[abcs](?![a-z])|[◎○△×])|(?<![a-z])(?<g>[abcs]|[◎○△×])\s*(?:評価|grade)|\bgraded\s*(?<g>[abcs](?![a-z])|[◎○△×])")]
    private static partial Regex GradeWord();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}ー・]+")]
    private static partial Regex JapaneseRun();

    [GeneratedRegex(@"[「『“""](?<q>[^」』”""]{1,60})[」』”""]")]
    private static partial Regex Quotes();

    [GeneratedRegex(@"^(その|それ|あれ|これ|では|じゃあ|じゃ|なら|and |what about|how about|then)")]
    private static partial Regex FollowUpStart();

    // Words that ask rather than say what about: dropped from the content so they do not pull in items. (…とされてる？ only reports what is said.)
    [GeneratedRegex(@"^(?:その|それの|それ|この|あの)|推進項目|実施項目|取組項目|具体的取組|項目|を?教えて(?:ください|下さい)?|ください|下さい|について|とされて(?:い)?る|とされた|ですか|ますか|でしょうか|とは|担当課|担当部局|担当部署|担当|主担当課|部署|目標値|目標|実績値|実績|基準値|評価|達成度|実施状況|何番|№|いくつ|何年度|何回|何人|何件|何という|どんな|どの|どこ|どう|だった|なった|何が|何を|何|です|ある|いる|する|なる|は[?？]|[?？、。,.:;!！()（）「」『』“”""\[\]【】]|\bwhat\b|\bwhich\b|\bhow\b|\bmany\b|\bthe\b|\bfor\b|\bis\b|\bof\b|\bin\b|\bat\b|\bas\b|\bwas\b|\bdid\b|\bdoes\b|\bitem\b|\bcity\b|\bsection\b|\bowns?\b|\btarget\b|\bgrade\b|\bend\b|\bby\b|\bto\b|\ba\b|\ban\b|\bits\b|\bhad\b|\bhas\b")]
    private static partial Regex AskWords();
}
