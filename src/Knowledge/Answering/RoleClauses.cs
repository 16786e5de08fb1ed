using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// A sentence that assigns several roles (市長を本部長、副市長及び教育長を副本部長とし、…): a question asking who holds
/// one of them is answered by that role's clause; the others name other people in other roles (副市長 is no 本部長),
/// and quoting them would answer with the wrong person.
/// </summary>
internal static partial class RoleClauses
{
    public static string Keep(string questionNormalized, string quote)
    {
        var roles = Role().Matches(quote).ToList();
        if (roles.Count < 2) return quote;
        // The longest role the question names: 副本部長 asks the deputy, 本部長 the head.
        var asked = roles.Select(m => m.Groups["role"].Value).Where(r => questionNormalized.Contains(JaText.Normalize(r), StringComparison.Ordinal))
            .OrderByDescending(r => r.Length).FirstOrDefault();
        if (asked is null) return quote;
        var text = quote;
        foreach (var m in roles.Where(m => m.Groups["role"].Value != asked).OrderByDescending(m => m.Index))
        {
            int start = m.Index, end = m.Index + m.Length;
            if (start > 0 && text[start - 1] == '、') start--;
            else if (end < text.Length && text[end] == '、') end++;
            text = text[..start] + text[end..];
        }
        return text;
    }

    // 市長を本部長 / 副市長及び教育長を副本部長 (up to the 、 or とし that ends the clause).
    [GeneratedRegex(@"(?<who>[^、。をはが「」]{1,20})を(?<role>[^、。をとに「」]{1,8}?長)(?=、|とし|として|に)")]
    private static partial Regex Role();
}
