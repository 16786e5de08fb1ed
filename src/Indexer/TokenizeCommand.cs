using System.CommandLine;
using System.Text;
using Gyokaku.Analysis.Morphology;
using Gyokaku.Analysis.Output;

namespace Gyokaku.Indexer;

/// <summary><c>tokenize</c>: morphological analysis of UTF-8 stdin, one output block per line, in MeCab's default format.</summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var mode = new Option<AnalysisMode>("--mode") { Description = "normal (MeCab's segmentation), search (also splits long compounds), extended", DefaultValueFactory = _ => AnalysisMode.Normal };
        var format = new Option<string>("--format") { Description = "Output format; mecab: surface<TAB>features per morpheme, EOS per line", DefaultValueFactory = _ => "mecab" };
        format.AcceptOnlyFromAmong("mecab");
        var command = new Command("tokenize", "Split Japanese text read from stdin into morphemes (IPADIC), printed like MeCab.") { mode, format };
        command.SetAction(parse => Run(parse.GetValue(mode)));
        return command;
    }

    private static int Run(AnalysisMode mode)
    {
        var analyzer = MorphologicalAnalyzer.CreateDefault(mode);
        var reader = new Utf8LineReader(Console.OpenStandardInput());
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        var writer = new MecabFormatWriter(stdout);
        var morphemes = new List<Morpheme>();
        int invalid = 0;
        while (reader.TryReadLine(out var line))
        {
            if (reader.LastLineWasInvalid)
            {
                invalid++;
                Console.Error.WriteLine($"tokenize: line {reader.LineNumber}: invalid UTF-8, bad bytes read as U+FFFD");
            }
            morphemes.Clear();
            analyzer.Analyze(line, morphemes);
            writer.WriteSentence(line, morphemes, analyzer);
        }
        stdout.Flush();
        return invalid == 0 ? 0 : 1;
    }
}
