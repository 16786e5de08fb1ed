using System.Diagnostics;
using System.Text;
using Gyokaku.Analysis.Bench;
using Gyokaku.Analysis.Dictionary;
using Gyokaku.Analysis.Morphology;

// Analysis benchmark: dictionary load time, in-process throughput, and the `tokenize` command
// against `mecab` on the same input, process start included.
//   dotnet run -c Release --project bench/Analysis.Bench -- [input.txt] [--mb 10]
string? inputArgument = null;
int megabytes = 10;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--mb" && i + 1 < args.Length && int.TryParse(args[i + 1], out var mb) && mb > 0) { megabytes = mb; i++; }
    else if (!args[i].StartsWith("--", StringComparison.Ordinal)) inputArgument = args[i];
    else { Console.Error.WriteLine($"usage: Gyokaku.Analysis.Bench [input.txt] [--mb N]; unknown option {args[i]}"); return 2; }
}

var input = BenchInput.Prepare(inputArgument, megabytes);
long bytes = new FileInfo(input).Length;
Console.WriteLine($"input: {input} ({bytes / 1e6:F1} MB)");

// Dictionary load: first load (cold, includes JIT) and the best of five more.
// CPU time is printed too: on a shared machine, wall time includes waiting for a core.
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
using (var stream = typeof(SystemDictionary).Assembly.GetManifestResourceStream("Gyokaku.Analysis.ipadic.bin")!) SystemDictionary.Load(stream);
var cold = watch.Elapsed;
var coldCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
var warm = TimeSpan.MaxValue;
for (int i = 0; i < 5; i++)
{
    watch.Restart();
    using var stream = typeof(SystemDictionary).Assembly.GetManifestResourceStream("Gyokaku.Analysis.ipadic.bin")!;
    SystemDictionary.Load(stream);
    if (watch.Elapsed < warm) warm = watch.Elapsed;
}
Console.WriteLine($"dictionary load: first {cold.TotalMilliseconds:F0} ms (CPU {coldCpu.TotalMilliseconds:F0} ms), best of 5 {warm.TotalMilliseconds:F0} ms");

// In-process throughput (normal and search mode).
var lines = File.ReadAllLines(input, Encoding.UTF8);
// Warm up first so the JIT's tiers do not count against the first mode measured.
var warmUp = MorphologicalAnalyzer.CreateDefault(AnalysisMode.Search);
foreach (var line in lines.Take(5000)) warmUp.Analyze(line);
foreach (var mode in new[] { AnalysisMode.Normal, AnalysisMode.Search })
{
    var analyzer = MorphologicalAnalyzer.CreateDefault(mode);
    var morphemes = new List<Morpheme>();
    long tokens = 0;
    watch.Restart();
    foreach (var line in lines)
    {
        morphemes.Clear();
        analyzer.Analyze(line, morphemes);
        tokens += morphemes.Count;
    }
    var seconds = watch.Elapsed.TotalSeconds;
    Console.WriteLine($"in-process {mode,-6}: {tokens:N0} tokens in {seconds:F2} s = {tokens / seconds:N0} tokens/s, {bytes / 1e6 / seconds:F1} MB/s");
}

// The CLI against mecab, each reading the file on stdin and writing to a file.
var ours = Path.Combine(Path.GetTempPath(), "gyokaku-bench-ours.txt");
var theirs = Path.Combine(Path.GetTempPath(), "gyokaku-bench-mecab.txt");
var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? Environment.ProcessPath ?? "dotnet";
if (!Path.GetFileNameWithoutExtension(dotnet).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) dotnet = "dotnet";
var indexer = Path.Combine(AppContext.BaseDirectory, "gyokaku-indexer.dll");
var oursTime = ProcessTimer.Run(dotnet, [indexer, "tokenize"], input, ours);
Console.WriteLine($"tokenize (process): {oursTime.TotalSeconds:F2} s = {bytes / 1e6 / oursTime.TotalSeconds:F1} MB/s");

if (!ProcessTimer.OnPath("mecab"))
{
    Console.WriteLine("mecab: not installed, comparison skipped (apt-get install mecab mecab-ipadic-utf8 to compare)");
    return 0;
}
var mecabTime = ProcessTimer.Run("mecab", [], input, theirs);
Console.WriteLine($"mecab    (process): {mecabTime.TotalSeconds:F2} s = {bytes / 1e6 / mecabTime.TotalSeconds:F1} MB/s");
Console.WriteLine($"speed ratio tokenize/mecab: {mecabTime.TotalSeconds / oursTime.TotalSeconds:F2}x (target >= 0.5x)");

var a = File.ReadLines(ours).GetEnumerator();
var b = File.ReadLines(theirs).GetEnumerator();
long differing = 0, compared = 0;
while (true)
{
    bool hasA = a.MoveNext(), hasB = b.MoveNext();
    if (!hasA && !hasB) break;
    compared++;
    if (!hasA || !hasB || a.Current != b.Current) differing++;
}
Console.WriteLine(differing == 0
    ? $"output: identical to mecab ({compared:N0} lines)"
    : $"output: {differing:N0} of {compared:N0} lines differ from mecab (mecab splits lines over 8191 bytes; CR is stripped by tokenize)");
return 0;
