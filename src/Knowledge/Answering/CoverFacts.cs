using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// What a document's title page says of the document itself: when it was made or revised (平成30年3月 / 令和4年3月一部改訂),
/// its handout number (資料３) and which generation of its series it is (第三次…大綱). Published plans print these on
/// the cover (and sometimes the back page), never in running text, so no sentence search finds them.
/// A question that names anything but the document (another plan of the series, a committee, an item) is not
/// answered here: a cover date is the document's date, not theirs.
/// </summary>
internal static partial class CoverFacts
{
    /// <summary>The most lines a title page has before its contents or first chapter.</summary>
    private const int MaxCoverLines = 14;

    /// <summary>How many lines at the end of a file can be a back page's colophon (令和６年３月策定 / 発行 …).</summary>
    private const int BackLines = 6;

    public static Answer? Answer(AnswerContext ctx)
    {
        if (!ctx.PlanExplicit || ctx.Plans.Count != 1 || ctx.Q.Item is not null || ctx.Q.Paths.Count > 0) return null;
        var doc = ctx.Plans[0];
        var q = ctx.Q.Spaced;
        Func<string, bool>? wanted =
            AsksNumber().IsMatch(q) ? l => HandoutNumber().IsMatch(l)
            : AsksOrdinal().IsMatch(q) ? l => Ordinal().IsMatch(l)
            : AsksDate().IsMatch(q) && !NamesOtherPlan(ctx, doc) ? l => DateLine().IsMatch(l)
            : null;
        if (wanted is null || !AboutTheDocument(ctx, doc)) return null;
        var lines = Cover(doc).Where(l => wanted(JaText.Nfkc(l.Text).Trim())).ToList();
        if (lines.Count == 0) return null;
        var label = AnswerTemplates.CoverLabel(ctx.Lang);
        var text = AnswerTemplates.About(doc, null, ctx.Lang) + "\n" + string.Join("\n", lines.Select(l => AnswerTemplates.Fact(label, JaText.Clean(l.Text), ctx.Lang)));
        return ctx.Make(AnswerStatus.Answered, text, [.. lines.Select(l => new Citation(doc.File, null, doc.Title, LineRange.At(l.Number)))], doc, Questions.Intent.Structure);
    }

    private sealed record CoverLine(string Text, int Number);

    /// <summary>The title page's lines (up to 目次, the first sentence, table row or page number) and the back page's date lines.</summary>
    private static IEnumerable<CoverLine> Cover(PlanDocument doc)
    {
        var all = doc.Passages.SelectMany(p => p.Text.Split('\n').Select((t, i) => new CoverLine(t.Trim(), p.Lines.Start + i))).Where(l => l.Text.Length > 0).ToList();
        foreach (var line in all.Take(MaxCoverLines))
        {
            var n = JaText.Nfkc(line.Text).Trim().TrimStart('#').Trim();
            if (EndsCover(n)) break;
            yield return line with { Text = n };
        }
        // (Only dated lines are read from the back page: its other lines are a chapter's last words.)
        foreach (var line in all.Skip(Math.Max(MaxCoverLines, all.Count - BackLines)))
        {
            var n = JaText.Nfkc(line.Text).Trim();
            if (DateLine().IsMatch(n)) yield return line with { Text = n };
        }
    }

    private static bool EndsCover(string line) =>
        line.Replace(" ", "").Replace("　", "") is "目次" or "もくじ" or "---"
        || line.EndsWith('。') || line.Contains('|') || line.Contains('\t') || line.Length > 40
        || PageNumber().IsMatch(line) || Chapter().IsMatch(line);

    /// <summary>
    /// Whether every word the question says about its subject is the document's own (its title, names, municipality)
    /// or a word for a document (冊子, 表紙): 「緊急財政対策計画はいつ策定？」 asks about a plan the document only mentions.
    /// </summary>
    private static bool AboutTheDocument(AnswerContext ctx, PlanDocument doc)
    {
        var own = JaText.Normalize(string.Join(" ", [doc.Title, doc.Municipality ?? "", .. doc.Aliases, .. Cover(doc).Select(l => l.Text)]));
        return ctx.Words.All(w => DocumentWord().IsMatch(w) || own.Contains(w, StringComparison.Ordinal) || w.All(c => c < 128));
    }

    /// <summary>第2次…計画 asked of a plan whose cover has no 第2次: the question is about another plan of the series.</summary>
    private static bool NamesOtherPlan(AnswerContext ctx, PlanDocument doc)
    {
        var asked = Ordinal().Matches(ctx.Q.Normalized).Select(m => m.Value).ToList();
        var own = JaText.Normalize(doc.Title + string.Concat(doc.Aliases));
        return asked.Any(o => !own.Contains(o, StringComparison.Ordinal));
    }

    // 何年何月付け, いつ策定／改訂された, 策定日, when was it adopted / revised.
    [GeneratedRegex(@"何年何月|(?:いつ|何時)(?:に|ごろ|頃)?(?:策定|改訂|改定|作成|発行|作ら|出さ|でき)|(?:策定|改訂|改定|作成|発行)(?:日|年月|時期|の日付)|(?:策定|改訂|改定|作成|発行)[^?？、。]{0,6}いつ|付け|日付|\bwhen was\b.*\b(?:adopted|revised|issued|published|dated|drawn up|prepared|formulated|made|compiled)\b|\bdate\b.*\bcover\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksDate();

    // 資料何番, 資料番号, 何番の資料.
    [GeneratedRegex(@"資料\s*(?:は|って)?\s*(?:何|なん)\s*番|資料番号|資料no|何番の資料|handout number|document number", RegexOptions.IgnoreCase)]
    private static partial Regex AsksNumber();

    // 第何次, 何次の, which generation.
    [GeneratedRegex(@"第\s*何\s*[次期]|何次|\bwhich (?:generation|round|edition)\b|\bwhat (?:generation|round|edition)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksOrdinal();

    // 令和4年3月一部改訂, 平成30年3月, 令和6年2月 (a line that is a date and at most what happened on it).
    [GeneratedRegex(@"^(?:令和|平成|昭和)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:(?:一部)?(?:策定|改訂|改定|改正|発行|作成|見直し)|版)?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^資料\s*(?:no\.?|№)?\s*\d+(?:[-－‐]\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HandoutNumber();

    [GeneratedRegex(@"第\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[次期]")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^[-－―ー\s]*\d{1,3}[-－―ー\s]*$")]
    private static partial Regex PageNumber();

    // １ 報告の趣旨, 第１章, (1) …: the first chapter.
    [GeneratedRegex(@"^(?:第\s*\d+\s*章|\d{1,2}(?:\s+|[.．、]\s*)\S|[(（]\d+[)）])")]
    private static partial Regex Chapter();

    // Words for the document itself and for what is asked of its cover.
    [GeneratedRegex(@"^(?:冊子|表紙|裏表紙|資料|資料番号|番号|ある|書く|書い|記載|載る|文書|書類|計画|計画書|報告書|本書|本計画|大綱|プラン|方針|一部|策定|改訂|改定|作成|発行|付け|日付|年月|番|次|何次|第|版|市|町|村|これ|この|もの|いつ|とき|時|れる|られる|する|さ|さ れる)$")]
    private static partial Regex DocumentWord();
}
