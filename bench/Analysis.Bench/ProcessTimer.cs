using System.Diagnostics;

namespace Gyokaku.Analysis.Bench;

/// <summary>
/// Runs a command through the shell with stdin and stdout redirected to files, as a user would
/// run it, and measures wall time, process start included. Piping through this process instead
/// would slow mecab's many small writes more than ours, and skew the ratio.
/// </summary>
internal static class ProcessTimer
{
    public static TimeSpan Run(string executable, IEnumerable<string> arguments, string inputPath, string outputPath)
    {
        var command = string.Join(' ', new[] { executable }.Concat(arguments).Select(Quote)) + $" < {Quote(inputPath)} > {Quote(outputPath)}";
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0) Console.Error.WriteLine($"{executable} exited with {process.ExitCode}: {errors.Trim()}");
        return watch.Elapsed;
    }

    /// <summary>Whether a program of that name is on PATH.</summary>
    public static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, name)));

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";
}
