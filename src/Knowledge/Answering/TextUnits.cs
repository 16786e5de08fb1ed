using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// A text's units — what one statement is read from: a line, a bullet (・ ○ ※) with the lines wrapped under it, a
/// paragraph the page wrapped over several lines. A PDF's text breaks a sentence wherever its column is full
/// (市営住宅売却等の可能団地につい / ての検討, 職員数を…１６ / ０人とします): a statement read from one printed line is
/// cut mid-word, so the lines the page wrapped are read as one.
/// </summary>
internal static partial class TextUnits
{
    private const string Bullets = "・○●◆◎■□※";

    /// <summary>The most lines one bullet is read over (its own and those wrapped under it).</summary>
    private const int MaxWrappedLines = 4;

    /// <summary>How far around a line the width of its column is looked for.</summary>
    private const int WidthWindow = 8;

    /// <summary>The narrowest a column is taken to be full at (in half-width columns): below it, a short line ends its cell.
    /// (A table's narrow column, 15 characters wide, wraps its list too: 豊田前中学校の大嶺中学校への統 / 合、赤郷小学校の….)</summary>
    private const int MinFullWidth = 28;

    public static IEnumerable<string> Of(string text) => Of(text.Split('\n').Select(l => (l, 0))).Select(u => u.Unit);

    /// <summary>The text's lines with the page's wraps undone (bullets and paragraphs one line each).</summary>
    public static string Unwrapped(string text) => string.Join("\n", Of(text));

    public static IEnumerable<(string Unit, T Tag)> Of<T>(IEnumerable<(string Line, T Tag)> lines)
    {
        var all = lines.Select(l => (Line: l.Line.Trim(), l.Tag)).ToList();
        var full = FullWidths(all.Select(l => l.Line).ToList());
        var current = "";
        var count = 0;
        var last = "";
        var lastFull = int.MaxValue;
        T tag = default!;
        for (var i = 0; i < all.Count; i++)
        {
            var (line, lineTag) = all[i];
            // A bullet wraps over a few lines of its column at most: more lines are the column's next cells, run
            // together where the extraction lost the blank line between them.
            var continues = line.Length > 0 && current.Length > 0 && (Bullets.IndexOf(current[0]) >= 0
                ? current.Length < 120 && count < MaxWrappedLines && !current.EndsWith('。') && (Bullets + "-").IndexOf(line[0]) < 0 && Wraps(current, last, line)
                : Continues(last, line, lastFull));
            if (!continues && current.Length > 0)
            {
                yield return (current, tag);
                current = "";
                count = 0;
            }
            if (line.Length == 0) continue;
            if (current.Length == 0) tag = lineTag;
            current += line;
            last = line;
            lastFull = full[i];
            count++;
        }
        if (current.Length > 0) yield return (current, tag);
    }

    /// <summary>
    /// True when the line goes on with the bullet above it. A wrapped Japanese line goes on in Japanese; a line opening
    /// with R2 / 8 / A is a table's next cell — unless the bullet left a bracket open (…（11月6日、R3. / １月下旬）) or
    /// the line opens with a Latin word run into Japanese after a full line (…。市 / HPへの掲載; not ・MYTとの協議調整 /
    /// MYT放送事業の…, a cell of its own: a wrapped line is never wider than the line it continues).
    /// </summary>
    private static bool Wraps(string current, string last, string line)
    {
        if (!char.IsAsciiLetterOrDigit(JaText.Nfkc(line[..1])[0])) return true;
        var open = current.Count(ch => ch is '(' or '（') - current.Count(ch => ch is ')' or '）');
        return open > 0 || LatinWordIntoJapanese().IsMatch(JaText.Nfkc(line)) && JaText.DisplayWidth(last) > JaText.DisplayWidth(line);
    }

