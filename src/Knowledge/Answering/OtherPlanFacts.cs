using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// A question about another plan of the same series than the document (第一次 of a 第二次 plan, 第４次 in a 第３次
/// report): the document's own period and 基本理念 are not that plan's. Only lines the document prints about the
/// named plan answer — the line that names it and the few after it (第一次…計画(H23～H29年度) / 基本理念『…』);
/// what they do not say is not found.
/// </summary>
internal static partial class OtherPlanFacts
{
    // What a plan as a whole is asked about; the longer label first, so 基本理念 is not also read as 理念.
    private static readonly string[] Labels = ["基本理念", "基本方針", "基本目標", "推進体制", "計画期間", "期間", "理念", "目標"];

    /// <summary>The ordinal of the plan the question names (第4次 → 4), when the document is another one of its series.</summary>
    public static int? AskedOrdinal(string normalizedQuestion, PlanDocument doc)
    {
        var asked = Ordinal(normalizedQuestion);
        var own = Ordinal(JaText.Normalize(doc.Title)) ?? doc.Aliases.Select(a => Ordinal(JaText.Normalize(a))).FirstOrDefault(o => o is not null);
        return asked is not null && own is not null && asked != own ? asked : null;
    }

    /// <summary>What the document says of the named plan for each asked label, or null when the question asks none of them.</summary>
    public static Answer? Answer(AnswerContext ctx, PlanDocument doc, int ordinal)
    {
        var q = ctx.Q.Normalized;
        var asked = new List<string>();
        foreach (var label in Labels)
            if (Asks(q, label) && !asked.Any(a => a.Contains(label, StringComparison.Ordinal) || label.Contains(a, StringComparison.Ordinal)))
                asked.Add(label);
        if (asked.Count == 0) return null;

        var blocks = Blocks(doc, ordinal).ToList();
        var header = AnswerTemplates.About(doc, null, ctx.Lang);
        var found = new List<(string Text, LineRange Lines, int Order)>();
        var missing = new List<string>();
        foreach (var label in asked)
        {
            var line = blocks.SelectMany(b => b).Select((l, order) => (l.Text, l.Lines, Order: order)).FirstOrDefault(l => label.EndsWith("期間", StringComparison.Ordinal)
                ? YearRange().IsMatch(JaText.Normalize(l.Text))
                : JaText.Normalize(l.Text).Contains(label, StringComparison.Ordinal));
            if (line.Text is null) missing.Add(label);
            else if (!found.Any(f => f.Text == line.Text)) found.Add(line);
        }
        var name = $"第{ordinal}次";
        var notStated = string.Join("\n", missing.Select(m => AnswerTemplates.OtherPlanNotStated(name, m, ctx.Lang)));
        if (found.Count == 0)
            return ctx.NotFound(header + "\n" + notStated, doc);
        var text = header + "\n" + string.Join("\n", found.OrderBy(f => f.Order).Select(f => f.Text)) + (missing.Count > 0 ? "\n" + notStated : "");
        return ctx.Make(AnswerStatus.Answered, text, [.. found.Select(f => f.Lines).Distinct().Select(l => new Citation(doc.File, null, doc.Title, l))], doc);
    }

    /// <summary>
    /// Whether the question asks for the label itself: 第３次大綱の期間中の財政効果 asks what happened in the
    /// period (期間中, 期間内), not what the period was.
    /// </summary>
    private static bool Asks(string normalizedQuestion, string label)
    {
        for (var i = normalizedQuestion.IndexOf(label, StringComparison.Ordinal); i >= 0; i = normalizedQuestion.IndexOf(label, i + 1, StringComparison.Ordinal))
        {
            var after = normalizedQuestion[(i + label.Length)..];
            if (!(label.EndsWith("期間", StringComparison.Ordinal) && (after.StartsWith('中') || after.StartsWith('内')))) return true;
        }
        return false;
    }

    /// <summary>
    /// Each line naming the plan with the lines after it, up to a line naming another plan of the series; each line
    /// with the passage it is in (passages drop blank lines, so the passage is what can be cited).
    /// </summary>
    private static IEnumerable<List<(string Text, LineRange Lines)>> Blocks(PlanDocument doc, int ordinal)
    {
        var lines = doc.Passages
            .SelectMany(p => p.Text.Split('\n').Select(l => (Text: JaText.Clean(l), p.Lines)))
            .Where(l => l.Text.Length > 0)
            .ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Ordinals(JaText.Normalize(lines[i].Text)).Contains(ordinal)) continue;
            var block = new List<(string, LineRange)> { lines[i] };
            for (var j = i + 1; j < lines.Count && j <= i + 6 && !Ordinals(JaText.Normalize(lines[j].Text)).Any(o => o != ordinal); j++)
                block.Add(lines[j]);
            yield return block;
        }
    }

    private static int? Ordinal(string normalized) => Ordinals(normalized).Cast<int?>().FirstOrDefault();

    private static IEnumerable<int> Ordinals(string normalized) =>
        OrdinalWord().Matches(normalized).Select(m => Number(m.Groups["n"].Value)).Where(n => n > 0);

    // 第4次 or 第四次 / 第十一次.
    private static int Number(string text)
    {
        if (int.TryParse(text, out var n)) return n;
        const string digits = "〇一二三四五六七八九";
        var value = 0;
        var current = 0;
        foreach (var c in text)
        {
            if (c == '十') { value += (current == 0 ? 1 : current) * 10; current = 0; }
            else current = digits.IndexOf(c);
        }
        return value + current;
    }

    [GeneratedRegex(@"第(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})次")]
    private static partial Regex OrdinalWord();

    // H23～H29年度, 令和３年度～令和７年度, 2018-2022: a span of years, which a period is.
    [GeneratedRegex(@"(?:平成|令和|昭和|[hrs])?[0-9]{1,4}(?:年度?)?[～\-－ー](?:平成|令和|昭和|[hrs])?[0-9]{1,4}")]
    private static partial Regex YearRange();
}
