using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Ogori;

/// <summary>
/// The plan-wide text before the item tables: the cover (title, period, municipality), one section per
/// chapter (計画策定の背景, 計画の基本的事項, 実施方針: its whole text, headings included, so a question about
/// the chapter finds it in one piece) and one per heading (これまでの経過, 計画の目的, 計画期間, 推進体制, each
/// 実施方針 …), each labelled with the document's own heading. Text before the first chapter is the cover;
/// the table of contents there is skipped.
/// </summary>
public sealed class OgoriFrontMatter
{
    public List<(int Line, string Text)> Cover { get; } = [];
    public List<TextSection> Sections { get; } = [];

    /// <summary>Collects the lines under one heading.</summary>
    private sealed class Body(string label, int insertAt)
    {
        private readonly List<string> _lines = [];
        private int _start, _end;

        public int InsertAt { get; } = insertAt;

        public void Add(string line, int n)
        {
            if (_lines.Count == 0) _start = n;
            _lines.Add(line);
            _end = n;
        }

        public TextSection? ToSection() =>
            _lines.Count == 0 ? null : new TextSection(label, string.Join("\n", _lines), new LineRange(_start, _end));
    }

    public static OgoriFrontMatter Read(SourceText text, int endLine, IReadOnlyDictionary<int, MarkdownTable> tablesByStart)
    {
        var front = new OgoriFrontMatter();
        Body? chapter = null, heading = null;

        void Flush(ref Body? body)
        {
            if (body?.ToSection() is { } section) front.Sections.Insert(Math.Min(body.InsertAt, front.Sections.Count), section);
            body = null;
        }

        void Add(string line, int n)
        {
            chapter?.Add(line, n);
            heading?.Add(line, n);
        }

        for (var n = 1; n < endLine && n <= text.Lines.Count; n++)
        {
            if (tablesByStart.TryGetValue(n, out var table))
            {
                // Tables after the cover are content (これまでの経過 is a table of years and plans).
                if (chapter is not null)
                    foreach (var row in table.Rows.Where(r => r.Filled.Any())) Add(string.Join(" ", row.Filled), row.Line);
                n = table.Lines.End;
                continue;
            }
            var line = text.Line(n).Trim();
            if (line.Length == 0) continue;
            switch (OgoriHeading.Parse(line, n))
            {
                case { Level: OgoriHeading.Kind.Chapter } c:
                    Flush(ref heading);
                    Flush(ref chapter);
                    chapter = new Body(c.Title, front.Sections.Count);
                    continue;
                case { } h when chapter is not null:
                    Flush(ref heading);
                    chapter.Add(line, n);
                    heading = new Body(h.Title, front.Sections.Count);
                    continue;
            }
            if (chapter is null) front.Cover.Add((n, line));
            else Add(line, n);
        }
        Flush(ref heading);
        Flush(ref chapter);
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
