using System.Diagnostics;

namespace Gyokaku.Analysis.Bench;

/// <summary>Runs a command with a file as stdin and stdout to a file, and measures wall time, start-up included.</summary>
internal static class ProcessTimer
{
    public static TimeSpan? Run(string executable, IEnumerable<string> arguments, string inputPath, string outputPath)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;   // not installed
        }
        using (process)
        using (var output = File.Create(outputPath))
        {
            var copyOut = process.StandardOutput.BaseStream.CopyToAsync(output);
            var errors = process.StandardError.ReadToEndAsync();
            using (var input = File.OpenRead(inputPath)) input.CopyTo(process.StandardInput.BaseStream);
            process.StandardInput.Close();
            copyOut.Wait();
            process.WaitForExit();
            watch.Stop();
            if (process.ExitCode != 0 && errors.Result.Length > 0) Console.Error.WriteLine($"{executable}: {errors.Result.Trim()}");
        }
        return watch.Elapsed;
    }

    /// <summary>Whether a program of that name is on PATH.</summary>
    public static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, name)));
}
