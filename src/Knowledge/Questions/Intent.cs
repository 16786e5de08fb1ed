using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Questions;

/// <summary>What a question asks for.</summary>
public enum Intent
{
    Search, Department, Target, Actual, Plan, Evaluation, Baseline, List, Lookup, Structure, Glossary, Amount, Mapping,
}

/// <summary>
/// Tells the intent from the words of a question (Japanese or English), once plan names, years and item
/// numbers are masked out. Rules are tried in order: the more specific ask wins (一覧 of a 担当 is a list).
/// </summary>
public static partial class IntentClassifier
{
    private static readonly (Intent Intent, Regex Pattern)[] Rules =
    [
        // 「経費回収率」ってどういう指標？: what a word of the plan is, asked by the kind of word it is.
        (Intent.Glossary, new Regex(@"(?:って|とは)(?:どういう|どんな)(?:指標|もの|こと|言葉|用語|仕組み)|定義|とは[?？]?$|とは何|って(何|なに|なん)(のこと|ですか|[?？]|$)|(^|[:：,]\s*)what (is|are) (?!the |item |a |an )[^ ]+(,|\?|$)|の意味|意味は|どういう意味|どう説明|説明されて|含まれ(る|ない)|含む|含まない|除く|(?<!目)指す|define|definition|what does .* mean|meaning of|※|\bnote (?:on|about|for)\b|\bhow (?:is|are) [^?]{1,60} (?:explained|defined|described)\b", RegexOptions.IgnoreCase)),
        // 推進部署を全部: the plan's own name for its owners, asked in full, is still who (not a list of items).
        // どの課で協議する: asks who, whatever the topic (an effect amount's reconciliation is still a department question).
        (Intent.Department, new Regex(@"(?:(?:担当|所管|関係|主管|推進|実施)(?:課|部署|部局)|部署|部局)を?(全部|全て|すべて)|どの課|どこの課|どこの局|どの局|何局|どの部署|どの部局|which (section|department|division)", RegexOptions.IgnoreCase)),
        (Intent.Amount, new Regex(@"効果額|削減額|改革改善.*(額|千円)|効果.*(千円|いくら)|effect amount|effect estimate|estimated effect|savings|amount of effect", RegexOptions.IgnoreCase)),
        // 後期ではどうなってる / 後期だと何て取組: the next plan named before a loose ask is still about what became of it.
        (Intent.Mapping, new Regex(@"(?:後期|次期|第二次|次の計画|新しい計画)(?:計画|プラン)?(?:では|だと|で|には|に|は)?は?\s*(?:どうなって|(?:何|なん)(?:て|って|と)|(?:何|なん)番)|次期計画|どうなった|何という\p{IsCJKUnifiedIdeographs}{0,4}に(?:なった|なる|変わった)|どう扱|(?:どういう|どのような|どんな)扱い|扱いは|どうなる|廃止|何番になった|引き継|後継|移行|became|what happened|carried (over|forward)|successor|mapped", RegexOptions.IgnoreCase)),
        (Intent.Structure, new Regex(@"^[\sの]*(?:は|って)いつ(?:の|出|作成|発行|公表)|(?:報告書|資料|文書|計画書|本計画|この計画|プラン|大綱)(?:は|って)?いつ(?:の|出|作成|発行|公表|時点)|作成日|発行日|when was [^?]{0,40}(?:report|plan|document) (?:issued|published|written|prepared|released|dated)|(推進項目|実施項目|取組項目|項目|取組)は?(全部で|全体で)?(いくつ|幾つ|何件|何個)|基本理念|基本方針|実施方針|推進体制|進行管理|計画期間|期間|何年度から何年度|体系|小分類|大分類|展開|項目数|いくつの項目|何項目|前の計画|位置づけ|目的は|period|structure|principle|how many items|policies|manages? the progress|progress management|promotion system", RegexOptions.IgnoreCase)),
        // (全部で何件 asks a total: a count, not a list.)
        (Intent.List, new Regex(@"一覧|(?:項目|取組)(?:は|って)どれ|全て|すべて|全部(?!で\s*(?:何|いくつ|いくら|どれ(?:くらい|だけ)))|リスト|どれ(が|と)|のはどれ|どんな項目|遅れ|評価が?\s*[A-CＡ-Ｃ]\b|[A-C]評価|list|(?:what|which) (?:items|initiatives|measures|actions)\b|all items|fall under|behind", RegexOptions.IgnoreCase)),
        // どこが主でやってる / どこが進めてる / 誰が担ってる: "where" as the doer of the item is its owning unit
        // (not どこを統合した, whose どこ is the object, nor どこが遅れている, a state; and after Structure: 進行管理は
        // どこが行う asks the plan's own arrangements).
        (Intent.Department, new Regex(@"担当|部署|所管|部局|主管|どこの課|どの課|課は|(?:どこ|誰|だれ)が\s*(?:主(?:体)?|中心|メイン|責任)?\s*(?:に|で|と|として)?\s*(?:なって)?\s*(?:やって|やる|やった|進め|取り?組|実施|行って|行う|担当|担って|担う|持って|受け持|所管|主導|仕切|引っ張|動いて|回して|見て)|which (section|department|division|unit|bureau|office)|owns|responsible|in charge|handles?|who (runs|leads)", RegexOptions.IgnoreCase)),
        (Intent.Baseline, new Regex(@"基準値|基準年|現状値|baseline", RegexOptions.IgnoreCase)),
        (Intent.Actual, new Regex(@"何[\p{IsCJKUnifiedIdeographs}]{1,3}(やった|した|行った|行われた|実施した)")), // 点検・評価は何業務やった: a count done, not a grade
        (Intent.Evaluation, new Regex(@"評価|達成度|達成率|実施状況|進捗|グレード|\bgrade[sd]?\b|rating|rated|achievement rate|how well|status", RegexOptions.IgnoreCase)),
        (Intent.Target, new Regex(@"目標|目指|[にを]したい|target|goal|\baim", RegexOptions.IgnoreCase)),
        // when did / how did … do: what happened, asked in the past tense (not the plan's "when"); 何%減った: a change that happened.
        (Intent.Actual, new Regex(@"(?:減|増え|伸び|下が|上が)った|\bwhen did\b|\bhow did\b[^?]*\b(?:do|go|perform|fare|turn out)\b|(?:人|件|回)数は|実績|結果|どうだった|どうなっている|何回|何人|何件|開かれ|開催|設置した|導入した|いくつ.*(した|された)|アクセス数|収納率|残高|フォロワー|actual|result|how many|achiev|accomplish|as of|what did|outcome", RegexOptions.IgnoreCase)),
        (Intent.Plan, new Regex(@"計画|予定|工程|何を(実施|する|行う)|何年度から|いつから|スケジュール|planned|plan (for|in)|plans for|plan(?:s|ned|ning)? to|intend|schedule|when", RegexOptions.IgnoreCase)),
        (Intent.Lookup, new Regex(@"(?:なん|何)(?:だ|だった|でした)っけ|what was (?:item|no)|何番|番号|どの(施策|政策|分野|方針|体系|柱)|which (policy|measure|pillar|area)|(?:№|no\.?|番号は?)\s*いくつ|どんな取組|どの項目|どういう取組|何の項目|内容|概要|どんな|which item|what is item|what item|number", RegexOptions.IgnoreCase)),
    ];

