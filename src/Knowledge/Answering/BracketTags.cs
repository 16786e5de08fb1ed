using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// 【○○指標】って何？: a question writing a tag with a placeholder asks which tags of that kind the document prints
/// after its texts (【もっとつながるまち小郡アクションプラン指標】): the tags themselves answer, with the items they follow.
/// </summary>
internal static partial class BracketTags
{
    /// <summary>The most distinct tags quoted: more means the placeholder matched a common word, not a tag kind.</summary>
    private const int MaxTags = 3;

    public static Answer? Answer(AnswerContext ctx)
    {
        if (!ctx.PlanExplicit || ctx.Plans.Count != 1) return null;
        var asked = Placeholder().Match(JaText.Nfkc(ctx.Q.Text));
        if (!asked.Success) return null;
        var doc = ctx.Plans[0];
        var tag = new Regex("【([^】\\n]{1,40}" + Regex.Escape(asked.Groups["kind"].Value) + ")】");
        var found = doc.Passages.SelectMany(p => tag.Matches(JaText.Nfkc(p.Text)).Select(m => (Tag: m.Value, Passage: p))).ToList();
        var tags = found.Select(f => f.Tag).Distinct().ToList();
        if (tags.Count == 0 || tags.Count > MaxTags) return null;
        var items = found.Where(f => f.Passage.ItemKey is not null).Select(f => doc.Items.FirstOrDefault(i => i.Key == f.Passage.ItemKey)).OfType<Model.PlanItem>().Distinct().ToList();
        var text = AnswerTemplates.About(doc, null, ctx.Lang) + "\n" + string.Join("\n", tags)
            + (items.Count > 0 ? "\n" + string.Join("\n", items.Select(i => "・" + AnswerTemplates.ItemName(i, ctx.Lang))) : "");
        var citations = found.Select(f => f.Passage.Lines).Distinct().Take(MaxTags).Select(l => new Citation(doc.File, null, doc.Title, l)).ToList();
        return ctx.Make(AnswerStatus.Answered, text, citations, doc, Questions.Intent.Glossary);
    }

    // 【○○指標】, 【〇〇目標】, 【××計画】: marks standing for any name, then the tag's kind.
    [GeneratedRegex(@"【(?:[○〇◯●×✕□＊*…]|xx|XX){1,4}(?<kind>[^】]{1,8})】")]
    private static partial Regex Placeholder();
}
