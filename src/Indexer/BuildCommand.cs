using System.CommandLine;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;
using Gyokaku.Knowledge.Search;
using Spectre.Console;

namespace Gyokaku.Indexer;

/// <summary>
/// <c>build [--seeds seeds] [--index data/index]</c>: reads every document and writes a fresh index,
/// published atomically (the previous one keeps serving until the new one is complete).
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var seeds = new Option<DirectoryInfo>("--seeds") { Description = "Folder of plan documents", DefaultValueFactory = _ => new DirectoryInfo("seeds") };
        var index = new Option<DirectoryInfo>("--index") { Description = "Index root folder", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("data", "index")) };
        var command = new Command("build", "Build the search index from the seeds.") { seeds, index };
        command.SetAction(parse => Run(parse.GetValue(seeds)!, parse.GetValue(index)!));
        return command;
    }

    private static int Run(DirectoryInfo seeds, DirectoryInfo index)
    {
        if (!seeds.Exists)
        {
            Console.Error.WriteLine($"build: no such folder: {seeds.FullName}");
            return 2;
        }
        var files = Directory.EnumerateFiles(seeds.FullName)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        var loader = new PlanLoader();
        var documents = new List<PlanDocument>();
        IReadOnlyList<IndexedDocument> summary = [];
        var store = new IndexStore(index.FullName);

        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var reading = progress.AddTask("read", maxValue: files.Count);
                foreach (var file in files)
                {
                    reading.Description = $"read {Markup.Escape(Path.GetFileName(file))}";
                    documents.Add(loader.Load(SourceText.Load(file)));
                    reading.Increment(1);
                }
                reading.Description = "read";
                var indexing = progress.AddTask("index", maxValue: Math.Max(documents.Count, 1));
                summary = IndexBuilder.Build(documents, store, done =>
                {
                    indexing.Description = $"index {Markup.Escape(done.File)}";
                    indexing.Increment(1);
                });
                indexing.Description = "index";
            });

        var table = new Table().AddColumns("file", "layout", "title", "items", "passages", "warnings");
        foreach (var d in summary)
            table.AddRow(Markup.Escape(d.File), Markup.Escape(d.Layout), Markup.Escape(Shorten(d.Title, 40)), d.Items.ToString(), d.Passages.ToString(),
                d.Warnings == 0 ? "0" : $"[yellow]{d.Warnings}[/]");
        AnsiConsole.Write(table);
        foreach (var w in documents.SelectMany(d => d.Warnings)) Console.Error.WriteLine($"warning: {w}");
        AnsiConsole.MarkupLine($"index: [green]{Markup.Escape(store.Current() ?? "?")}[/]");
        return 0;
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
