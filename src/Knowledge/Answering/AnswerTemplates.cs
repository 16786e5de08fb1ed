using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// Every sentence the bot writes around the documents' own text, in Japanese and English, kept in one
/// place. The facts themselves are always quoted from the documents, never composed here.
/// </summary>
public static class AnswerTemplates
{
    public static string PlanName(PlanDocument doc) =>
        doc.Municipality is { Length: > 0 } m && !doc.Title.Contains(m) ? $"{m} {doc.Title}" : doc.Title;

    public static string ItemName(PlanItem item, string lang)
    {
        var number = item.PrintedNumber ?? item.Number;
        // A title the reader could not read with confidence is left out rather than shown empty.
        var title = item.Title.Length == 0 ? "" : lang == "en" ? $" “{item.Title}”" : $"「{item.Title}」";
        if (number is null) return lang == "en" ? title.Trim() : $"{item.Label}{title}";
        var printed = number.StartsWith(item.Label, StringComparison.Ordinal) ? number : $"{item.Label}{number}";
        // English keeps the document's own label beside it (item 23 (推進項目 23)): what a reader finds in the text.
        return lang == "en" ? $"item {item.Number ?? number} ({printed}){title}" : $"{printed}{title}";
    }

    /// <summary>The header line naming plan and item every item answer starts with.</summary>
    public static string About(PlanDocument doc, PlanItem? item, string lang) => lang == "en"
        ? item is null ? $"[{PlanName(doc)}]" : $"[{PlanName(doc)}] {ItemName(item, lang)}"
        : item is null ? $"【{PlanName(doc)}】" : $"【{PlanName(doc)}】{ItemName(item, lang)}";

    public static string Department(string departments, string lang) =>
        lang == "en" ? $"Responsible: {departments}" : $"担当：{departments}";

    public static string Fact(string label, string text, string lang) =>
        lang == "en" ? $"{label}: {text}" : $"{label}：{text}";

    /// <summary>Another plan of the series (第4次) named in a question, whose <paramref name="label"/> the document does not print.</summary>
    public static string OtherPlanNotStated(string plan, string label, string lang) => lang == "en"
        ? $"The document does not state the {label} of the {plan} plan (it is not the plan this document is about)."
        : $"この文書には{plan}の計画の{label}の記載がありません（この文書の計画とは別の計画です）。";

    /// <summary>An item the plan's outline lists under one level while its own page puts it under another.</summary>
    public static string OutlineDisagrees(string item, string listedUnder, string pageUnder, string lang) => lang == "en"
        ? $"(The plan's outline lists {item} under {listedUnder}; its own page puts it under {pageUnder}.)"
        : $"※{item}は、項目一覧では{listedUnder}に、個別の項目のページでは{pageUnder}に掲げられています。";

    /// <summary>What a fact read from the document's title page (or back page) is labelled.</summary>
    public static string CoverLabel(string lang) => lang == "en" ? "Cover" : "表紙";

    /// <summary>The label of a sentence quoted as the document prints it.</summary>
    public static string DocumentSays(string lang) => lang == "en" ? "The document says" : "文書の記載";

    public static string FirstYearWith(string value, string year, string lang) =>
        lang == "en" ? $"“{value}” is planned from {year}." : $"「{value}」となるのは{year}からの計画です。";

    public static string NoDepartment(PlanDocument doc, string lang) => lang == "en"
        ? $"{PlanName(doc)} does not name a responsible department for its items."
        : $"{PlanName(doc)}には担当部署の記載がありません。";

    public static string YearOutsidePeriod(PlanDocument doc, FiscalYear year, string lang) => lang == "en"
        ? $"{year} is outside the period of {PlanName(doc)} ({doc.Period!.Format(FiscalYearStyle.Short)}); the document has no figures for it."
        : $"{year.Format(FiscalYearStyle.Japanese)}（{year}）は{PlanName(doc)}の計画期間（{doc.Period!.Format(FiscalYearStyle.Short)}）外のため、記載がありません。";

