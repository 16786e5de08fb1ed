using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Ogori;

/// <summary>
/// The plan-wide text before the item tables: the cover (title, period, municipality) and one labelled
/// section per heading (これまでの経過, 計画の目的, 計画期間, 推進体制, each 実施方針 …), labelled with the
/// document's own heading. Text before the first chapter is the cover; the table of contents there is skipped.
/// </summary>
public sealed class OgoriFrontMatter
{
    public List<(int Line, string Text)> Cover { get; } = [];
    public List<TextSection> Sections { get; } = [];

    public static OgoriFrontMatter Read(SourceText text, int endLine, IReadOnlyDictionary<int, MarkdownTable> tablesByStart)
    {
        var front = new OgoriFrontMatter();
        string? label = null;
        var body = new List<string>();
        int start = 0, end = 0;
        var seenChapter = false;

        void Flush()
        {
            if (label is not null && body.Count > 0)
                front.Sections.Add(new TextSection(label, string.Join("\n", body), new LineRange(start, end)));
            body.Clear();
        }

        void Add(string line, int n)
        {
            if (body.Count == 0) start = n;
            body.Add(line);
            end = n;
        }

        for (var n = 1; n < endLine && n <= text.Lines.Count; n++)
        {
            if (tablesByStart.TryGetValue(n, out var table))
            {
                // Tables after the cover are content (これまでの経過 is a table of years and plans).
                if (seenChapter)
                    foreach (var row in table.Rows.Where(r => r.Filled.Any())) Add(string.Join(" ", row.Filled), row.Line);
                n = table.Lines.End;
                continue;
            }
            var line = text.Line(n).Trim();
            if (line.Length == 0) continue;
            if (OgoriHeading.Parse(line, n) is { } heading)
            {
                seenChapter |= heading.Level == OgoriHeading.Kind.Chapter;
                if (seenChapter)
                {
                    Flush();
                    label = heading.Title;
                    continue;
                }
            }
            if (!seenChapter) front.Cover.Add((n, line));
            else Add(line, n);
        }
        Flush();
        return front;
    }
}

/// <summary>※ lines that define a term: "※行政運営リテラシー＝「…」", "※ロジックモデル・・・…".</summary>
public static partial class OgoriDefinitions
{
    public static Definition? Parse(string line, LineRange lines, string? itemNumber = null)
    {
        var m = DefinitionLine().Match(line.Trim());
        if (!m.Success) return null;
        var definition = m.Groups["text"].Value.Trim();
        // A definition quoted whole in 「」 is the definition itself, not a quotation inside it.
        if (definition.StartsWith('「') && definition.EndsWith('」') && definition.Count(c => c == '「') == 1)
            definition = definition[1..^1];
        return new Definition(m.Groups["term"].Value.Trim(), definition, lines) { ItemNumber = itemNumber };
    }

    [GeneratedRegex(@"^※\s*(?<term>[^＝=・…:：\s(（]{1,24})\s*(?:＝|=|・・・|…+|：|:)\s*(?<text>\S.*)$")]
    private static partial Regex DefinitionLine();
}
