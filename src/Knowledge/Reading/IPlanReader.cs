using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading;

/// <summary>
/// Reads one document layout. Chosen by what the text looks like, never by file name:
/// every reader scores every text and the loader takes the best score.
/// </summary>
public interface IPlanReader
{
    /// <summary>A short stable name for the layout ("yamaguchi-suishin"), shown in dumps and logs.</summary>
    string Layout { get; }

    /// <summary>
    /// How sure this reader is that the text is in its layout: 0 (not at all) to 1 (certain).
    /// Look at structure (headings, table shapes), not at file names. Must be cheap and never throw.
    /// </summary>
    double Recognize(SourceText text);

    /// <summary>
    /// Reads the document. Anything that cannot be read with confidence is left empty and reported
    /// through <paramref name="warnings"/> with its line; the reader must not throw on damaged text.
    /// </summary>
    PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings);
}
