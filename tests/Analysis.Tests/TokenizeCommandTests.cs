using System.Diagnostics;
using System.Text;

namespace Gyokaku.Analysis.Tests;

/// <summary>The real <c>tokenize</c> command, run as a process on bytes.</summary>
public class TokenizeCommandTests
{
    private static (int Exit, string Stdout, string Stderr) Run(byte[] input, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gyokaku-indexer.dll"));
        start.ArgumentList.Add("tokenize");
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(30_000), "tokenize did not finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Prints_mecab_format_with_eos_per_line()
    {
        var (exit, stdout, _) = Run(Encoding.UTF8.GetBytes("会議が開かれた\r\n\nabc"));
        Assert.Equal(0, exit);
        Assert.Equal(
            "会議\t名詞,サ変接続,*,*,*,*,会議,カイギ,カイギ\nが\t助詞,格助詞,一般,*,*,*,が,ガ,ガ\n" +
            "開か\t動詞,自立,*,*,五段・カ行イ音便,未然形,開く,ヒラカ,ヒラカ\nれ\t動詞,接尾,*,*,一段,連用形,れる,レ,レ\n" +
            "た\t助動詞,*,*,*,特殊・タ,基本形,た,タ,タ\nEOS\nEOS\nabc\t名詞,固有名詞,組織,*,*,*,*\nEOS\n", stdout);
    }

    [Fact]
    public void Search_mode_prints_the_parts()
    {
        var (exit, stdout, _) = Run(Encoding.UTF8.GetBytes("関西国際空港\n"), "--mode", "search");
        Assert.Equal(0, exit);
        Assert.Equal(["関西", "国際", "空港", "EOS"], stdout.TrimEnd('\n').Split('\n').Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public void Invalid_utf8_is_reported_and_the_rest_still_analysed()
    {
        byte[] input = [.. Encoding.UTF8.GetBytes("正しい行\n"), 0xE8, 0xA1, (byte)'a', 0xFF, (byte)'\n', .. Encoding.UTF8.GetBytes("次の行\n")];
        var (exit, stdout, stderr) = Run(input);
        Assert.Equal(1, exit);
        Assert.Contains("line 2: invalid UTF-8", stderr);
        Assert.Equal(3, stdout.Split('\n').Count(l => l == "EOS"));
        Assert.Contains('\uFFFD', stdout);
        Assert.Contains("次\t", stdout);
    }

    [Fact]
    public void Unknown_mode_is_refused_with_a_message()
    {
        var (exit, _, stderr) = Run([], "--mode", "fast");
        Assert.NotEqual(0, exit);
        Assert.Contains("fast", stderr);
    }
}
