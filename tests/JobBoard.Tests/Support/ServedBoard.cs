using JobBoard.Pipeline;
using JobBoard.Tests.Security;
using Microsoft.Playwright;

namespace JobBoard.Tests.Support;

/// <summary>A board built into a temporary folder, served on 127.0.0.1 with the site's Netlify headers (its CSP
/// among them), and a headless Chromium to look at it.</summary>
public sealed class ServedBoard : IAsyncDisposable
{
    private readonly TempFolder temp;
    private readonly IPlaywright playwright;

    private ServedBoard(TempFolder temp, string output, StaticSiteServer server, IPlaywright playwright, IBrowser browser)
    {
        (this.temp, Output, Server, this.playwright, Browser) = (temp, output, server, playwright, browser);
    }

    public string Output { get; }

    public StaticSiteServer Server { get; }

    public IBrowser Browser { get; }

    /// <param name="edit">Changes a copy of <paramref name="input"/> before the build.</param>
    public static async Task<ServedBoard> StartAsync(string input, Action<string>? edit = null)
    {
        var temp = new TempFolder();
        var copy = temp.CopyFrom(input, "input");
        edit?.Invoke(copy);
        var output = temp.Combine("output");
        var result = BuildPipeline.Build(new BuildOptions(copy, RepoPaths.Theme, output));
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var server = await StaticSiteServer.StartAsync(output, ScriptInjectionBrowserTests.HostileSite.NetlifyHeaders());
        var (playwright, browser) = await Chromium.LaunchAsync();
        return new ServedBoard(temp, output, server, playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await Server.DisposeAsync();
        temp.Dispose();
    }
}
