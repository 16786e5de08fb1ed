using System.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>
/// One line of the file cut at its tabs: the PDF extraction flattened every table cell to a tab-separated cell,
/// and empty cells stay as empty strings between tabs, so a cell's position still says which column it was in.
/// </summary>
internal sealed record TabRow(int Line, string Text, IReadOnlyList<string> Cells)
{
    public static TabRow Parse(int line, string text) =>
        new(line, text, text.Split('\t').Select(c => c.Trim()).ToArray());

    public bool HasTabs => Cells.Count > 1;

    public bool IsBlank => Cells.All(c => c.Length == 0);

    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";

    /// <summary>The first cell, which names the row's kind in most of this layout's tables (推進項目, 実施目的, 年度別 数値目標 …).</summary>
    public string Head => Cell(0);

    public int IndexOf(Func<string, bool> match)
    {
        for (var i = 0; i < Cells.Count; i++)
            if (match(Cells[i])) return i;
        return -1;
    }

    public IEnumerable<(int Index, string Text)> NonEmpty(int from = 0)
    {
        for (var i = Math.Max(0, from); i < Cells.Count; i++)
            if (Cells[i].Length > 0) yield return (i, Cells[i]);
    }
}

/// <summary>Text helpers shared by the Yamaguchi readers.</summary>
internal static class JpText
{
    /// <summary>NFKC, for matching only (full-width digits, Ⅰ → I); what is shown stays as printed.</summary>
    public static string Norm(string text) => text.Normalize(NormalizationForm.FormKC);

    /// <summary>NFKC without any whitespace: for comparing two printings of the same heading.</summary>
    public static string Key(string text) => new(Norm(text).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
