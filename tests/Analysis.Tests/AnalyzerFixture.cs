using Gyokaku.Analysis.Dictionary;
using Gyokaku.Analysis.Morphology;
using Gyokaku.Analysis.Output;

namespace Gyokaku.Analysis.Tests;

/// <summary>Helpers shared by the tests: analyse text and print it the way MeCab does.</summary>
internal static class Analyze
{
    public static string Golden(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name));

    public static string AsMecab(string text, AnalysisMode mode = AnalysisMode.Normal, UserDictionary? user = null)
    {
        var analyzer = MorphologicalAnalyzer.CreateDefault(mode, user);
        var output = new StringWriter();
        var writer = new MecabFormatWriter(output);
        var morphemes = new List<Morpheme>();
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            morphemes.Clear();
            analyzer.Analyze(line, morphemes);
            writer.WriteSentence(line, morphemes, analyzer);
        }
        return output.ToString();
    }

    public static string[] Surfaces(string text, AnalysisMode mode = AnalysisMode.Normal, UserDictionary? user = null)
    {
        var analyzer = MorphologicalAnalyzer.CreateDefault(mode, user);
        return analyzer.Analyze(text).Select(m => text.Substring(m.Start, m.Length)).ToArray();
    }
}
