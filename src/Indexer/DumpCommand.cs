using System.CommandLine;
using System.Text;
using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Serialization;

namespace Gyokaku.Indexer;

/// <summary><c>dump DIR</c>: every document of DIR as JSON on stdout; what could not be read on stderr.</summary>
internal static class DumpCommand
{
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "Folder of plan documents (e.g. seeds/)" };
        var command = new Command("dump", "Print every document read from DIR as JSON.") { dir };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(dir)!;
            if (!directory.Exists)
            {
                Console.Error.WriteLine($"dump: no such folder: {directory.FullName}");
                return 2;
            }
            var result = new PlanLoader().LoadDirectory(directory.FullName);
            foreach (var warning in result.Warnings) Console.Error.WriteLine($"warning: {warning}");
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            stdout.WriteLine(PlanJson.Dump(result.Documents));
            stdout.Flush();
            return 0;
        });
        return command;
    }
}