    public static string NoValueForYear(string what, FiscalYear year, IEnumerable<string> available, string lang)
    {
        var list = string.Join("、", available);
        return lang == "en"
            ? $"The document states no {what} for {year}." + (list.Length > 0 ? $" Nearest year with a value: {list}." : "")
            : $"{year}の{what}は記載されていません。" + (list.Length > 0 ? $"値の記載がある最も近い年度：{list}" : "");
    }

    public static string YearsWithValue(IEnumerable<string> years, string lang) => lang == "en"
        ? $"Years with a value in the document: {string.Join(", ", years)}"
        : $"値の記載がある年度：{string.Join("、", years)}";

    public static string NoValue(string what, string lang) => lang == "en"
        ? $"The document states no {what} for this item (the cell is empty)."
        : $"この項目の{what}は記載されていません（空欄です）。";

    public static string NoItemAmount(string lang) => lang == "en"
        ? "The document's amount tables have no row for this item."
        : "文書の効果額の表に、この項目の行はありません。";

    public static string ItemNotInPlan(PlanDocument doc, string reference, IReadOnlyList<PlanItem> items, string lang)
    {
        var numbers = items.Where(i => i.Number is not null).Select(i => i.Number!).ToList();
        var numeric = numbers.Select(n => int.TryParse(n, out var v) ? v : (int?)null).ToList();
        var range = numbers.Count == 0 ? ""
            : numeric.All(v => v is not null) ? $"{numeric.Min()}～{numeric.Max()}"
            : $"{numbers[0]}～{numbers[^1]}";
        return lang == "en"
            ? $"{PlanName(doc)} has no item {reference}." + (range.Length > 0 ? $" Its items are numbered {range} ({items.Count} items)." : "")
            : $"{PlanName(doc)}に{reference}という項目はありません。" + (range.Length > 0 ? $"項目は{range}（{items.Count}件）です。" : "");
    }

    public static string UnknownPlace(string place, IEnumerable<PlanDocument> docs, string lang)
    {
        var list = string.Join("、", docs.Select(PlanName));
        return lang == "en"
            ? $"There is no document about {place}. The documents cover: {list}."
            : $"{place}に関する文書はありません。収録されている文書：{list}";
    }

    public static string NotInDocuments(string lang) => lang == "en"
        ? "The documents do not contain this."
        : "文書にはこの質問に該当する記載が見つかりませんでした。";

    public static string NoFigure(string lang) => lang == "en"
        ? "The item gives no figure for this. What it does state:"
        : "この項目には該当する数値の記載がありません。記載されている内容：";

    public static string NoCounter(string counter, string lang) => lang == "en"
        ? $"The documents give no figure counted in {counter} for this."
        : $"文書には、お尋ねの数（{counter}）の記載がありません。";

    public static string NotInItem(string lang) => lang == "en"
        ? "This item's text does not state it. What the item does state:"
        : "この項目には該当する記載がありません。項目に記載されている内容：";

    public static string Clarify(string lang) => lang == "en"
        ? "Which plan do you mean? Candidates:"
        : "どの計画のことですか？ 候補：";

    public static string ClarifyTopic(string lang) => lang == "en"
        ? "Several items fit. Which one do you mean?"
        : "複数の項目が該当します。どれのことですか？";

    public static string Period(PlanDocument doc, string lang) => lang == "en"
        ? $"Period: {doc.Period!.Format(FiscalYearStyle.Short)} ({doc.Period.Format(FiscalYearStyle.Japanese)})"
        : $"計画期間：{doc.Period!.Format(FiscalYearStyle.Japanese)}（{doc.Period.Format(FiscalYearStyle.Short)}）";

    public static string ItemCount(int count, string label, string lang) =>
        lang == "en" ? $"{count} items ({label})" : $"{label}は{count}件です。";

    public static string AddedFrom(FiscalYear year, string lang) =>
        lang == "en" ? $"added from {year}" : $"{year}から追加";

    public static string ListHeader(string what, int count, string lang) =>
        lang == "en" ? $"{count} items: {what}" : $"{what}：{count}件";

