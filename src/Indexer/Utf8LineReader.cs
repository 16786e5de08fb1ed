using System.Text;
using System.Text.Unicode;

namespace Gyokaku.Indexer;

/// <summary>
/// Reads UTF-8 lines from a stream into a reusable char buffer, without allocating per line.
/// Invalid bytes become U+FFFD and the line is reported, so nothing is silently dropped.
/// A trailing CR is removed so CRLF files analyse like LF files.
/// </summary>
internal sealed class Utf8LineReader(Stream input)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start, _end;
    private bool _eof;
    private byte[] _line = new byte[1 << 12];
    private char[] _chars = new char[1 << 12];
    private readonly Decoder _decoder = new UTF8Encoding(false, false).GetDecoder();

    public int LineNumber { get; private set; }

    /// <summary>Whether the last line read had invalid UTF-8.</summary>
    public bool LastLineWasInvalid { get; private set; }

    /// <summary>The next line without its terminator, or false at the end of input.</summary>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        int length = 0;
        bool any = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_eof || !Fill()) break;
            }
            any = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            int newline = available.IndexOf((byte)'\n');
            int take = newline < 0 ? available.Length : newline;
            Append(available[..take], ref length);
            _start += take;
            if (newline >= 0)
            {
                _start++;
                break;
            }
        }
        if (!any)
        {
            line = default;
            return false;
        }
        LineNumber++;
        var bytes = _line.AsSpan(0, length);
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        LastLineWasInvalid = !Utf8.IsValid(bytes);
        if (_chars.Length < bytes.Length) _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        _decoder.Reset();
        int count = _decoder.GetChars(bytes, _chars, flush: true);
        line = _chars.AsSpan(0, count);
        return true;
    }

    private void Append(ReadOnlySpan<byte> bytes, ref int length)
    {
        if (_line.Length < length + bytes.Length) Array.Resize(ref _line, Math.Max(length + bytes.Length, _line.Length * 2));
        bytes.CopyTo(_line.AsSpan(length));
        length += bytes.Length;
    }

    private bool Fill()
    {
        _start = 0;
        _end = input.Read(_buffer, 0, _buffer.Length);
        if (_end == 0) _eof = true;
        return _end > 0;
    }
}
