using System.Text;
using System.Text.Json;
using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Bot.Answers;

/// <summary>
/// <c>ask "質問"</c> prints one answer; <c>ask --jsonl</c> reads {"id","question"} lines on stdin and writes
/// one JSON answer per line on stdout. Only JSON goes to stdout; logs go to stderr.
/// </summary>
public static class AskCommand
{
    private const string Usage = "usage: ask \"質問\" [--conversation ID] | ask --jsonl  (reads {\"id\",\"question\"} lines on stdin)";

    public static int Run(string[] args)
    {
        var jsonl = args.Contains("--jsonl");
        var conversation = ValueOf(args, "--conversation");
        var question = string.Join(" ", args.Where((a, i) => !a.StartsWith("--") && (i == 0 || args[i - 1] != "--conversation")));
        if (!jsonl && string.IsNullOrWhiteSpace(question))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var options = GyokakuOptions.From(null);
        KnowledgeBase kb;
        try
        {
            kb = KnowledgeBase.Load(options.SeedsPath, options.IndexPath, m => Console.Error.WriteLine(m));
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"ask: {e.Message}");
            return 1;
        }
        using (kb)
        {
            var service = new AnswerService(kb);
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            if (jsonl) RunJsonl(service, stdout);
            else stdout.WriteLine(service.Ask(question, conversation).Text);
            stdout.Flush();
        }
        return 0;
    }

    private static void RunJsonl(AnswerService service, StreamWriter stdout)
    {
        var stdin = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        var lineNumber = 0;
        while (stdin.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string? id = null, question = null, conversation = null;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                id = root.TryGetProperty("id", out var i) ? (i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetRawText()) : null;
                question = root.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
                conversation = root.TryGetProperty("conversationId", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            }
            catch (JsonException e)
            {
                Console.Error.WriteLine($"ask: line {lineNumber}: not JSON ({e.Message}); skipped");
                continue;
            }
            if (string.IsNullOrWhiteSpace(question))
            {
                Console.Error.WriteLine($"ask: line {lineNumber}: no \"question\"; skipped");
                continue;
            }
            Answer answer;
            try { answer = service.Ask(question, conversation); }
            catch (Exception e)
            {
                // One bad question must not lose the rest of the batch.
                Console.Error.WriteLine($"ask: line {lineNumber}: {e}");
                answer = new Answer(AnswerStatus.NotFound, "内部エラーのため回答できませんでした。", "error", []);
            }
            stdout.WriteLine(AnswerJson.Line(answer, id));
        }
    }

    private static string? ValueOf(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
