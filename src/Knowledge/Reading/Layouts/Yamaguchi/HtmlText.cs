using Gyokaku.Knowledge.Reading.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>
/// Some cells came out of the extraction as HTML (&lt;p&gt;…&lt;/p&gt;, a &lt;table&gt; of 対象団体):
/// the plain text a reader of the PDF sees, a line per paragraph or table row.
/// </summary>
internal static class HtmlText
{
    public static string ToPlain(string cell) => cell.Contains('<') ? HtmlFragments.ToPlainText(cell).Text : cell;
}
