using System.Text.Json;
using JobBoard.Check;
using JobBoard.Model;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Check;

/// <summary>
/// <c>check --links</c> against <see cref="ApplyLinkServer"/>: each posting's apply link is requested
/// and a problem reported at the link's line; answers are kept a day in <c>.jobboard/links.json</c>.
/// </summary>
public sealed class ApplyLinkCheckTests : IAsyncLifetime
{
    /// <summary>The line of <c>applyUrl:</c> in <see cref="WritePosting"/>'s files.</summary>
    private const int ApplyLine = 5;

    private static readonly string[] LinkCodes = [DiagnosticCodes.PossiblyFilled, DiagnosticCodes.ApplyLinkBroken, DiagnosticCodes.ApplyLinkMoved];

    private readonly TempFolder board = new();
    private ApplyLinkServer server = null!;

    public async Task InitializeAsync()
    {
        server = await ApplyLinkServer.StartAsync();
        board.Write("input/site.yml", "title: Test\nbaseUrl: https://test.example.org/\n");
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        board.Dispose();
    }

    [Fact]
    public void Each_open_posting_is_reported_at_its_apply_link_by_what_the_link_answers()
    {
        foreach (var path in new[] { "open", "moved", "found", "gone-404", "gone-410", "closed", "head-refused", "server-error", "slow" })
        {
            WritePosting(path, server.Origin + "/" + path);
        }

        WritePosting("never", server.Never);

        var found = LinkDiagnostics(Check("--format", "json"));

        Assert.Equal(
            [
                ("closed", DiagnosticCodes.PossiblyFilled),
                ("gone-404", DiagnosticCodes.PossiblyFilled),
                ("gone-410", DiagnosticCodes.PossiblyFilled),
                ("moved", DiagnosticCodes.ApplyLinkMoved),
                ("never", DiagnosticCodes.ApplyLinkBroken),
                ("server-error", DiagnosticCodes.ApplyLinkBroken),
                ("slow", DiagnosticCodes.ApplyLinkBroken),
            ],
            found.Select(d => (d.Posting, d.Code)));
        Assert.All(found, d => Assert.Equal((ApplyLine, "warning"), (d.Line, d.Severity)));
        Assert.Contains("says \"no longer accepting applications\"", Message(found, "closed"), StringComparison.Ordinal);
        Assert.Contains($"to {server.Origin}/open", Message(found, "moved"), StringComparison.Ordinal);
        Assert.Contains("no answer within 2 s", Message(found, "slow"), StringComparison.Ordinal);
        Assert.Contains("no answer within 2 s", Message(found, "never"), StringComparison.Ordinal);
        Assert.Contains("answers 503", Message(found, "server-error"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_is_read_with_get_after_head_and_get_is_the_fallback_when_head_is_refused()
    {
        WritePosting("open", server.Origin + "/open");
        WritePosting("head-refused", server.Origin + "/head-refused");
        WritePosting("gone-404", server.Origin + "/gone-404");

        Check("--format", "json");

        Assert.Equal(["GET /open", "HEAD /open"], server.RequestsFor("/open").Order(StringComparer.Ordinal));
        Assert.Equal(["GET /head-refused", "HEAD /head-refused"], server.RequestsFor("/head-refused").Order(StringComparer.Ordinal));
        Assert.Equal(["HEAD /gone-404"], server.RequestsFor("/gone-404"));
    }

    [Fact]
    public void A_host_gets_two_requests_at_once_at_most_each_naming_jobboard()
    {
        for (var i = 1; i <= 6; i++)
        {
            WritePosting($"busy-{i}", $"{server.Origin}/busy-{i}");
        }

        Check();

        Assert.Equal(12, server.Requests.Count); // HEAD and GET for each page
        Assert.InRange(server.MostAtOnce, 1, 2);
        Assert.All(server.UserAgents, agent => Assert.Equal("JobBoard (apply link check)", agent));
    }

    [Fact]
    public void Mailto_links_and_closed_postings_are_not_requested()
    {
        WritePosting("mail", "mailto:jobs@example.org");
        WritePosting("archived", server.Origin + "/gone-404", "archived: true\n");

        var result = Check();

        Assert.Empty(server.Requests);
        Assert.Contains("Checked 0 apply links (0 from .jobboard/links.json, 1 mailto skipped)\n", result.Stdout.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Possibly_filled_is_a_warning_that_fails_the_check_with_strict()
    {
        WritePosting("gone-404", server.Origin + "/gone-404");

        Assert.Equal(0, Check().ExitCode);
        Assert.Equal(1, Check("--strict").ExitCode);
    }

    [Fact]
    public void Text_and_github_output_name_the_file_the_line_and_the_link()
    {
        WritePosting("gone-404", server.Origin + "/gone-404");

        var text = Check("--format", "text").Stdout.Replace("\r\n", "\n");
        var github = Check("--format", "github").Stdout;

        Assert.Contains($"input/jobs/gone-404-acme.md:{ApplyLine}:1: warning: apply link {server.Origin}/gone-404 answers 404: the job is possibly filled [JB0309]\n", text, StringComparison.Ordinal);
        Assert.Contains($"::warning file=input/jobs/gone-404-acme.md,line={ApplyLine},title=JB0309::apply link {server.Origin}/gone-404 answers 404", github, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_the_same_day_requests_nothing_and_answers_from_the_cache()
    {
        WritePosting("gone-404", server.Origin + "/gone-404");
        WritePosting("closed", server.Origin + "/closed");
        WritePosting("open", server.Origin + "/open");
        WritePosting("slow", server.Origin + "/slow");

        var first = LinkDiagnostics(Check("--format", "json"));
        var requests = server.Requests.Count(r => !r.EndsWith("/slow", StringComparison.Ordinal));
        var second = Check();
        var secondFound = LinkDiagnostics(Check("--format", "json"));

        Assert.Equal(requests, server.Requests.Count(r => !r.EndsWith("/slow", StringComparison.Ordinal)));
        Assert.Equal(first, secondFound);
        Assert.Contains("Checked 4 apply links (3 from .jobboard/links.json, 0 mailto skipped)", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cache_is_sorted_json_of_answers_beside_the_input_folder()
    {
        WritePosting("open", server.Origin + "/open");
        WritePosting("moved", server.Origin + "/moved");
        WritePosting("slow", server.Origin + "/slow");

        Check();

        using var cache = JsonDocument.Parse(File.ReadAllText(board.Combine(".jobboard", "links.json")));
        var entries = cache.RootElement.EnumerateArray().ToList();
        Assert.Equal([server.Origin + "/moved", server.Origin + "/open"], entries.Select(e => e.GetProperty("url").GetString()));
        var moved = entries[0];
        Assert.Equal(200, moved.GetProperty("status").GetInt32());
        Assert.Equal(server.Origin + "/open", moved.GetProperty("finalUrl").GetString());
        Assert.Equal(301, moved.GetProperty("redirect").GetInt32());
        Assert.EndsWith("Z", moved.GetProperty("checkedAt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_older_than_a_day_are_requested_again()
    {
        WritePosting("gone-404", server.Origin + "/gone-404");
        var input = board.Combine("input");
        var day = new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

        foreach (var hours in new[] { 0, 23, 25 })
        {
            var result = await ApplyLinkHealth.CheckAsync(input, PostingChecker.Check(input, CheckSelection.All, null), day.AddHours(hours), TimeSpan.FromSeconds(2));
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PossiblyFilled);
        }

        Assert.Equal(["HEAD /gone-404", "HEAD /gone-404"], server.RequestsFor("/gone-404"));
    }

    [Fact]
    public void A_new_board_keeps_the_cache_out_of_git()
    {
        using var repo = new GitRepo();
        File.Copy(Path.Combine(RepoPaths.Scaffold, ".gitignore"), Path.Combine(repo.Path, ".gitignore"));
        repo.Write(".jobboard/links.json", "[]");

        repo.Git("check-ignore", "-q", ".jobboard/links.json");
    }

    private void WritePosting(string name, string applyUrl, string extra = "") =>
        board.Write($"input/jobs/{name}-acme.md",
            $"---\ntitle: {name}\ncompany: Acme\ndatePosted: 2026-11-01\napplyUrl: {applyUrl}\n{extra}---\nWhat the job is about.\n");

    private Cli.Result Check(params string[] args)
    {
        var result = Cli.Run(["check", "--input", "input", "--links", "--link-timeout", "2", .. args],
            new Dictionary<string, string> { ["NO_COLOR"] = "1" }, workingDirectory: board.Path);
        Assert.True(result.ExitCode is 0 or 1 && result.Stderr.Length == 0, $"exit {result.ExitCode}: {result.Stderr}");
        return result;
    }

    private sealed record Found(string Posting, string Code, int Line, string Severity, string Message);

    /// <summary>The link diagnostics of <c>--format json</c>, by posting name (the file's name without <c>-acme.md</c>).</summary>
    private static List<Found> LinkDiagnostics(Cli.Result result)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        return [.. json.RootElement.EnumerateArray()
            .Where(d => LinkCodes.Contains(d.GetProperty("code").GetString()))
            .Select(d => new Found(
                Path.GetFileName(d.GetProperty("file").GetString()!).Replace("-acme.md", "", StringComparison.Ordinal),
                d.GetProperty("code").GetString()!,
                d.GetProperty("line").GetInt32(),
                d.GetProperty("severity").GetString()!,
                d.GetProperty("message").GetString()!))];
    }

    private static string Message(List<Found> found, string posting) => Assert.Single(found, d => d.Posting == posting).Message;
}
