namespace Gyokaku.Knowledge.Reading.Layouts.Mine;

/// <summary>
/// Cuts the report into printed pages and each page into classified blocks.
/// A page ends at its footer ("N 実施計画進捗状況報告書【…】"); pages without a footer start on a line the
/// extraction indented with a space (the form-feed remnant at the top of every PDF page).
/// </summary>
internal static class MinePageSplitter
{
    /// <summary>A bullet line shorter than this did not wrap, so a following non-bullet line is another cell.</summary>
    private const int WrappedLineMinLength = 15;

    public static IReadOnlyList<MinePage> Split(SourceText text)
    {
        var pages = new List<MinePage>();
        var current = new List<int>();
        void Close()
        {
            if (current.Any(n => text.Line(n).Trim().Length > 0))
                pages.Add(new MinePage(pages.Count + 1, Blocks(text, current))
                {
                    DoubleBlanks = DoubleBlanks(text, current),
                    OpensCleanly = OpensCleanly(text, current),
                });
            current = [];
        }
        for (var n = 1; n <= text.Lines.Count; n++)
        {
            var raw = text.Line(n);
            var startsPage = raw.Length > 0 && char.IsWhiteSpace(raw[0]) && raw.Trim().Length > 0;
            if (startsPage) Close();
            current.Add(n);
            if (MineLineClassifier.IsFooter(raw.Trim())) Close();
        }
        Close();
        return pages;
    }

    private static bool OpensCleanly(SourceText text, List<int> lineNumbers)
    {
        var first = lineNumbers[0];
        if (first == 1 || char.IsWhiteSpace(text.Line(first).FirstOrDefault('x'))) return true;
        return lineNumbers.Count >= 2 && text.Line(first).Length == 0 && text.Line(lineNumbers[1]).Trim().Length == 0;
    }

    private static List<int> DoubleBlanks(SourceText text, List<int> lineNumbers)
    {
        var content = lineNumbers.Where(n => text.Line(n).Trim().Length > 0).ToList();
        var found = new List<int>();
        for (var n = content[0] + 1; n < content[^1]; n++)
            if (text.Line(n).Trim().Length == 0 && text.Line(n + 1).Trim().Length == 0) found.Add(n);
        return found;
    }

    private static List<MineBlock> Blocks(SourceText text, List<int> lineNumbers)
    {
        var blocks = new List<MineBlock>();
        var paragraph = new List<MineLine>();
        foreach (var n in lineNumbers)
        {
            var t = text.Line(n).Trim();
            if (t.Length == 0) { blocks.AddRange(Classify(paragraph)); paragraph = []; }
            else paragraph.Add(new MineLine(n, t));
        }
        blocks.AddRange(Classify(paragraph));
        return blocks;
    }

    /// <summary>Splits one blank-separated paragraph into blocks: the extraction sometimes glues cells of different columns without a blank line.</summary>
    internal static IEnumerable<MineBlock> Classify(IReadOnlyList<MineLine> lines)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            var t = line.Text;
            var nf = MineLineClassifier.Nfkc(t);
            if (MineLineClassifier.IsFooter(t)) { yield return new MineBlock(MineBlockKind.Footer, [line]); i++; continue; }
            if (MineLineClassifier.IsMajorHeading(t) || MineLineClassifier.IsMinorHeading(t)) { yield return new MineBlock(MineBlockKind.Heading, [line]); i++; continue; }
            if (nf == "R2" && i + 1 < lines.Count && MineLineClassifier.HeaderOf(lines[i + 1].Text) == MineHeader.Grade)
            {
                yield return new MineBlock(MineBlockKind.Header, [line, lines[i + 1]]) { Header = MineHeader.Grade };
                i += 2;
                continue;
            }
            var header = MineLineClassifier.HeaderOf(t);
            if (header != MineHeader.None) { yield return new MineBlock(MineBlockKind.Header, [line]) { Header = header }; i++; continue; }
            if (MineLineClassifier.IsGrade(t)) { yield return new MineBlock(MineBlockKind.Grade, [line]); i++; continue; }
            if (MineLineClassifier.IsStatus(t)) { yield return new MineBlock(MineBlockKind.Status, [line]); i++; continue; }
            if (t.StartsWith('・'))
            {
                var run = new List<MineLine> { line };
                i++;
                while (i < lines.Count && IsBulletContinuation(run[^1].Text, lines[i].Text)) run.Add(lines[i++]);
                yield return new MineBlock(MineBlockKind.Bullet, run);
                continue;
            }
            if (MineLineClassifier.NumberOf(t) is not null)
            {
                // A number's cell may be followed, without a blank, by its title's lines.
                var run = new List<MineLine> { line };
                i++;
                while (i < lines.Count && IsPlain(lines[i].Text)) run.Add(lines[i++]);
                yield return new MineBlock(MineBlockKind.Number, run);
                continue;
            }
            var plain = new List<MineLine> { line };
            i++;
            while (i < lines.Count && IsPlain(lines[i].Text)) plain.Add(lines[i++]);
            yield return new MineBlock(MineBlockKind.Plain, plain);
        }
    }

    // A new ・ is the same cell's next bullet; a plain line continues the cell when the line above was
    // full (it wrapped) or when it opens a parenthetical remark, "（R2.11月）", which the report prints under its bullet.
    private static bool IsBulletContinuation(string previous, string next) =>
        next.StartsWith('・') || (IsPlain(next) && (previous.Length >= WrappedLineMinLength || next.StartsWith('（')));

    private static bool IsPlain(string t)
    {
        var nf = MineLineClassifier.Nfkc(t);
        return !t.StartsWith('・') && nf != "R2"
            && MineLineClassifier.HeaderOf(t) == MineHeader.None
            && !MineLineClassifier.IsFooter(t) && !MineLineClassifier.IsMajorHeading(t) && !MineLineClassifier.IsMinorHeading(t)
            && !MineLineClassifier.IsGrade(t) && !MineLineClassifier.IsStatus(t)
            && MineLineClassifier.NumberOf(t) is null;
    }
}
