using System.CommandLine;
using System.Diagnostics;
using Gyokaku.Analysis.Dictionary.Compiling;

namespace Gyokaku.Indexer;

/// <summary><c>compile-dictionary SOURCE OUTPUT</c>: compiles a mecab-ipadic source folder into Gyokaku's binary dictionary.</summary>
internal static class CompileDictionaryCommand
{
    public static Command Create()
    {
        var source = new Argument<DirectoryInfo>("source") { Description = "mecab-ipadic source folder (char.def, unk.def, matrix.def, *.csv), e.g. /usr/share/mecab/dic/ipadic" };
        var output = new Argument<FileInfo>("output") { Description = "Binary dictionary to write, e.g. src/Analysis/Dictionary/ipadic.bin" };
        var charset = new Option<string>("--charset") { Description = "Encoding of the source files", DefaultValueFactory = _ => "euc-jp" };
        var command = new Command("compile-dictionary", "Compile a MeCab IPADIC source folder into the analyzer's binary dictionary.") { source, output, charset };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(source)!;
            if (!directory.Exists)
            {
                Console.Error.WriteLine($"compile-dictionary: no such folder: {directory.FullName}");
                return 2;
            }
            var watch = Stopwatch.StartNew();
            try
            {
                IpadicCompiler.CompileToFile(directory.FullName, parse.GetValue(output)!.FullName, parse.GetValue(charset)!, Console.Error);
            }
            catch (Exception e) when (e is InvalidDataException or FileNotFoundException or ArgumentException or System.Text.DecoderFallbackException)
            {
                Console.Error.WriteLine($"compile-dictionary: {e.Message}");
                return 1;
            }
            Console.Error.WriteLine($"compile-dictionary: done in {watch.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        return command;
    }
}
