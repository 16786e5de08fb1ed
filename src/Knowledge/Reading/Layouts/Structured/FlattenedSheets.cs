using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Items of a form whose every cell the extraction printed on a line of its own (pdftotext of a sheet per
/// item): a label line, then its value line(s) — 取組番号 / ４ / 取組項目 / ふるさと納税の推進 / 担当課 / … .
/// The labels are the known label words printed alone that come back item after item; an item starts at
/// its number label (or its title label when the sheet numbers nothing). A 年度 label followed by year
/// lines gives the year columns: the values of a label like 計画値, 実績値 or 達成率 fall into those years in order.
/// </summary>
internal static class FlattenedSheets
{
    private const int MaxLabelLength = 16;

    public static IReadOnlyList<ItemBuilder> Read(IReadOnlyList<MappedLine> lines)
    {
        var counts = new Dictionary<string, int>();
        for (var i = 0; i < lines.Count; i++)
            if (LabelKey(lines[i]) is { } key) counts[key] = counts.GetValueOrDefault(key) + 1;
        var opener = Opener(lines, counts);
        if (opener is null) return [];
        var records = counts[opener];
        // A label of the sheet comes back in most of its items; a value that happens to read as a label (各施設所管課) does not.
        var labels = counts.Where(c => c.Value >= Math.Max(2, (records + 1) / 2)).Select(c => c.Key).ToHashSet();
        if (labels.Count < 3) return [];
        return new SheetParser(lines, labels, opener, counts, records).Parse();
    }

    /// <summary>The normalized text of a line that may be a label printed alone: short, one word, known.</summary>
    internal static string? LabelKey(MappedLine line)
    {
        var text = LabelText(line);
        if (text.Length is 0 or > MaxLabelLength || text.Contains('。') || text.Contains('、')) return null;
        var label = FieldLabel.Read(text);
        if (!label.Known && !label.IsYearHeader) return null;
        // A line that is a value (a number, a year) is never a label.
        if (FiscalYear.TryParse(text, out _) || JaText.Nfkc(text).All(c => char.IsDigit(c) || c is '.' or ',' or '%')) return null;
        return JaText.Normalize(text);
    }

    // 担当課： printed alone is the label 担当課.
    private static string LabelText(MappedLine line) => line.Original.Trim().TrimEnd(':', '：').Trim();

    /// <summary>The label that opens each item: a number label followed by a number, else a recurring title label.</summary>
    private static string? Opener(IReadOnlyList<MappedLine> lines, Dictionary<string, int> counts)
    {
        var numbered = new Dictionary<string, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (LabelKey(lines[i]) is not { } key || FieldLabel.Read(key).Kind != LabelKind.Number) continue;
            if (NextValue(lines, i) is { } value && ItemBuilder.NumberOf(value).Length is > 0 and <= 8 && char.IsDigit(ItemBuilder.NumberOf(value)[0]))
                numbered[key] = numbered.GetValueOrDefault(key) + 1;
        }
        var byNumber = numbered.Where(n => n.Value >= 2).OrderByDescending(n => n.Value).Select(n => n.Key).FirstOrDefault();
        return byNumber ?? counts.Where(c => c.Value >= 2 && FieldLabel.Read(c.Key).Kind == LabelKind.Title)
            .OrderByDescending(c => c.Value).Select(c => c.Key).FirstOrDefault();
    }

    private static string? NextValue(IReadOnlyList<MappedLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count && j <= index + 2; j++)
            if (lines[j].Original.Trim() is { Length: > 0 } t) return LabelKey(lines[j]) is null ? t : null;
        return null;
    }

    /// <summary>Walks the lines once: each label collects the value lines under it, and each item its labels.</summary>
    private sealed class SheetParser(IReadOnlyList<MappedLine> lines, HashSet<string> labels, string opener, Dictionary<string, int> counts, int records)
    {
        private readonly List<ItemBuilder> _items = [];
        private ItemBuilder? _item;
        private List<FiscalYear> _years = [];
        private bool _inIndicator;
        private (FieldLabel Label, string Key, List<(string Text, int Line)> Values, int Start)? _open;
        private string? _closing;

        public IReadOnlyList<ItemBuilder> Parse()
        {
            _closing = ClosingLabel();
            var blankSince = false;
            for (var n = 1; n <= lines.Count; n++)
            {
                var text = lines[n - 1].Original.Trim();
                if (text.Length == 0)
                {
                    blankSince = true;
                    // The item's last label ends at the first blank after its value: what follows is no part of the item.
                    if (_open is { } o && o.Key == _closing && o.Values.Count > 0) { Flush(); Finish(); }
                    continue;
                }
                if (IsLabel(lines[n - 1], blankSince) is { } key)
                {
                    Flush();
                    if (key == opener) { Finish(); _item = new ItemBuilder(null, null, ItemMarker.DefaultLabel, "", n); }
                    if (_item is not null) _open = (FieldLabel.Read(LabelText(lines[n - 1])), key, [], n);
                }
                else _open?.Values.Add((text, n));
                blankSince = false;
            }
            Flush();
            Finish();
            return _items.Where(i => i.HasFacts && (i.Number is not null || i.Title.Length > 0)).ToList();
        }

        /// <summary>
        /// A sheet label, unless the label open above it has no value yet and is directly above it: a label
        /// not printed in every item may then be that label's value (関係課 / 各施設所管課).
        /// </summary>
        private string? IsLabel(MappedLine line, bool blankSince)
        {
            if (LabelKey(line) is not { } key || !labels.Contains(key)) return null;
            if (_open is { Values.Count: 0 } && !blankSince && counts[key] < records) return null;
            return key;
        }

        /// <summary>The label printed last in the first item: where each item ends.</summary>
        private string? ClosingLabel()
        {
            string? last = null;
            var seenOpener = false;
            foreach (var line in lines)
            {
                if (LabelKey(line) is not { } key || !labels.Contains(key)) continue;
                if (key == opener && seenOpener) break;
                seenOpener |= key == opener;
                if (seenOpener) last = key;
            }
            return last == opener ? null : last;
        }

        private void Finish()
        {
            if (_item is not null) _items.Add(_item);
            _item = null;
            _years = [];
            _inIndicator = false;
        }

        private void Flush()
        {
            if (_open is not { } o || _item is null) { _open = null; return; }
            _open = null;
            var values = o.Values;
            var end = values.Count > 0 ? values[^1].Line : o.Start;
            var range = new LineRange(o.Start, end);
            _item.ExtendTo(end);
            if (o.Label.IsYearHeader && Years(values) is { Count: > 0 } years) { _years = years; return; }
            if (o.Label.Kind is LabelKind.IndicatorName or LabelKind.Baseline) _inIndicator = true;
            // Figures of all years on one line (２０分　１８分　１５分) are one a year as well.
            if (values.Count == 1 && o.Label.Year is null && IsFigures(o.Label) && values[0].Text.Split([' ', '　', '\t'], StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } row
                && row.Length <= _years.Count)
                values = row.Select(v => (v, values[0].Line)).ToList();
            if (PerYear(o.Label, values.Count) is { } kind)
            {
                for (var i = 0; i < values.Count; i++) AddForYear(o.Label, kind, _years[i], values[i].Text, LineRange.At(values[i].Line));
                return;
            }
            // A title or number broken over lines is still one; a text keeps its lines.
            var joiner = o.Label.Kind is LabelKind.Title or LabelKind.Number ? "" : "\n";
            _item.Add(o.Label, string.Join(joiner, values.Select(v => v.Text)), range);
        }

        /// <summary>
        /// What the label's values are, one per year column, when they are: a label of a yearly kind
        /// (計画値, 実績値, 達成率) with no more values than years. A figure column (…値, …率) may hold a single
        /// year's value; a grade (評価 Ａ) alone is no column.
        /// </summary>
        private LabelKind? PerYear(FieldLabel label, int count)
        {
            if (_years.Count == 0 || label.Year is not null || count == 0 || count > _years.Count) return null;
            var kind = label.ForYear(_years[0]).Kind;
            if (kind is not (LabelKind.Target or LabelKind.Result or LabelKind.Evaluation or LabelKind.Plan)) return null;
            return count >= 2 || IsFigures(label) ? kind : null;
        }

        // 計画値, 実績値, 達成率, 効果額: a column of figures, one a year.
        private static bool IsFigures(FieldLabel label) =>
            JaText.Normalize(label.Text) is var n && (n.EndsWith('値') || n.EndsWith('率') || n.EndsWith("額"));

        /// <summary>Under an indicator, planned figures are its targets and achieved ones its actuals; elsewhere the year's plan and result.</summary>
        private void AddForYear(FieldLabel label, LabelKind kind, FiscalYear year, string value, LineRange at)
        {
            var yearly = label.ForYear(year);
            if (_inIndicator && kind is LabelKind.Plan or LabelKind.Target) _item!.Add(yearly with { Kind = LabelKind.Target }, value, at);
            else if (_inIndicator && kind is LabelKind.Result) _item!.AddActual(year, value, at);
            else _item!.Add(yearly, value, at);
        }

        /// <summary>Year lines under a 年度 label: one year a line, or several on one line.</summary>
        private static List<FiscalYear>? Years(List<(string Text, int Line)> values)
        {
            var years = new List<FiscalYear>();
            foreach (var (text, _) in values)
                foreach (var part in text.Split([' ', '　', '\t'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!FiscalYear.TryParse(part, out var y)) return null;
                    years.Add(y);
                }
            return years;
        }
    }
}
