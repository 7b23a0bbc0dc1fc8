using Microsoft.Playwright;

namespace JobBoard.Tests.Support;

/// <summary>
/// Debian's chromium driven by Playwright. Never a browser download: the executable must be
/// installed (<c>apt-get install chromium</c>; .ci/run does it). When it is missing the browser
/// tests fail rather than skip, so CI cannot pass without them.
/// </summary>
public static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }
}
