using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// An item's texts printed as lists (a cell of ○ bullets, ①②③ activities, ・ lines) read entry by entry. Two asks
/// need the entries rather than the sentence that best shares the question's words: "besides X, what else" (the
/// best-matching entry is X itself, which the asker already knows) and "all of them" (one entry is not the answer).
/// </summary>
internal static partial class ItemEntries
{
    /// <summary>One list of the item: its label as printed (R4 実績, 取組内容), kind, year and entries in order.</summary>
    private sealed record EntryList(string Label, FactKind Kind, FiscalYear? Year, IReadOnlyList<string> Entries);

    /// <summary>How a schedule's activities are labelled when listed (the column plans print them under).</summary>
    private const string ActivityLabel = "取組内容";

    /// <summary>The least share of the named entry's words an entry must say to be that entry.</summary>
    private const double NamedShare = 0.3;

    /// <summary>The least share of the named entry's words the list's named entries together must say.</summary>
    private const double MinListCoverage = 0.6;

    /// <summary>
    /// 「テレワークの試行と並んで書かれてる取組は？」「寄附企業の開拓のほかに…」「apart from staff exchanges, what else」: the
    /// list of the item holding the named entry, without it. Null when no list of the item holds it, or nothing else.
    /// </summary>
    public static Answer? Others(AnswerContext ctx, ItemProfile profile, string header, IReadOnlyList<Citation> cite)
    {
        if (ctx.Q.Besides is not { } besides) return null;
        var title = JaText.Normalize(profile.Item.Title);
        var words = Meaningful(ContentWords.Of(besides), title);
        if (words.Count == 0) return null;
        var named = new Weighed(ctx, words);
        // What the question asks beyond the named entry (何の設置準備, 誰と連携): said by the entries that answer it.
        var rest = new Weighed(ctx, Meaningful(ctx.Words.Where(x => !besides.Contains(x, StringComparison.Ordinal)), title));
        var past = ctx.Intent == Intent.Actual || ContentWords.AsksWhatHappened(ctx.Q.Spaced);
        (EntryList List, string Text, double Score)? best = null;
        foreach (var list in Lists(profile, 1).Where(l => InYears(ctx, l)))
        {
            // Each entry's sentences: the named one may be the first sentence of a bullet whose next one is asked
            // (…アドバイザー契約を締結。事業者検討委員会の設置準備。).
            var pieces = list.Entries.SelectMany((e, i) => Sentences(e).Select(s => (Entry: i, Text: s))).ToList();
            if (pieces.Count < 2) continue;
            var said = pieces.Select(p => named.Said(p.Text)).ToList();
            var most = said.Max();
            var isNamed = said.Select(x => x >= named.Total * NamedShare && x >= most * 0.5).ToList();
            // Together the named entries say most of what the question named: the list holds it.
            var covered = named.Said(string.Join("\n", pieces.Where((_, j) => isNamed[j]).Select(p => p.Text)));
            if (covered < named.Total * MinListCoverage) continue;
            var others = pieces.Where((_, j) => !isNamed[j]).ToList();
            if (others.Count == 0) continue;
            // (A sentence is read with its bullet: 設置準備 of 新給食センター整備 is said by the bullet that names the centre.)
            if (rest.Total > 0 && others.Where(p => rest.Said(list.Entries[p.Entry]) >= rest.Total * 0.5 && rest.Said(p.Text) > 0).ToList() is { Count: > 0 } asked)
                others = asked;
            var text = string.Join("\n", others.GroupBy(p => p.Entry).Select(g => string.Join("", g.Select(p => p.Text))));
            var score = covered / named.Total + (list.Year is { } y && ctx.Q.Years.Contains(y) ? 0.2 : 0)
                + (past && list.Kind == FactKind.Result || !past && ctx.Intent == Intent.Plan && list.Kind == FactKind.Plan ? 0.1 : 0);
            if (best is null || score > best.Value.Score) best = (list, text, score);
        }
        if (best is not { } found) return null;
        return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact(found.List.Label, found.Text, ctx.Lang), cite, profile.Document);
    }

    /// <summary>An entry's sentences; a remark or mark after a sentence ((※), （イベントなど…）) stays with it.</summary>
    private static List<string> Sentences(string entry)
    {
        var list = new List<string>();
        foreach (var s in Statements.Sentences(entry))
            if (list.Count > 0 && (s[0] is '（' or '(' or '）' or ')' || !s.Any(ch => JaText.IsJapanese(ch) || char.IsLetterOrDigit(ch)))) list[^1] += s;
            else list.Add(s);
        return list;
    }

    /// <summary>Words that say which entry: not a time, not the kind of text (実績), and not the item's title unless nothing else is left.</summary>
    private static List<string> Meaningful(IEnumerable<string> words, string title)
    {
        var list = words.Where(x => !ContentWords.IsTimeWord(x) && !KindWord().IsMatch(x)).Distinct().ToList();
        return list.Where(x => !title.Contains(x, StringComparison.Ordinal)).ToList() is { Count: > 0 } beyond ? beyond : list;
    }

    /// <summary>Words with their weights: how much of them a text says.</summary>
    private sealed class Weighed(AnswerContext ctx, IReadOnlyList<string> words)
    {
        private readonly IReadOnlyList<double> _weights = words.Select(x => SentenceFinder.WordWeight(ctx.Kb.Weights, x)).ToList();
        public double Total => _weights.Sum();

        public double Said(string text)
        {
            var norm = JaText.Normalize(text);
            return words.Select((x, i) => ContentWords.Matches(norm, x) ? _weights[i] : 0).Sum();
        }
    }

    /// <summary>
    /// 「R6年度計画に挙がってる取組を全部」「取組内容①～③を教えて」: every entry of the one list the question points to (the
    /// asked year's plan or result, else the item's activities), in full. Null when no single list is meant.
    /// </summary>
    public static Answer? Every(AnswerContext ctx, ItemProfile profile, string header, IReadOnlyList<Citation> cite)
    {
        var q = ctx.Q;
        var activities = Lists(profile).FirstOrDefault(l => l.Label == ActivityLabel);
        var namesActivities = activities is not null && (q.Normalized.Contains(ActivityLabel, StringComparison.Ordinal) || Range().IsMatch(q.Normalized));
        if (!q.Whole && !namesActivities) return null;
        // 推進項目3②の取組内容: one activity is named, not all of them.
        if (q.Item?.Marker is not null && !Range().IsMatch(q.Normalized)) return null;
        if (ctx.Intent is not (Intent.Plan or Intent.Actual or Intent.Search or Intent.Lookup or Intent.List)) return null;
        EntryList? chosen;
        if (q.Years.Count == 0)
            chosen = namesActivities || activities is not null && Activity().IsMatch(q.Normalized) ? activities : null;
        else
        {
            if (q.Years.Count > 1) return null;
            var kind = AskedKind(ctx);
            var ofYear = Lists(profile).Where(l => l.Year is { } y && q.Years.Contains(y) && (kind is null || l.Kind == kind)).ToList();
            chosen = ofYear.Count == 1 ? ofYear[0] : null;
        }
        if (chosen is null || chosen.Entries.Count < 2) return null;
        return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact(chosen.Label, string.Join("\n", chosen.Entries), ctx.Lang), cite, profile.Document);
    }

    /// <summary>The kind of list the words ask for: a year's plan or its results; null when they do not say.</summary>
    private static FactKind? AskedKind(AnswerContext ctx) => ctx.Intent switch
    {
        Intent.Plan => FactKind.Plan,
        Intent.Actual => FactKind.Result,
        _ when PlanWord().IsMatch(ctx.Q.Spaced) => FactKind.Plan,
        _ when ResultWord().IsMatch(ctx.Q.Spaced) => FactKind.Result,
        _ => null,
    };

    private static bool InYears(AnswerContext ctx, EntryList list) =>
        ctx.Q.Years.Count == 0 || list.Year is null || ctx.Q.Years.Contains(list.Year.Value);

    /// <summary>The item's texts that are lists of two entries or more, and its schedule's activities.</summary>
    private static IEnumerable<EntryList> Lists(ItemProfile profile, int least = 2)
    {
        foreach (var f in profile.Facts.Where(f => f.Kind is FactKind.Section or FactKind.Plan or FactKind.Result or FactKind.Note or FactKind.Field))
        {
            var entries = Split(f.Text);
            if (entries.Count >= least) yield return new EntryList(f.Label, f.Kind, f.Year, entries);
        }
        var activities = profile.Item.Years.Select(y => y.Activity).OfType<string>().Where(a => a.Trim().Length > 1).Distinct().ToList();
        if (activities.Count >= 2) yield return new EntryList(ActivityLabel, FactKind.Plan, null, activities);
    }

    /// <summary>
    /// A text's entries: each starts at a bullet or circled number (at a line's start, after a space or 、); a line
    /// without one goes on with the entry before it (a wrapped line, a remark in brackets). A text that is not
    /// printed as a list is one entry.
    /// </summary>
    internal static IReadOnlyList<string> Split(string text)
    {
        var entries = new List<string>();
        foreach (var piece in EntryStart().Split(JaText.Clean(text).Replace("\r", "")))
        {
            var entry = piece.Trim().TrimEnd('、');
            if (entry.Length == 0) continue;
            if (entries.Count > 0 && !Marker().IsMatch(entry)) entries[^1] += " " + entry;
            else entries.Add(entry);
        }
        return entries;
    }

    // Where an entry starts: ○ ● ◆ ■ □ ◎ ①–⑳ after a line break, a space or 、; ・ only at a line's start or after a
    // space (点検・評価 joins two words).
    [GeneratedRegex(@"(?:(?<=^|\n|\s|、)(?=[○●◆■□◎①-⑳]))|(?:(?<=^|\n|\s)(?=・))")]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"^[○●◆■□◎①-⑳・]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"[①-⑳]\s*[~～〜\-ー－]\s*[①-⑳]")]
    private static partial Regex Range();

    [GeneratedRegex(@"取組|取り組み|activities|initiatives|measures")]
    private static partial Regex Activity();

    [GeneratedRegex(@"計画|予定|\bplan")]
    private static partial Regex PlanWord();

    [GeneratedRegex(@"実績|結果|\bresults?\b|\bdid\b|\bdone\b")]
    private static partial Regex ResultWord();

    /// <summary>Words that say which kind of text (実績, 計画) rather than which entry.</summary>
    [GeneratedRegex(@"^(?:実績|計画|予定|目標|取組|取り組み|年度|内容)$")]
    private static partial Regex KindWord();
}
