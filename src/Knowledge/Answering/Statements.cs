using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// One sentence of a free text with the sentence that says what it is about: a bullet's later sentence has the
/// bullet's first one as topic (・…メディアの活用。市広報誌掲載2回（4月、9月）。), a line of figures has the
/// sentence before it (現年収納率は均衡した。 R5 R6 市税 99.4% ⇒ 99.4%).
/// </summary>
internal sealed record Statement(string Topic, string Sentence)
{
    /// <summary>The statement as quoted: its topic, then the sentence.</summary>
    public string Text => Topic.Length == 0 ? Sentence : Topic + (Topic.EndsWith('。') ? "" : " ") + Sentence;
}

internal static partial class Statements
{
    private const string Bullets = "・○●◆◎■□※";

    /// <summary>The statements of one text, in order.</summary>
    public static IReadOnlyList<Statement> Of(string text)
    {
        var list = new List<Statement>();
        string bullet = "", previous = "";
        foreach (var sentence in Sentences(text))
        {
            if (Bullets.IndexOf(sentence[0]) >= 0)
            {
                // A ※ note speaks of itself only: the sentence after it is the text's own again.
                bullet = sentence[0] == '※' ? "" : sentence;
                list.Add(new Statement("", sentence));
            }
            // A line of figures (R5 R6 市税 99.4%, (R2年度決算 約19億円), 4名) states the numbers of the sentence before it.
            else if (previous.Length > 0 && FigureLed().IsMatch(sentence)) list.Add(new Statement(previous, sentence));
            // A later sentence of a bullet goes on about the bullet's subject.
            else list.Add(new Statement(bullet, sentence));
            previous = sentence;
        }
        return list;
    }

    /// <summary>
    /// The statements of a text's units (lines, bullets with their wrapped lines) in order: a bullet listed under a
    /// line that opens a list (…再編を行った。 (主な改正内容) / 主な内容：) has that line as its topic, so
    /// ・スポーツ文化局の新設 is read as one of the 機構改正's contents.
    /// </summary>
    public static IEnumerable<Statement> OfUnits(IEnumerable<string> units)
    {
        var lead = "";
        foreach (var unit in units)
        {
            var bullet = Bullets.IndexOf(unit[0]) >= 0;
            if (!bullet) lead = ListOpener().IsMatch(unit) ? Tail(unit) : "";
            foreach (var s in Of(unit))
                yield return bullet && lead.Length > 0 && s.Topic.Length == 0 ? s with { Topic = lead } : s;
        }
    }

    /// <summary>The most a list's lead line gives its bullets as topic: its last sentences up to this length.</summary>
    private const int MaxLead = 200;

    private static string Tail(string unit)
    {
        var tail = "";
        foreach (var sentence in Sentences(unit).Reverse())
        {
            if (tail.Length > 0 && tail.Length + sentence.Length > MaxLead) break;
            tail = tail.Length == 0 ? sentence : sentence + " " + tail;
        }
        return tail;
    }

    /// <summary>A line ending in a bracketed heading ((主な改正内容)) or a colon: what follows is its list.</summary>
    [GeneratedRegex(@"(?:[(（][^()（）]{1,15}[)）]|[:：])\s*$")]
    private static partial Regex ListOpener();

    /// <summary>
    /// The text's sentences, a line of figures joined to the sentence it gives the numbers of: what a quote is cut into.
    /// (Lines the page wrapped are read as one first: a quote is never cut where the column was full.)
    /// </summary>
    public static IReadOnlyList<string> Joined(string text)
    {
        var list = new List<string>();
        foreach (var sentence in Sentences(TextUnits.Unwrapped(text)))
            if (list.Count > 0 && FigureLed().IsMatch(sentence)) list[^1] += " " + sentence;
            else list.Add(sentence);
        return list;
    }

    /// <summary>
    /// The text's sentences, a comparison of figures closing its sentence: in 市税 98.1% ⇒ 98.1% R5年度と比較し…減少した。
    /// the words after the figures are the next statement, not theirs.
    /// </summary>
    public static IEnumerable<string> Sentences(string text) =>
        JaText.Sentences(text).SelectMany(s => AfterComparison().Split(s)).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"^(?:[(（]|(?:[RHＲＨ][\d０-９]+\s+)+|[\d０-９])")]
    private static partial Regex FigureLed();

    [GeneratedRegex(@"(?<=⇒\s*[\d０-９][\d０-９,.，．]*\s*[%％]?)\s+(?=[^⇒。]+。)")]
    private static partial Regex AfterComparison();
}
