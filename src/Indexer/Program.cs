using System.CommandLine;
using Gyokaku.Indexer;

var root = new RootCommand("Gyokaku indexer: reads plan documents, dumps them, builds the search index.");
root.Subcommands.Add(DumpCommand.Create());
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(TokenizeCommand.Create());
root.Subcommands.Add(CompileDictionaryCommand.Create());
return root.Parse(args).Invoke();