    public static Intent Classify(string maskedQuestion)
    {
        // A quoted name is what the question is about, not what it asks: 「政策・施策体系に合わせた…」の担当課は？
        // asks for a department, whatever words the title holds.
        var ask = Quoted().Replace(maskedQuestion, "「」");
        // 中期経営計画のヒアリング対象, 個別施設計画の策定: a plan named by its kind is what the question is about, not
        // an ask for the item's schedule (年度計画の / 前期計画の are the plan's own parts and still ask it).
        ask = NamedPlan().Replace(ask, "〇〇");
        foreach (var (intent, pattern) in Rules)
            if (pattern.IsMatch(ask))
                return intent switch
                {
                    Intent.Evaluation => EvaluationOrTarget(ask, pattern, Intent.Evaluation),
                    // 「予備的診断でA評価だった割合の目標」: the grade is inside the indicator, not a filter of a list.
                    Intent.List when pattern.Matches(ask).All(m => m.Value.Contains("評価")) => EvaluationOrTarget(ask, pattern, Intent.List),
                    // 「R5年度計画は何件？」: a count asked of the year's plan, with no word of results, is the plan's.
                    Intent.Actual when PlanCount().IsMatch(ask) && !ResultWords().IsMatch(ask) => Intent.Plan,
                    _ => intent,
                };
        return Intent.Search;
    }

