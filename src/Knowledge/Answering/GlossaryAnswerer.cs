using System.Text;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>※ definitions: the document's own glossary first, then a sentence of the text that defines the term.</summary>
internal static class GlossaryAnswerer
{
    public static Answer Answer(AnswerContext ctx)
    {
        var terms = ctx.Q.Quoted.Count > 0 ? ctx.Q.Quoted : [ctx.Q.Content];
        foreach (var doc in ctx.Plans)
        {
            foreach (var d in doc.Definitions)
            {
                var term = JaText.Normalize(d.Term);
                if (term.Length == 0 || !terms.Any(t => t.Contains(term, StringComparison.Ordinal) || term.Contains(t, StringComparison.Ordinal))) continue;
                var item = d.ItemNumber is null ? null : doc.Items.FirstOrDefault(i => i.Number == d.ItemNumber);
                var text = AnswerTemplates.About(doc, item, ctx.Lang) + "\n" + AnswerTemplates.Fact(d.Term, JaText.Clean(d.Text), ctx.Lang);
                return ctx.Make(AnswerStatus.Answered, text, [new Citation(doc.File, d.ItemNumber, item?.Title ?? d.Term, d.Lines)], doc);
            }
        }
        // Not in a glossary: a sentence of the text that contains the term (a ※ note, a parenthesis).
        return PassageAnswerer.Answer(ctx, ctx.Q.Quoted, 0.3);
    }
}