    public static string UntiedItems(int count, string lang) => lang == "en"
        ? $"({count} items' grades could not be read from the damaged text with confidence and are not included.)"
        : $"（{count}件の項目は、抽出の崩れにより評価を確実に読み取れなかったため含まれていません。）";

    public static string NotTied(string what, string lang) => lang == "en"
        ? $"The document's text is damaged here: this item's {what} cannot be tied to it with confidence."
        : $"この項目の{what}は、文書の抽出の崩れにより項目と確実に結び付けて読み取れませんでした。";

    public static string NothingListed(string lang) => lang == "en"
        ? "No item of the document matches."
        : "該当する項目は文書にありません。";

    public static string Mapping(string status, string? meaning, string lang) =>
        lang == "en" ? $"Status: {status}{(meaning is null ? "" : $" ({meaning})")}" : $"状況：{status}{(meaning is null ? "" : $"（{meaning}）")}";

    public static string MappedTo(string where, string lang) =>
        lang == "en" ? $"In this plan: {where}" : $"現計画での扱い：{where}";

    public const string EmptyQuestion = "質問が空です。 / The question is empty.";

    // A word grade (順調, 遅れ) is quoted as printed; a letter or mark reads as 評価Ａ.
    public static string Grade(string grade, string lang) => grade.Length >= 2 && !grade.All(c => c < 128)
        ? (lang == "en" ? $"rated 「{grade}」" : $"「{grade}」")
        : lang == "en" ? $"grade {grade}" : $"評価{grade}";

    public static string BehindPlan(string lang) => lang == "en" ? "behind plan" : "計画に遅れ";

    public static string Source(string lang) => lang == "en" ? "Source" : "出典";

    public static string FactLabel(FactKind kind, string lang) => (kind, lang) switch
    {
        (FactKind.Target, "en") => "target",
        (FactKind.Result or FactKind.Actual, "en") => "result",
        (FactKind.Plan, "en") => "plan",
        (FactKind.Evaluation, "en") => "evaluation",
        (FactKind.Baseline, "en") => "baseline",
        (FactKind.Target, _) => "目標値",
        (FactKind.Result or FactKind.Actual, _) => "実績",
        (FactKind.Plan, _) => "計画",
        (FactKind.Evaluation, _) => "評価",
        (FactKind.Baseline, _) => "基準値",
        _ => lang == "en" ? "value" : "記載",
    };

    // Follow-up buttons: self-contained questions, so they work in any channel without conversation memory.

    /// <summary>How a follow-up names the item: the city (or the plan's short name) and the item's number, or its title.</summary>
    public static string FollowUpSubject(PlanDocument doc, PlanItem item, string lang)
    {
        var plan = doc.Municipality ?? doc.Aliases.FirstOrDefault() ?? doc.Title;
        var numbered = item.Number is { Length: > 0 } n && n.All(char.IsAsciiDigit);
        if (lang == "en") return numbered ? $"{plan} item {item.Number}" : $"{plan} 「{item.Title}」";
        return numbered ? $"{plan}の{item.Label}{item.Number}" : $"{plan}の「{item.Title}」";
    }

    public static string FollowUpQuestion(string kind, string subject, string lang) => (kind, lang) switch
    {
        ("target", "en") => $"What is the target of {subject}?",
        ("actual", "en") => $"What are the results of {subject}?",
        ("department", "en") => $"Which department is in charge of {subject}?",
        ("plan", "en") => $"What is planned each year for {subject}?",
        ("target", _) => $"{subject}の目標値は？",
        ("actual", _) => $"{subject}の実績は？",
        ("department", _) => $"{subject}の担当課は？",
        _ => $"{subject}の年度計画は？",
    };

    public static string FollowUpLabel(string kind, string lang) => (kind, lang) switch
    {
        ("target", "en") => "Target",
        ("actual", "en") => "Results",
        ("department", "en") => "Department",
        ("plan", "en") => "Yearly plan",
        ("target", _) => "目標値",
        ("actual", _) => "実績",
        ("department", _) => "担当課",
        ("plan", _) => "年度計画",
        _ => kind,
    };
}
