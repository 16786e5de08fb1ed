using System.IO.Compression;
using System.Text.Json;
using Gyokaku.Bot.Channels.Cards;
using Gyokaku.Bot.Channels.Teams;

namespace Gyokaku.Bot.Tests;

/// <summary>The Teams app package: the manifest filled in, icons of the sizes Teams requires.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private readonly string zipPath = Path.Combine(Path.GetTempPath(), $"gyokaku-teams-{Guid.NewGuid():N}.zip");

    public void Dispose() => File.Delete(zipPath);

    [Fact]
    public void The_package_has_the_manifest_with_the_app_id_and_both_icons()
    {
        var output = new StringWriter();
        Assert.Equal(0, TeamsPackageCommand.Run(["--app-id", AppId, "--domain", "gyokaku.example.lg.jp", "--out", zipPath], output, TextWriter.Null));
        Assert.Contains(zipPath, output.ToString());

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var root = manifest.RootElement;
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal("1.19", root.GetProperty("manifestVersion").GetString());
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        var bot = root.GetProperty("bots")[0];
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["gyokaku.example.lg.jp"], root.GetProperty("validDomains").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("https://gyokaku.example.lg.jp/", root.GetProperty("developer").GetProperty("websiteUrl").GetString());
        Assert.DoesNotContain("${{", root.GetRawText());

        // The commands Teams offers are the welcome card's example questions, within Teams' 32-character limit.
        var commands = bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();
        Assert.Equal(CardLabels.ExampleQuestions, commands);
        Assert.All(commands, c => Assert.InRange(c.Length, 1, 32));
        Assert.InRange(root.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);

        Assert.Equal((192, 192, 2), PngHeader(zip, "color.png"));   // colour type 2: RGB
        Assert.Equal((32, 32, 6), PngHeader(zip, "outline.png"));   // colour type 6: RGBA, transparent background
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--domain", "gyokaku.example.lg.jp")]
    [InlineData("--app-id", AppId, "--domain", "https://gyokaku.example.lg.jp/")]
    [InlineData("--app-id", AppId, "--colour", "blue")]
    [InlineData("--app-id")]
    public void Bad_arguments_are_refused_with_the_usage_and_no_file(params string[] args)
    {
        var errors = new StringWriter();
        Assert.Equal(2, TeamsPackageCommand.Run([.. args, "--out", zipPath], TextWriter.Null, errors));
        Assert.Contains(TeamsPackageCommand.Usage, errors.ToString());
        Assert.False(File.Exists(zipPath));
    }

    /// <summary>Width, height and colour type from a PNG's IHDR chunk.</summary>
    private static (int Width, int Height, int ColourType) PngHeader(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        var header = new byte[26];
        stream.ReadExactly(header);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(header, 12, 4));
        int Int(int at) => header[at] << 24 | header[at + 1] << 16 | header[at + 2] << 8 | header[at + 3];
        return (Int(16), Int(20), header[25]);
    }
}
