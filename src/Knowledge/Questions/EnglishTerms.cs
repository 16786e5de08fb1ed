namespace Gyokaku.Knowledge.Questions;

/// <summary>
/// A small bilingual lexicon of reform-plan vocabulary, so English questions can be matched against
/// Japanese documents. Terms the documents use; extend as questions show gaps.
/// </summary>
public static class EnglishTerms
{
    private static readonly (string En, string Ja)[] Lexicon =
    [
        ("open data", "オープンデータ"), ("electric vehicle", "電気自動車"), ("official fleet", "公用車"), ("official vehicle", "公用車"),
        ("website", "ホームページ"), ("homepage", "ホームページ"), ("home page", "ホームページ"), ("page views", "アクセス数"), ("access", "アクセス"),
        ("hometown tax", "ふるさと納税"), ("furusato", "ふるさと納税"), ("return gifts", "返礼品"), ("donation", "寄附"),
        ("my number card", "マイナンバーカード"), ("mynumber", "マイナンバー"), ("training", "研修"), ("fiscal adjustment fund", "財政調整基金"),
        ("fund balance", "基金残高"), ("collection rate", "収納率"), ("national health insurance", "国保"), ("staff", "職員"), ("employees", "職員"),
        ("overtime", "時間外勤務"), ("paperless", "ペーパーレス"), ("online", "オンライン"), ("cashless", "キャッシュレス"),
        ("outsourcing", "民間委託"), ("private sector", "民間"), ("public facilities", "公共施設"), ("subsid", "補助金"), ("municipal bond", "地方債"),
        ("local bond", "地方債"), ("debt", "地方債"), ("women", "女性"), ("participants", "参加者数"), ("mobile mayor", "移動市長室"),
        ("personnel cost", "人件費"), ("designated manager", "指定管理者"), ("consultation", "相談"), ("digital", "デジタル"),
        ("followers", "フォロワー"), ("sns", "sns"), ("partnership agreement", "連携協定"), ("public relations", "広報"), ("effect amount", "効果額"),
        ("total", "合計"), ("second-half", "後期"), ("second half", "後期"), ("first-half", "前期"), ("first half", "上半期"),
        ("manages the progress", "推進体制 進捗 管理"), ("manage the progress", "推進体制 進捗 管理"), ("progress management", "進行管理"),
        ("promotion system", "推進体制"), ("fiscal health", "財政の健全"), ("workstyle", "働き方"), ("work style", "働き方"), ("childcare leave", "育児休業"),
    ];

    public static string Translate(string lowerText)
    {
        var s = lowerText;
        foreach (var (en, ja) in Lexicon)
            if (s.Contains(en, StringComparison.Ordinal)) s = s.Replace(en, " " + ja + " ");
        return s;
    }
}
