extern alias cli;

using System.Net;
using System.Net.Http.Headers;
using cli::JobBoard.Cli.Serve;
using JobBoard.Output;
using JobBoard.Site;

namespace JobBoard.Tests.Serve;

/// <summary>The HTTP side alone, over real HTTP on 127.0.0.1, serving a fixed snapshot.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly LiveReloadHub hub = new();
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private PreviewServer server = null!;

    private static readonly SiteSnapshot Site = SiteSnapshot.From(
    [
        OutputFile.Text("index.html", "<!doctype html><body><h1>Home</h1></body>"),
        OutputFile.Text("jobs/x/index.html", "<!doctype html><body><h1>Job X</h1></body>"),
        OutputFile.Text("404.html", "<!doctype html><body><h1>Our own 404</h1></body>"),
        OutputFile.Text("assets/style.0123456789.css", "body { color: black; }"),
        OutputFile.Text("feed.xml", "<feed/>"),
        OutputFile.Text("feed.json", "{}"),
        OutputFile.Text("tags/go/feed.json", "{}"),
        OutputFile.Text("jobs.json", "{}"),
    ], version: 1);

    public async Task InitializeAsync()
    {
        server = await PreviewServer.StartAsync("127.0.0.1", 0, () => Site, hub);
        http.BaseAddress = server.Url;
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/jobs/x/", "text/html")]
    [InlineData("/assets/style.0123456789.css", "text/css")]
    [InlineData("/feed.xml", "application/atom+xml")]
    [InlineData("/feed.json", "application/feed+json")]
    [InlineData("/tags/go/feed.json", "application/feed+json")]
    [InlineData("/jobs.json", "application/json")]
    [InlineData(ReloadClient.ScriptPath, "text/javascript")]
    public async Task Files_are_served_with_their_content_type(string path, string type)
    {
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Html_gets_the_reload_client_and_other_files_do_not()
    {
        Assert.True(ReloadClient.IsInjected(await http.GetStringAsync("/jobs/x/")));
        Assert.False(ReloadClient.IsInjected(await http.GetStringAsync("/assets/style.0123456789.css")));
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_to_the_pretty_url()
    {
        using var response = await http.GetAsync("/jobs/x");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/jobs/x/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_missing_page_is_the_sites_404_page_with_status_404()
    {
        using var response = await http.GetAsync("/jobs/nobody/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Our own 404", html, StringComparison.Ordinal);
        Assert.True(ReloadClient.IsInjected(html));
    }

    [Fact]
    public async Task The_etag_of_an_unchanged_file_gives_304()
    {
        using var first = await http.GetAsync("/");
        var etag = first.Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var third = await http.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Head_gives_the_headers_of_get_without_a_body()
    {
        using var get = await http.GetAsync("/");
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task Other_methods_are_refused(string method)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/..%2f..%2f..%2fetc/passwd")]
    [InlineData("/jobs/..%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:%5cWindows%5cwin.ini")]
    public async Task Traversal_attempts_are_refused(string target)
    {
        var status = await RawHttp.Status(server.Url, target);
        Assert.Equal(400, status);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("http://evil.example/../../etc/passwd")]
    public async Task Raw_dot_segments_and_absolute_forms_never_reach_a_file(string target)
    {
        // Kestrel removes raw dot segments or rejects the request itself; either way nothing outside is served.
        var status = await RawHttp.Status(server.Url, target);
        Assert.True(status is 400 or 404, $"{target} gave {status}");
    }

    [Fact]
    public async Task Every_open_tab_receives_the_reload_event()
    {
        await using var first = await EventStream.Connect(new Uri(server.Url, ReloadClient.EventsPath));
        await using var second = await EventStream.Connect(new Uri(server.Url, ReloadClient.EventsPath));
        hub.Reload();
        await first.Until("reload");
        await second.Until("reload");
    }

    [Fact]
    public async Task A_tab_opened_while_the_build_is_broken_gets_the_overlay_at_once()
    {
        hub.ShowErrors("[{\"file\":\"jobs/x.md\",\"line\":2}]");
        await using var events = await EventStream.Connect(new Uri(server.Url, ReloadClient.EventsPath));
        Assert.Contains("jobs/x.md", await events.Until("errors"), StringComparison.Ordinal);
        hub.ClearErrors();
        await events.Until("ok");
    }
}
