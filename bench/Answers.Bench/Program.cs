using System.Diagnostics;
using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

// Answer latency in process: p50 / p99 over a mix of intents on every plan, after a warm-up.
// usage: dotnet run -c Release --project bench/Answers.Bench [-- ROUNDS]
var rounds = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 50;
var root = FindRoot();
var index = Path.Combine(Path.GetTempPath(), "gyokaku-bench-index");
var load = Stopwatch.StartNew();
using var kb = KnowledgeBase.Load(Path.Combine(root, "seeds"), index);
Console.WriteLine($"load: {load.ElapsedMilliseconds} ms ({kb.Documents.Count} documents, {kb.Items.Count} items, {kb.Index.Count} index documents)");

string[] questions =
[
    "山口市の推進項目2の担当課は？", "山口市の移動市長室の参加者数、R3の目標は？", "山口市で協働推進課が担当する推進項目を一覧で教えて",
    "山口市第一次計画の45番は次期計画の何番になった？", "美祢市の№24はどんな取組？", "美祢市の大分類3の小分類は？",
    "行革推進プランの法定外目的税の導入検討の担当課を教えて", "行革推進プランの計画策定時点の効果額の合計は？",
    "岡山市の太陽光発電設備はR6末時点で何施設？", "岡山市の効果的な広報の推進の担当部局は？",
    "小郡市No.5のR4年度計画達成度を教えて", "小郡市のR2年度末地方債残高は？", "No.7の担当課は？",
    "Which section owns Ogori item No.9?", "北九州市の行財政改革の取組実績は？", "ペーパーレス化の取組は？",
];
var service = new AnswerService(kb);
foreach (var q in questions) service.Ask(q); // warm-up (JIT, caches)

var samples = new List<double>();
var perQuestion = questions.ToDictionary(q => q, _ => new List<double>());
for (var i = 0; i < rounds; i++)
    foreach (var q in questions)
    {
        var sw = Stopwatch.StartNew();
        service.Ask(q, "bench-" + (i % 10));
        samples.Add(sw.Elapsed.TotalMilliseconds);
        perQuestion[q].Add(sw.Elapsed.TotalMilliseconds);
    }
samples.Sort();
double P(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
Console.WriteLine($"answers: {samples.Count}  p50 {P(0.50):F2} ms  p90 {P(0.90):F2} ms  p99 {P(0.99):F2} ms  max {samples[^1]:F2} ms");
foreach (var (q, list) in perQuestion) Console.WriteLine($"  mean {list.Average():F2} ms  max {list.Max():F2} ms  {q}");
return P(0.99) <= 10 ? 0 : 1;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Gyokaku.sln"))) return dir.FullName;
    throw new InvalidOperationException("Gyokaku.sln not found");
}
