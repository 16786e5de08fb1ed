using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Questions;

/// <summary>
/// The names inside the plans — item titles and the hierarchy's titles and level names — as a question
/// may use them: to tell a name from the ask, and a question about a level from one about an item.
/// </summary>
public sealed partial class TitleCatalog
{
    private readonly List<string> _titles;
    private readonly List<string> _levels;
    private readonly Dictionary<PlanDocument, List<string>> _levelsOf = [];

    public TitleCatalog(IReadOnlyList<PlanDocument> documents)
    {
        _documents = documents;
        // Longest first, so a title is masked whole before a shorter one inside it.
        // An earlier plan's item names (the first-half 取組 a mapping table lists) name what a question is about too.
        _titles = documents.SelectMany(d => d.Items.Select(i => i.Title).Concat(d.Items.SelectMany(i => i.Path.Select(p => p.Title)))
                .Concat(d.Mappings.Select(m => m.FromTitle)))
            .Select(t => JaText.Nfkc(t).ToLowerInvariant().Trim())
            .Where(t => t.Length >= 4)
            .Distinct()
            .OrderByDescending(t => t.Length)
            .ToList();
        // A level that is also what items are called (岡山市's 取組項目 above its 具体的取組) asks for items, not structure.
        var itemLabels = documents.SelectMany(d => d.Items.Select(i => JaText.Nfkc(i.Label).ToLowerInvariant())).ToHashSet();
        _levels = documents.SelectMany(d => d.Items.SelectMany(i => i.Path.Select(p => JaText.Nfkc(p.Level).ToLowerInvariant())))
            .Where(l => l.Length >= 2 && !itemLabels.Contains(l)).Distinct().ToList();
        // …but only in the plan that calls its items so: 延岡市's 推進項目Ⅰ heads its 取組 while 山口市's 推進項目 are items.
        foreach (var d in documents)
        {
            var own = d.Items.Select(i => JaText.Nfkc(i.Label).ToLowerInvariant()).ToHashSet();
            _levelsOf[d] = d.Items.SelectMany(i => i.Path.Select(p => JaText.Nfkc(p.Level).ToLowerInvariant()))
                .Where(l => l.Length >= 2 && !own.Contains(l)).Distinct().ToList();
        }
        var itemTitles = documents.SelectMany(d => d.Items.Select(i => JaText.Nfkc(i.Title).ToLowerInvariant().Trim())).ToHashSet();
        _groups = documents.SelectMany(d => d.Items.SelectMany(i => i.Path))
            .Where(p => !itemLabels.Contains(JaText.Nfkc(p.Level).ToLowerInvariant()))
            .Select(p => JaText.Nfkc(p.Title).ToLowerInvariant().Trim())
            .Where(t => t.Length >= 4 && !itemTitles.Contains(t)).Distinct().OrderByDescending(t => t.Length).ToList();
        foreach (var d in documents)
            foreach (var p in d.Items.SelectMany(i => i.Path))
            {
                var t = JaText.Nfkc(p.Title).ToLowerInvariant().Trim();
                if (!_groups.Contains(t)) continue;
                if (!_groupOwners.TryGetValue(t, out var set)) _groupOwners[t] = set = [];
                set.Add(d);
            }
        // Labelled facts that sort items into groups (見直し区分, 大分類): a label most items share.
        _labels = [.. documents.SelectMany(d => d.Items.SelectMany(i => i.Fields.Select(f => f.Label)).GroupBy(l => l)
                .Where(g => g.Count() * 2 >= d.Items.Count).Select(g => JaText.Nfkc(g.Key).ToLowerInvariant()))
            .Where(l => l.Length >= 2).Distinct()];
    }

    private readonly IReadOnlyList<PlanDocument> _documents;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TitleCatalog> _within = new();

    /// <summary>
    /// The names of the plans a question is about only: another document's item called 歳入の確保 or its level
    /// called 区分 says nothing of how a question about this plan is read.
    /// </summary>
    public TitleCatalog Within(IReadOnlyCollection<PlanDocument> plans) =>
        plans.Count == 0 || plans.Count >= _documents.Count ? this
            : _within.GetOrAdd(string.Join("\n", plans.Select(p => p.File).Order(StringComparer.Ordinal)), _ => new TitleCatalog(plans.ToList()));

    private readonly List<string> _groups;
    private readonly List<string> _labels;
    private readonly Dictionary<string, HashSet<PlanDocument>> _groupOwners = [];