    /// <summary>
    /// 評価 inside an indicator's name (工事成績評価が60点以下の件数, 前年度評価でA以上の割合) is what the question is
    /// about; the ask comes last in Japanese, so a 目標 after the last 評価 makes it a target question.
    /// </summary>
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}{2})(?<!年度|期)計画(?=の)")]
    private static partial Regex NamedPlan();

    private static Intent EvaluationOrTarget(string ask, Regex evaluation, Intent matched)
    {
        var lastEvaluation = evaluation.Matches(ask).Last();
        var end = lastEvaluation.Index + lastEvaluation.Length;
        var target = TargetAsk().Matches(ask).LastOrDefault();
        if (target is not null && target.Index > end) return Intent.Target;
        // 「事務事業の点検・評価は何業務やった？」「人事評価制度のR4の実績は？」: a count or a result asked after it.
        // (Not 結果: 評価の結果 is the grade.)
        // 「人事評価まわりで何を変えた？」: what was done, asked after it, makes 評価 part of a name too.
        var count = CountAsk().Matches(ask).Concat(ActualWord().Matches(ask)).Concat(DoneAsk().Matches(ask)).MaxBy(m => m.Index);
        return count is not null && count.Index > end && matched == Intent.Evaluation ? Intent.Actual : matched;
    }

    // …and 「何件の計画？」「何回の予定？」「何件作る計画？」 (a question ending on 計画 / 予定), "plan to send": the count
    // is of what is planned.
    [GeneratedRegex(@"年度計画|計画(?:は|では|で|上)|何[\p{IsCJKUnifiedIdeographs}]{1,2}の(?:計画|予定)|(?:計画|予定)(?:です|だった|でした|なの)?か?[?？]?\s*$|planned|plan (?:for|in)|plan(?:s|ned|ning)? to|scheduled to", RegexOptions.IgnoreCase)]
    private static partial Regex PlanCount();

    [GeneratedRegex(@"実績|結果|実際|actual|result|achiev", RegexOptions.IgnoreCase)]
    private static partial Regex ResultWords();

    [GeneratedRegex(@"何(?:回|人|名|件|業務|か所|箇所|施設|団体|社|校|品)|how many", RegexOptions.IgnoreCase)]
    private static partial Regex CountAsk();

    [GeneratedRegex(@"実績|actual", RegexOptions.IgnoreCase)]
    private static partial Regex ActualWord();

    // 何を変えた / 何をした / 何を行った: an act asked in the past tense.
    [GeneratedRegex(@"何を\p{IsCJKUnifiedIdeographs}{0,3}(?:変えた|した|やった|行った|おこなった|始めた|見直した)")]
    private static partial Regex DoneAsk();

    // 何％にしたいの？: what the plan wants a figure to become is its target.
    [GeneratedRegex(@"目標|目指|[にを]したい|target|goal", RegexOptions.IgnoreCase)]
    private static partial Regex TargetAsk();

    [GeneratedRegex(@"「[^「」]*」|『[^『』]*』|“[^“”]*”")]
    private static partial Regex Quoted();

    /// <summary>The name used in answers' JSON and logs.</summary>
    public static string Name(Intent intent) => intent switch
    {
        Intent.Lookup => "item_lookup",
        _ => intent.ToString().ToLowerInvariant(),
    };
}
