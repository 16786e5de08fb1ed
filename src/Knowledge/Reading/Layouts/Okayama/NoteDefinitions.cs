using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>
/// Glossary entries printed as ※ notes inside a cell: "(※gBizID:経済産業省が運営する法人共通認証基盤。)",
/// "(※20業務とは、住民記録、…、印鑑登録。)". A ※ note that defines nothing ("※R5年度と比較し…") is not one.
/// The note stays in the cell's text too.
/// </summary>
internal static partial class NoteDefinitions
{
    public static IEnumerable<Definition> Find(string text, LineRange lines, string itemKey)
    {
        foreach (Match m in Note().Matches(text))
            yield return new Definition(m.Groups["term"].Value.Trim(), m.Groups["text"].Value.Trim(), lines) { ItemNumber = itemKey };
    }

    // ※TERM: TEXT  or  ※TERMとは、TEXT — the text runs to its first 。 or, without one, to the next ※ or closing parenthesis.
    [GeneratedRegex(@"※\s*(?<term>[^\s:：※()（）、。][^:：※()（）、。\n]{0,29}?)\s*(?:[:：]|とは[、,]?)\s*(?<text>[^※\n]*?。|[^※)）\n]+)")]
    private static partial Regex Note();
}
