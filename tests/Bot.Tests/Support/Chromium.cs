using System.Diagnostics;
using Microsoft.Playwright;

namespace Gyokaku.Bot.Tests.Support;

/// <summary>
/// Headless Chromium for browser tests. Playwright cannot download its own browsers here, so this drives
/// Debian's chromium and installs it with apt-get when it is missing (CI runs as root on a fresh machine).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        EnsureInstalled();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
    }

    private static void EnsureInstalled()
    {
        if (File.Exists(ExecutablePath))
            return;
        var install = Process.Start(new ProcessStartInfo("bash", ["-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = install.StandardOutput.ReadToEndAsync();
        var errors = install.StandardError.ReadToEndAsync();
        if (!install.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            install.Kill(entireProcessTree: true);
            throw new InvalidOperationException("installing chromium with apt-get took more than 15 minutes");
        }
        if (install.ExitCode != 0 || !File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"browser tests need {ExecutablePath}; 'apt-get install -y chromium' failed ({install.ExitCode}):\n{errors.Result}\n{output.Result}");
    }
}
