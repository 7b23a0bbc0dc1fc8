extern alias cli;

using System.Net;
using cli::JobBoard.Cli;
using cli::JobBoard.Cli.Serve;
using JobBoard.Site;
using JobBoard.Tests.Support;
using JobBoard.Pipeline;

namespace JobBoard.Tests.Serve;

/// <summary>
/// The whole preview loop in-process, over real HTTP on 127.0.0.1: a file saved on disk is
/// rebuilt, swapped in and announced to the browser.
/// </summary>
public sealed class ServeTests : IAsyncLifetime
{
    private const string JobPath = "/jobs/frontend-engineer-northwind-labs/";

    private readonly TempFolder temp = new();
    private readonly LiveReloadHub hub = new();
    private readonly HttpClient http = new();
    private RebuildCoordinator coordinator = null!;
    private SiteWatcher watcher = null!;
    private PreviewServer server = null!;
    private EventStream events = null!;

    private string Posting => temp.Combine("input", "jobs", "frontend-engineer.md");

    public async Task InitializeAsync()
    {
        var options = new BuildOptions(temp.CopyFrom(Path.Combine(RepoPaths.Fixtures, "basic"), "input"),
            temp.CopyFrom(RepoPaths.Theme, "theme"), Output: "", Now: new DateOnly(2026, 11, 1), KeepGoing: true);
        coordinator = new RebuildCoordinator(options, hub, TextWriter.Null);
        coordinator.BuildFirst();
        watcher = coordinator.Watch();
        server = await PreviewServer.StartAsync("127.0.0.1", 0, () => coordinator.Current, hub);
        http.BaseAddress = server.Url;
        events = await EventStream.Connect(new Uri(server.Url, ReloadClient.EventsPath));
    }

    public async Task DisposeAsync()
    {
        await events.DisposeAsync();
        watcher.Dispose();
        await server.DisposeAsync();
        http.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task The_first_build_is_served()
    {
        Assert.Contains("Frontend Engineer", await http.GetStringAsync(JobPath), StringComparison.Ordinal);
        Assert.Empty(coordinator.Errors);
    }

    [Fact]
    public async Task An_edited_posting_reloads_the_browser_with_the_new_content()
    {
        File.WriteAllText(Posting, File.ReadAllText(Posting).Replace("scheduling tools for clinics", "scheduling tools for vets"));
        await events.Until("reload");
        Assert.Contains("scheduling tools for vets", await http.GetStringAsync(JobPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_through_a_temporary_file_and_rename_is_picked_up()
    {
        var temporary = Posting + ".tmp~";
        File.WriteAllText(temporary, File.ReadAllText(Posting).Replace("Keep our design system tidy", "Keep our design system lovely"));
        File.Move(temporary, Posting, overwrite: true);
        await events.Until("reload");
        Assert.Contains("design system lovely", await http.GetStringAsync(JobPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_postings_page_becomes_404()
    {
        File.Delete(Posting);
        await events.Until("reload");
        using var response = await http.GetAsync(JobPath);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postings_added_moved_out_and_back_edited_and_deleted_in_turn_are_served_as_saved()
    {
        // After the first rebuild the watcher's reports are trusted: these rebuilds read only what it names.
        File.WriteAllText(Posting, File.ReadAllText(Posting).Replace("scheduling tools for clinics", "scheduling tools for vets"));
        await events.Until("reload");
        const string NursePage = "/jobs/night-nurse-acme/";
        var nurse = temp.Write("input/jobs/night-nurse-acme.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\n---\nNights.\n");
        await events.Until("reload");
        Assert.Contains("Night Nurse", await http.GetStringAsync(NursePage), StringComparison.Ordinal);

        var draft = temp.Combine("input", "night-nurse-acme.md");
        File.Move(nurse, draft);
        await events.Until("reload");
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(NursePage));
        File.Move(draft, nurse);
        await events.Until("reload");
        Assert.Contains("Night Nurse", await http.GetStringAsync(NursePage), StringComparison.Ordinal);

        File.WriteAllText(Posting, File.ReadAllText(Posting).Replace("scheduling tools for vets", "scheduling tools for zoos"));
        await events.Until("reload");
        Assert.Contains("scheduling tools for zoos", await http.GetStringAsync(JobPath), StringComparison.Ordinal);
        File.Delete(nurse);
        await events.Until("reload");
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(NursePage));
    }

    private async Task<HttpStatusCode> StatusOf(string path)
    {
        using var response = await http.GetAsync(path);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_broken_posting_shows_the_overlay_and_keeps_the_old_page_until_fixed()
    {
        var good = File.ReadAllText(Posting);
        File.WriteAllText(Posting, "---\ntitle: [unclosed\ncompany: Acme\n---\nBody\n");
        var overlay = await events.Until("errors");
        Assert.Contains("\"file\":\"jobs/frontend-engineer.md\"", overlay, StringComparison.Ordinal);
        Assert.Contains("\"line\":2", overlay, StringComparison.Ordinal);
        Assert.Contains("Frontend Engineer", await http.GetStringAsync(JobPath), StringComparison.Ordinal);

        File.WriteAllText(Posting, good.Replace("Keep our design system tidy", "Keep our design system fixed"));
        await events.Until("reload");
        Assert.Empty(coordinator.Errors);
        Assert.Contains("design system fixed", await http.GetStringAsync(JobPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_template_shows_the_overlay_with_the_template_file()
    {
        var layout = temp.Combine("theme", "layouts", "base.hbs");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{page.title}}", "{{#if page.title}}"));
        Assert.Contains("base.hbs", await events.Until("errors"), StringComparison.Ordinal);
        Assert.Contains("Frontend Engineer", await http.GetStringAsync(JobPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stylesheet_change_swaps_the_stylesheet_without_a_reload_before_the_pages_follow()
    {
        var before = coordinator.Current.Stylesheets.Single();
        File.AppendAllText(temp.Combine("theme", "assets", "style.css"), "\nh1 { color: rebeccapurple; }\n");
        var (name, data) = await events.Next();
        Assert.Equal("css", name);
        var after = Assert.Single(System.Text.Json.JsonSerializer.Deserialize<string[]>(data)!);
        Assert.NotEqual(before, after);
        Assert.Contains("rebeccapurple", await http.GetStringAsync(after), StringComparison.Ordinal); // served as soon as announced

        // The pages follow, naming the new stylesheet only; no reload is announced for them.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(await http.GetStringAsync("/")).Contains(after, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(after, coordinator.Current.Stylesheets.Single());
        Assert.DoesNotContain(before, await http.GetStringAsync(JobPath), StringComparison.Ordinal);
        var unchanged = temp.Combine("input", "jobs", "frontend-engineer.md");
        File.AppendAllText(unchanged, "\nOne more line.\n");
        Assert.Equal("reload", (await events.Next()).Name); // the next event is this edit's, not a reload for the stylesheet
    }
}
