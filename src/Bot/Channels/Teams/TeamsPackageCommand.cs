using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Gyokaku.Bot.Channels.Teams;

/// <summary>
/// <c>teams-package --app-id GUID --domain HOST [--out FILE]</c>: the Teams app package (manifest.json with the
/// bot's app id and host filled in, plus the two icons) as the zip Teams' "Upload a custom app" takes.
/// </summary>
public static partial class TeamsPackageCommand
{
    public const string Usage = "usage: teams-package --app-id <MicrosoftAppId GUID> --domain <bot host, e.g. gyokaku.example.lg.jp> [--out gyokaku-teams.zip]";

    public static int Run(string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        output ??= Console.Out;
        errors ??= Console.Error;
        var (options, problem) = Parse(args);
        if (problem is not null)
        {
            errors.WriteLine($"teams-package: {problem}");
            errors.WriteLine(Usage);
            return 2;
        }
        var outPath = Path.GetFullPath(options["--out"]);
        Write(outPath, options["--app-id"], options["--domain"]);
        output.WriteLine($"wrote {outPath}: upload it in Teams (Apps › Manage your apps › Upload an app)");
        return 0;
    }

    /// <summary>Writes the package; an existing file is replaced only once the new one is complete.</summary>
    public static void Write(string outPath, string appId, string domain)
    {
        var manifest = Resource("teams/manifest.json")
            .Replace("${{MICROSOFT_APP_ID}}", appId, StringComparison.Ordinal)
            .Replace("${{BOT_DOMAIN}}", domain, StringComparison.Ordinal);
        var temporary = outPath + ".partial";
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
                writer.Write(manifest);
            foreach (var icon in new[] { "color.png", "outline.png" })
            {
                using var source = ResourceStream("teams/" + icon);
                using var target = zip.CreateEntry(icon).Open();
                source.CopyTo(target);
            }
        }
        File.Move(temporary, outPath, overwrite: true);
    }

    private static (Dictionary<string, string> Options, string? Problem) Parse(string[] args)
    {
        var options = new Dictionary<string, string> { ["--out"] = "gyokaku-teams.zip" };
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is not ("--app-id" or "--domain" or "--out"))
                return (options, $"unknown argument '{args[i]}'");
            if (i + 1 >= args.Length)
                return (options, $"{args[i]} needs a value");
            options[args[i]] = args[++i];
        }
        if (!options.TryGetValue("--app-id", out var appId) || !Guid.TryParse(appId, out _))
            return (options, "--app-id must be the bot's MicrosoftAppId (a GUID)");
        if (!options.TryGetValue("--domain", out var domain) || !HostName().IsMatch(domain))
            return (options, "--domain must be the host name the bot is reached at (no scheme, no path)");
        return (options, null);
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([A-Za-z0-9-]+\.)*[A-Za-z0-9-]+(:\d+)?$")]
    private static partial Regex HostName();

    private static string Resource(string name)
    {
        using var reader = new StreamReader(ResourceStream(name));
        return reader.ReadToEnd();
    }

    private static Stream ResourceStream(string name) =>
        typeof(TeamsPackageCommand).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"{name} is not embedded in the build");
}
