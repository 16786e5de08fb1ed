using Gyokaku.Analysis.Morphology;

namespace Gyokaku.Analysis.Output;

/// <summary>
/// MeCab's default output: <c>surface TAB feature</c> per morpheme and <c>EOS</c> after each line.
/// Compounds that search mode keeps beside their parts are left out, so the lines still spell the input.
/// </summary>
public sealed class MecabFormatWriter(TextWriter output)
{
    private char[] _buffer = new char[256];

    public void WriteSentence(ReadOnlySpan<char> text, List<Morpheme> morphemes, MorphologicalAnalyzer analyzer)
    {
        foreach (var m in morphemes)
        {
            if (m.IsCompound) continue;
            var entries = analyzer.EntriesOf(m.Kind);
            int needed = m.Length + 1 + entries.MaxFeatureLength(m.Entry) + 1;
            if (_buffer.Length < needed) _buffer = new char[Math.Max(needed, _buffer.Length * 2)];
            var span = _buffer.AsSpan();
            text.Slice(m.Start, m.Length).CopyTo(span);
            int n = m.Length;
            span[n++] = '\t';
            n += entries.WriteFeature(m.Entry, span[n..]);
            span[n++] = '\n';
            output.Write(span[..n]);
        }
        output.Write("EOS\n");
    }
}
