using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading.Layouts.Structured;

namespace Gyokaku.Knowledge.Reading.Layouts;

/// <summary>
/// The reader of last resort: a text in no known layout, and with no item structure to be found, becomes a
/// titled document with passages and no items. What its opening lines state plainly (title, municipality,
/// period) is still read, and so are its chapters and its ※ glossary.
/// </summary>
public sealed class GenericReader : IPlanReader
{
    public string Layout => "generic";

    public double Recognize(SourceText text) => 0.01;

    public PlanDocument Read(SourceText text, ICollection<ReadWarning> warnings)
    {
        var title = FrontMatter.Title(text);
        return new PlanDocument(text.FileName, FrontMatter.Municipality(text, title), title, PlanKind.Unknown, Layout, FrontMatter.Period(text),
            [], StructuredReader.Sections(text), StructuredReader.Definitions(text), [], [], [])
        {
            YearStyle = FrontMatter.YearStyle(text),
        };
    }
}
