using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>A glossary line under an item: "※ファシリテーター:会議などで、…" (half- or full-width colon).</summary>
internal static partial class DefinitionLine
{
    public static Definition? Parse(TabRow row, string? itemNumber)
    {
        if (row.HasTabs) return null;
        var m = Pattern().Match(row.Text.Trim());
        if (!m.Success) return null;
        return new Definition(m.Groups["term"].Value.Trim(), m.Groups["text"].Value.Trim(), LineRange.At(row.Line))
        {
            ItemNumber = itemNumber,
        };
    }

    // A term is short and has no colon of its own; "※ は第二次推進計画からの取組み" (a legend) has no colon at all.
    [GeneratedRegex(@"^※\s*(?<term>[^:：\s][^:：]{0,39}?)\s*[:：]\s*(?<text>\S.*)$")]
    private static partial Regex Pattern();
}
