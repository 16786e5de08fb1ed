using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading;

/// <summary>
/// Cuts any text into overlapping-free passages of a few lines each, so every part of every file is
/// findable by full-text search whatever its layout and whatever the readers made of it. A run of blank
/// lines inside a passage is kept as one empty line: where a cell or paragraph ends is part of the text
/// (a wrapped line goes on up to it, never over it).
/// </summary>
public static class PassageSplitter
{
    private const int TargetChars = 400;
    private const int MaxChars = 1200;

    public static IReadOnlyList<Passage> Split(SourceText source)
    {
        var passages = new List<Passage>();
        var buffer = new List<string>();
        int start = 0, length = 0;
        string? heading = null, bufferHeading = null;
        var blank = false;

        void Flush(int endLine)
        {
            if (buffer.Count > 0)
                passages.Add(new Passage(string.Join("\n", buffer), new LineRange(start, endLine)) { Heading = bufferHeading });
            buffer.Clear();
            length = 0;
        }

        for (var n = 1; n <= source.Lines.Count; n++)
        {
            var line = source.Line(n).Trim();
            if (line.Length == 0)
            {
                if (length >= TargetChars) Flush(n - 1);
                blank = buffer.Count > 0;
                continue;
            }
            if (LooksLikeHeading(line))
            {
                // A heading starts a new passage unless the current one is still tiny (a title page line).
                if (length >= TargetChars / 4) Flush(n - 1);
                heading = line.TrimStart('#', ' ');
            }
            if (buffer.Count == 0) { start = n; bufferHeading = heading; }
            else if (blank) buffer.Add("");
            blank = false;
            // A single huge line (a flattened table row) is cut on its own.
            foreach (var piece in Chunk(line))
            {
                if (length + piece.Length > MaxChars && buffer.Count > 0) { Flush(n); start = n; bufferHeading = heading; }
                buffer.Add(piece);
                length += piece.Length;
            }
        }
        Flush(source.Lines.Count);
        return passages;
    }

    private static bool LooksLikeHeading(string line) =>
        line.StartsWith('#') || (line.Length <= 40 && !line.Contains('\t') && !line.Contains('|')
            && !line.EndsWith('。') && !line.StartsWith('・') && !line.StartsWith('○') && !line.StartsWith('-'));

    private static IEnumerable<string> Chunk(string line)
    {
        for (var i = 0; i < line.Length; i += MaxChars)
            yield return line.Substring(i, Math.Min(MaxChars, line.Length - i));
    }
}
