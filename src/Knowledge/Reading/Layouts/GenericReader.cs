using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts;

/// <summary>
/// The reader of last resort: a text in no known layout becomes a titled document with passages and
/// no items. Its title is the first non-empty line; its municipality only if a line names one outright.
/// </summary>
public sealed class GenericReader : IPlanReader
{
    public string Layout => "generic";

    public double Recognize(SourceText text) => 0.01;

    public PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings)
    {
        var title = text.Lines.Select(l => l.Trim().TrimStart('#', ' ')).FirstOrDefault(l => l.Length > 0) ?? text.FileName;
        if (title.Length > 80) title = title[..80];
        return new PlanDocument(text.FileName, null, title, PlanKind.Unknown, Layout, null,
            [], [], [], [], [], []);
    }
}
