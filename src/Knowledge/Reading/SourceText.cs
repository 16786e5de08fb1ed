using System.Text;

namespace Gyokaku.Knowledge.Reading;

/// <summary>A plan file's text, split into lines (1-based for reporting), as readers see it.</summary>
public sealed class SourceText
{
    public SourceText(string fileName, string text)
    {
        FileName = fileName;
        Text = text;
        Lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
    }

    /// <summary>The file's name without directory: what citations name.</summary>
    public string FileName { get; }

    public string Text { get; }

    /// <summary>The lines; <c>Lines[0]</c> is line 1.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The line with a 1-based number.</summary>
    public string Line(int number) => Lines[number - 1];

    /// <summary>
    /// Reads a file as UTF-8. Invalid bytes become U+FFFD rather than failing the file:
    /// a damaged extraction still yields what can be read.
    /// </summary>
    public static SourceText Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = new UTF8Encoding(false, false).GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return new SourceText(Path.GetFileName(path), text);
    }
}