    /// <summary>
    /// True when a line that is no bullet was wrapped by the page onto the next: it does not end a sentence, the
    /// next line opens no cell of its own (bullet, bracket, numbered heading, table row), and either the next line
    /// opens with what never starts a word (a particle or an inflection: …につい / ての検討), a number was cut in two
    /// (…１６ / ０人), or the line fills its column as its neighbours do (…財政効果を目標 / としています).
    /// </summary>
    internal static bool Continues(string previous, string line, int fullWidth)
    {
        if (previous.Length == 0 || line.Length == 0) return false;
        if (previous.Contains('\t') || line.Contains('\t') || previous.Contains('|') || line.Contains('|')) return false;
        if ("。．！？!?：:".IndexOf(previous[^1]) >= 0 || Heading().IsMatch(previous)) return false;
        var first = line[0];
        var open = previous.Count(ch => ch is '(' or '（') > previous.Count(ch => ch is ')' or '）');
        if ((Bullets + "-*#＃|｜（(【［[<＜〈《①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽→⇒▶►◇☆★").IndexOf(first) >= 0) return open && first is not ('(' or '（');
        var fills = fullWidth >= MinFullWidth && JaText.DisplayWidth(previous) >= fullWidth - FullSlack;
        var digit = char.IsAsciiDigit(JaText.Nfkc(first.ToString())[0]);
        if (digit) return CutNumber().IsMatch(JaText.Nfkc(previous[^1..] + line)) || !NumberedLine().IsMatch(JaText.Nfkc(line)) && fills;
        if (JaText.IsHiragana(first) || "ー、。）」』ぁぃぅぇぉっゃゅょ".IndexOf(first) >= 0)
            return "こそあやふおごなまさいわ".IndexOf(first) < 0 && previous.Length >= 6 || fills;
        return fills;
    }

    /// <summary>
    /// Per line, the width its column is full at: the widest line within a few lines of it, when another line there
    /// is as wide (one long line alone is no column); otherwise no width counts as full.
    /// </summary>
    private static int[] FullWidths(IReadOnlyList<string> lines)
    {
        var widths = lines.Select(l => l.Contains('\t') || l.Contains('|') ? 0 : JaText.DisplayWidth(l)).ToArray();
        var full = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var from = Math.Max(0, i - WidthWindow);
            var to = Math.Min(lines.Count - 1, i + WidthWindow);
            var max = 0;
            for (var j = from; j <= to; j++) max = Math.Max(max, widths[j]);
            var atMax = 0;
            for (var j = from; j <= to; j++) if (widths[j] >= max - FullSlack) atMax++;
            full[i] = atMax >= 2 ? max : int.MaxValue;
        }
        return full;
    }

    /// <summary>How much narrower than its column a full line may print (an indented first line, a wider character).</summary>
    private const int FullSlack = 4;


    [GeneratedRegex(@"^[A-Za-z]{2,}[\u3040-\u30FF\u4E00-\u9FFF]")]
    private static partial Regex LatinWordIntoJapanese();

    /// <summary>A number the line break cut in two (１，１ / ５１，４８０千円, １６ / ０人).</summary>
    [GeneratedRegex(@"^[\d,.]\d")]
    private static partial Regex CutNumber();

    /// <summary>A line opening with its own number (２　取組の体系, 3. 推進体制, 10 美祢…): a heading or a row.</summary>
    [GeneratedRegex(@"^\d+(?:[\s.、)）]|$)")]
    private static partial Regex NumberedLine();

    /// <summary>
    /// A heading line (第２章 …, （１）計画の趣旨, 【基本方針】, ■ …, ①　電子申請の拡大　［情報政策課］　　評価：◎): what
    /// follows it is its body, not its rest. A line spaced out in fields, or closing on a bracketed label, is one too.
    /// </summary>
    [GeneratedRegex(@"^(?:第[\d０-９一二三四五六七八九十]+[章節部編]|[（(][\d０-９一二三四五六七八九十]+[）)]|[【■◆●□]|#|[\d０-９]+[\s　.．、])|[\s　]{2}|[］】\]]$")]
    private static partial Regex Heading();
}