    /// <summary>
    /// The one document whose hierarchy holds a group the question names by its title (組織・人材マネジメント改革),
    /// when the question names no plan: the group's name tells which plan is meant. Null when none or several.
    /// </summary>
    /// <param name="work">The question in NFKC lower case with plan names, years and item references masked.</param>
    public (PlanDocument Document, string Title)? OwnerOfNamedGroup(string work)
    {
        var named = _groupOwners.Where(g => work.Contains(g.Key, StringComparison.Ordinal)).ToList();
        var owners = named.SelectMany(g => g.Value).Distinct().ToList();
        return owners.Count == 1 ? (owners[0], named.MaxBy(g => g.Key.Length).Key) : null;
    }

    /// <summary>
    /// True when the question names a grouping of items by its title (戦略区分「官民共創の推進」, 協働推進体制の充実)
    /// and asks for items after it (にはどんな取組がある, の項目は): a list of what the group holds.
    /// </summary>
    /// <param name="work">The question in NFKC lower case with plan names, years and item references masked.</param>
    public bool AsksForGroup(string work)
    {
        foreach (var title in _groups)
        {
            var i = work.IndexOf(title, StringComparison.Ordinal);
            if (i < 0) continue;
            var rest = work[(i + title.Length)..];
            // 組織・人材マネジメント改革の戦略区分って何がある？ asks for the level below the group, not its items.
            if (!ItemsAsked().IsMatch(rest) && _levels.Any(l => rest.Contains(l, StringComparison.Ordinal))) continue;
            if (GroupItemsAsked().IsMatch(rest) && !AsksForLevel(work[i..])) return true;
        }
        // A label's own name (見直し区分が新規の取組は) groups items only when items are asked for: 大分類って何がある？
        // asks what groups there are, which is the plan's structure.
        foreach (var label in _labels)
        {
            var i = work.IndexOf(label, StringComparison.Ordinal);
            if (i >= 0 && ItemsAsked().IsMatch(work[(i + label.Length)..])) return true;
        }
        return false;
    }

    [GeneratedRegex(@"どんな取組|どの取組|どういう取組|どんな項目|何がある|なにがある|取組は|項目は|取組み|一覧|リスト|which items|what items|what initiatives")]
    private static partial Regex GroupItemsAsked();

    /// <summary>
    /// The question with every item or hierarchy title it contains replaced by 「」: a title names what the
    /// question is about, so its words (財政運営健全化計画, 協働推進体制の充実) must not be read as the ask.
    /// </summary>
    /// <param name="work">The question in NFKC lower case, as the parser works on it.</param>
    public string MaskTitles(string work)
    {
        foreach (var title in _titles)
            if (work.Contains(title, StringComparison.Ordinal)) work = work.Replace(title, "「」", StringComparison.Ordinal);
        return work;
    }

    /// <summary>
    /// True when the question asks what a level of the hierarchy holds (施策って何がある, 基本方針2の戦略区分は？):
    /// a level the documents use, named without a number or a name after it, and no items asked for after it.
    /// </summary>
    /// <param name="work">The question in NFKC lower case with plan names, years and item references masked.</param>
    /// <param name="named">The plans the question names: their own levels count too.</param>
    public bool AsksForLevel(string work, IReadOnlyCollection<PlanDocument>? named = null)
    {
        var levels = named is { Count: > 0 } ? _levels.Concat(named.SelectMany(d => _levelsOf.GetValueOrDefault(d) ?? [])).Distinct() : _levels;
        foreach (var level in levels)
            for (var i = work.IndexOf(level, StringComparison.Ordinal); i >= 0; i = work.IndexOf(level, i + 1, StringComparison.Ordinal))
            {
                var rest = work[(i + level.Length)..];
                if (i >= 2 && work[(i - 2)..i] == "どの") continue;
                // 区分 inside 見直し区分 is that label's, not the level 区分 (another plan's 戦略区分 likewise).
                if (InsideLonger(work, i, level)) continue;
                if (LevelReference().IsMatch(rest)) continue;
                if (!ItemsAsked().IsMatch(rest)) return true;
            }
        return false;
    }

    /// <summary>True when the level's name at <paramref name="at"/> is part of a longer label or level the plans use.</summary>
    private bool InsideLonger(string work, int at, string level)
    {
        foreach (var longer in _labels.Concat(_levels))
        {
            if (longer.Length <= level.Length) continue;
            for (var j = longer.IndexOf(level, StringComparison.Ordinal); j >= 0; j = longer.IndexOf(level, j + 1, StringComparison.Ordinal))
                if (at - j >= 0 && string.CompareOrdinal(work, at - j, longer, 0, longer.Length) == 0 && at - j + longer.Length <= work.Length) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\s*(?:[0-9０-９ivxⅰ-ⅻⅠ-Ⅻ(（<＜「『]|第)")]
    private static partial Regex LevelReference();

    // Not 一覧 / リスト alone: 施策を一覧で asks for the level's parts; 施策の取組を一覧で asks for items.
    [GeneratedRegex(@"項目|取組|items|initiatives")]
    private static partial Regex ItemsAsked();
}
