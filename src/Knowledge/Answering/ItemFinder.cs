using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>The outcome of looking for the item a question is about.</summary>
internal abstract record ItemSearch
{
    public sealed record Found(ItemProfile Item) : ItemSearch;
    public sealed record Ambiguous(IReadOnlyList<ItemProfile> Candidates) : ItemSearch;
    public sealed record Missing(PlanDocument Plan, string Reference) : ItemSearch;
    public sealed record None : ItemSearch;
}

/// <summary>Finds the item a question means: by its number in the named plan, else by its topic.</summary>
internal static class ItemFinder
{
    /// <summary>Below this topic score no item is taken to be meant.</summary>
    public const double TopicThreshold = 0.55;

    /// <summary>The least summed term weight a question must share with an item to name it by topic.</summary>
    public const double MinTopicWeight = 4.0;

    public static ItemSearch Find(AnswerContext ctx)
    {
        if (ctx.ContextItem is not null && ctx.Q.Item is null)
        {
            var profile = ctx.Kb.Items.FirstOrDefault(p => p.Item == ctx.ContextItem);
            if (profile is not null) return new ItemSearch.Found(profile);
        }
        if (ctx.Q.Item is { } reference) return ByReference(ctx, reference);
        var items = ctx.Plans.SelectMany(ctx.Kb.ItemsOf).ToList();
        // A department named in a question about something else (デジタル推進課の予算) narrows the items to its own.
        if (ctx.Q.Department is { } department && ctx.Intent is not (Intent.Department or Intent.List))
        {
            var dept = JaText.Normalize(department);
            items = items.Where(p => p.Item.Departments.Any(d => DepartmentCatalog.Matches(d, dept))).ToList();
        }
        return ByTopic(ctx, items);
    }

    private static ItemSearch ByReference(AnswerContext ctx, ItemReference reference)
    {
        var matches = new List<ItemProfile>();
        foreach (var plan in ctx.Plans)
        {
            var items = ctx.Kb.ItemsOf(plan).ToList();
            var hit = items.Where(p => Matches(p.Item, reference)).ToList();
            // 推進項目3②: ② is an activity of item 3, not an item of its own.
            if (hit.Count == 0 && reference.Number is not null && (reference.Marker is not null || reference.Letter is not null))
                hit = items.Where(p => Matches(p.Item, reference with { Marker = null, Letter = null })).ToList();
            // 1-1-③ names 1-1-③ itself before the parts printed under it.
            if (hit.Count > 1 && reference.Number is { } n && hit.Any(p => JaText.Nfkc(p.Item.Number ?? p.Item.Key) == n))
                hit = hit.Where(p => JaText.Nfkc(p.Item.Number ?? p.Item.Key) == n).ToList();
            if (hit.Count > 1) hit = Rank(ctx, hit).Select(r => r.Item).ToList();
            if (hit.Count > 0) matches.Add(hit[0]);
            else if (ctx.PlanExplicit && items.Count > 0 && ctx.Plans.Count == 1)
                return new ItemSearch.Missing(plan, reference.ToString());
        }
        // 推進項目30 is Yamaguchi's way of numbering: the label tells the plans apart.
        if (matches.Count > 1 && reference.Label is { } label && matches.Any(p => p.Item.Label == label))
            matches = matches.Where(p => p.Item.Label == label).ToList();
        return matches.Count switch
        {
            0 => new ItemSearch.None(),
            1 => new ItemSearch.Found(matches[0]),
            _ => new ItemSearch.Ambiguous(matches),
        };
    }

    private static bool Matches(PlanItem item, ItemReference r)
    {
        var number = JaText.Nfkc(item.Number ?? item.Key);
        var printed = JaText.Nfkc(item.PrintedNumber ?? "");
        // A compound reference (1-1-③) also names the parts printed under it (1-1-③-a).
        if (r.Number is not null && number != r.Number && !(r.Number.Contains('-') && number.StartsWith(r.Number + "-", StringComparison.Ordinal))) return false;
        if (r.Marker is not null && !number.Contains(r.Marker) && !printed.Contains(r.Marker)) return false;
        if (r.Letter is not null && !(number.EndsWith(r.Letter, StringComparison.OrdinalIgnoreCase) || printed.Contains(r.Letter + ")") || printed.Contains(r.Letter + "）")))
            return false;
        return true;
    }

    public static ItemSearch ByTopic(AnswerContext ctx, IReadOnlyList<ItemProfile> items)
    {
        if (ctx.Content.Count == 0 && ctx.Q.Quoted.Count == 0) return new ItemSearch.None();
        var ranked = Rank(ctx, items);
        if (ranked.Count == 0 || ranked[0].Score < TopicThreshold) return new ItemSearch.None();
        var best = ranked[0];
        // One generic word (計画, 推進) fits every item: a topic needs some specific words to name one.
        if (ctx.Kb.Weights.Overlap(ctx.Content, best.Item.Title + best.Item.Body) < MinTopicWeight) return new ItemSearch.None();
        if (!ctx.PlanExplicit)
        {
            var rival = ranked.Skip(1).FirstOrDefault(r => r.Item.Document != best.Item.Document);
            if (rival is not null && rival.Score >= best.Score * 0.92)
            {
                // Offer every plan with a close match, its best item each.
                var candidates = ranked.Where(r => r.Score >= best.Score * 0.75).GroupBy(r => r.Item.Document)
                    .Select(g => g.First().Item).Take(5).ToList();
                return new ItemSearch.Ambiguous(candidates);
            }
        }
        return new ItemSearch.Found(best.Item);
    }

    public sealed record Ranked(ItemProfile Item, double Score);

    public static IReadOnlyList<Ranked> Rank(AnswerContext ctx, IEnumerable<ItemProfile> items)
    {
        var w = ctx.Kb.Weights;
        var kinds = ctx.Intent is Intent.Target or Intent.Actual or Intent.Plan or Intent.Evaluation or Intent.Baseline
            ? ItemAnswerer.KindsFor(ctx.Intent) : [];
        var asked = JaText.Normalize(ctx.Q.Content + string.Concat(ctx.Q.Quoted));
        return items.Select(p =>
            {
                var score = 1.5 * w.Coverage(ctx.Content, p.Title) + w.Coverage(ctx.Content, p.Body);
                // Between titles that both hold the question's words, the one the question says most of
                // (ふるさと納税の推進 over 企業版ふるさと納税の活用 for 「ふるさと納税の目標」).
                score += 0.3 * w.Coverage(JaText.Bigrams(p.Title).Distinct().ToList(), asked);
                // Between items that both mention the words, the one whose targets (results …) mention them wins.
                if (kinds.Length > 0) score += 0.5 * w.Coverage(ctx.Content, JaText.Normalize(string.Join("\n",
                    p.Facts.Where(f => kinds.Contains(f.Kind) && (f.Kind != FactKind.Section || f.Label.Contains("目標"))).Select(f => f.Indicator + f.Label + f.Text))));
                foreach (var q in ctx.Q.Quoted)
                {
                    // The item named exactly beats one whose longer title merely contains the name.
                    if (p.Title == q) score += 1.5;
                    else if (p.Title.Contains(q, StringComparison.Ordinal)) score += 1.0;
                    else if (p.Body.Contains(q, StringComparison.Ordinal)) score += 0.4;
                }
                return new Ranked(p, score);
            })
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score)
            .ToList();
    }
}
