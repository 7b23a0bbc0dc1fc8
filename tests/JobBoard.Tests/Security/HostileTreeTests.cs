using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using JobBoard.Model;
using JobBoard.Tests.Serve;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Security;

/// <summary>
/// Input trees made hostile with what git stores (links) and what a machine holds (pipes, devices,
/// huge files), run through the real CLI: nothing outside the input or theme folder is read or echoed,
/// nothing blocks or runs away, and every command ends with one diagnostic per such entry, never an
/// unhandled exception. Each run's heap is capped, so a command that reads a runaway file fails fast
/// instead of taking the machine's memory.
/// </summary>
public sealed class HostileTreeTests
{
    private const string Secret = "wJalr-TOP";
    private const string Posting = "---\ntitle: Dev\ncompany: Acme\napplyUrl: https://acme.example.com/jobs/1\n---\n\nBody.\n";

    private static readonly Dictionary<string, string> CappedHeap = new() { ["DOTNET_GCHeapHardLimit"] = "0x10000000" };

    private static Cli.Result Run(params string[] args) => Cli.Run(args, CappedHeap);

    /// <summary>A board with one good posting, and outside it a folder with a secret that reads as a posting.</summary>
    private static (string Input, string Outside) Board(TempFolder temp)
    {
        temp.Write("outside/env.txt", $"Title: Leaked Engineer\nCompany: Secret Co\nApply: https://apply.example.com/x\n\nSECRET={Secret}\n");
        temp.Write("input/jobs/dev-acme.md", Posting);
        return (temp.Combine("input"), temp.Combine("outside"));
    }

    private static void AssertNothingLeaked(Cli.Result result, string output)
    {
        Assert.DoesNotContain("Unhandled", result.Stderr, StringComparison.Ordinal);
        foreach (var text in new[] { result.Stdout, result.Stderr }
            .Concat(Directory.Exists(output) ? SiteTree.Files(output).Select(f => File.ReadAllText(Path.Combine(output, f))) : []))
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Leaked", text, StringComparison.Ordinal);
        }
    }

    private static void AssertReported(string output, string file, string code) =>
        Assert.Matches(new Regex($"(^|[/ ]){Regex.Escape(file)}: error: [^\n]*\\[{code}\\]", RegexOptions.Multiline), output);

    [Fact]
    public void A_link_to_a_folder_outside_the_input_is_reported_and_nothing_under_it_is_published()
    {
        using var temp = new TempFolder();
        var (input, outside) = Board(temp);
        File.CreateSymbolicLink(Path.Combine(input, "jobs", "leak"), outside);
        // A ".." after a link leaves the link's target: this reaches outside/env.txt, though it reads as jobs/env.txt.
        Directory.CreateDirectory(Path.Combine(outside, "deep"));
        File.CreateSymbolicLink(Path.Combine(input, "jobs", "deep"), Path.Combine(outside, "deep"));
        File.CreateSymbolicLink(Path.Combine(input, "jobs", "trick.md"), "deep/../env.txt");
        var output = temp.Combine("out");

        var refused = Run("build", "--input", input, "--theme", RepoPaths.Theme, "--output", output);
        Assert.Equal(1, refused.ExitCode);
        AssertNothingLeaked(refused, output);

        var kept = Run("build", "--input", input, "--theme", RepoPaths.Theme, "--output", output, "--keep-going");
        Assert.True(kept.ExitCode == 0, kept.Stderr);
        AssertReported(kept.Stderr, "jobs/leak", DiagnosticCodes.LinkOutsideInput);
        AssertReported(kept.Stderr, "jobs/deep", DiagnosticCodes.LinkOutsideInput);
        AssertReported(kept.Stderr, "jobs/trick.md", DiagnosticCodes.LinkOutsideInput);
        Assert.True(File.Exists(Path.Combine(output, "jobs", "dev-acme", "index.html")));
        AssertNothingLeaked(kept, output);
    }

    [Theory]
    [InlineData("jobs")]
    [InlineData("site.yml")]
    [InlineData("taxonomy.yml")]
    public void An_input_entry_linked_outside_the_input_is_not_read(string entry)
    {
        using var temp = new TempFolder();
        var (input, outside) = Board(temp);
        if (entry == "jobs")
        {
            File.Move(Path.Combine(input, "jobs", "dev-acme.md"), Path.Combine(outside, "dev-acme.md"));
            Directory.Delete(Path.Combine(input, "jobs"));
        }

        File.CreateSymbolicLink(Path.Combine(input, entry), entry == "jobs" ? outside : Path.Combine(outside, "env.txt"));
        var output = temp.Combine("out");

        var check = Run("check", "--input", input);
        Assert.Equal(1, check.ExitCode);
        AssertReported(check.Stdout, entry, DiagnosticCodes.LinkOutsideInput);
        AssertNothingLeaked(check, output);

        var build = Run("build", "--input", input, "--theme", RepoPaths.Theme, "--output", output, "--keep-going");
        AssertReported(build.Stderr, entry, DiagnosticCodes.LinkOutsideInput);
        AssertNothingLeaked(build, output);
    }

    [Theory]
    [InlineData("assets/style.css")]
    [InlineData("templates/job.hbs")]
    [InlineData("partials/secret.hbs")]
    public void A_theme_file_linked_outside_the_theme_is_not_read(string file)
    {
        using var temp = new TempFolder();
        var (input, outside) = Board(temp);
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        File.Delete(Path.Combine(theme, file));
        File.CreateSymbolicLink(Path.Combine(theme, file), Path.Combine(outside, "env.txt"));
        var output = temp.Combine("out");

        var build = Run("build", "--input", input, "--theme", theme, "--output", output, "--keep-going");
        Assert.Equal(1, build.ExitCode);
        AssertReported(build.Stderr, "theme/" + file, DiagnosticCodes.LinkOutsideInput);
        AssertNothingLeaked(build, output);
        Assert.False(Directory.Exists(output));
    }

    /// <summary>Links that loop, a link to the root, a file link loop and a named pipe: every command that reads postings.</summary>
    private static string LoopsAndPipes(TempFolder temp)
    {
        var (input, _) = Board(temp);
        var jobs = Path.Combine(input, "jobs");
        File.CreateSymbolicLink(Path.Combine(jobs, "a"), ".");
        File.CreateSymbolicLink(Path.Combine(jobs, "b"), ".");
        File.CreateSymbolicLink(Path.Combine(jobs, "root"), "/");
        File.CreateSymbolicLink(Path.Combine(jobs, "x1.md"), "x2.md");
        File.CreateSymbolicLink(Path.Combine(jobs, "x2.md"), "x1.md");
        Assert.Equal(0, MakeFifo(Path.Combine(jobs, "pipe.md"), 0b110_100_100));
        return input;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("check named paths")]
    [InlineData("inspect")]
    public void Link_loops_links_to_folders_and_pipes_are_reported_never_followed_or_opened(string command)
    {
        using var temp = new TempFolder();
        var input = LoopsAndPipes(temp);
        string Job(string name) => Path.Combine(input, "jobs", name);
        var result = command switch
        {
            "build" => Run("build", "--input", input, "--theme", RepoPaths.Theme, "--output", temp.Combine("out"), "--keep-going"),
            "check" => Run("check", "--input", input),
            "check named paths" => Run(["check", "--input", input, .. new[] { "a", "b", "root", "x1.md", "x2.md", "pipe.md" }.Select(Job)]),
            _ => Run(["inspect", "--input", input, .. new[] { "a", "b", "root", "x1.md", "x2.md", "pipe.md" }.Select(Job)]),
        };

        var output = result.Stdout + result.Stderr;
        Assert.True(result.ExitCode == (command == "build" ? 0 : 1), output);
        AssertReported(output, "jobs/a", DiagnosticCodes.LinkToFolder);
        AssertReported(output, "jobs/b", DiagnosticCodes.LinkToFolder);
        AssertReported(output, "jobs/root", DiagnosticCodes.LinkOutsideInput);
        AssertReported(output, "jobs/x1.md", DiagnosticCodes.LinkLoop);
        AssertReported(output, "jobs/x2.md", DiagnosticCodes.LinkLoop);
        AssertReported(output, "jobs/pipe.md", DiagnosticCodes.NotRegularFile);
        Assert.DoesNotContain("Unhandled", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_over_loops_and_pipes_ends_and_summarizes_the_good_postings()
    {
        using var temp = new TempFolder();
        var input = LoopsAndPipes(temp);
        var baseline = Directory.CreateDirectory(temp.Combine("base", "jobs")).Parent!.FullName;
        var result = Run("diff", "--base", baseline, "--input", input, "--theme", RepoPaths.Theme);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("**Job pages:** 1 added", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("inspect")]
    public void A_huge_posting_is_refused_by_its_size_without_being_read(string command)
    {
        using var temp = new TempFolder();
        var (input, _) = Board(temp);
        var huge = Path.Combine(input, "jobs", "huge.md");
        using (var file = File.Create(huge))
        {
            file.SetLength(1900L * 1024 * 1024); // sparse: no disk space, but a 1.9 GB read for whoever reads it whole
        }

        var result = command switch
        {
            "build" => Run("build", "--input", input, "--theme", RepoPaths.Theme, "--output", temp.Combine("out"), "--keep-going"),
            "check" => Run("check", "--input", input),
            _ => Run("inspect", "--input", input, huge),
        };

        var output = result.Stdout + result.Stderr;
        Assert.True(result.ExitCode == (command == "build" ? 0 : 1), output);
        AssertReported(output, "jobs/huge.md", DiagnosticCodes.FileTooLarge);
    }

    [Fact]
    public void Inspect_refuses_a_device_without_reading_it()
    {
        var result = Run("inspect", "/dev/zero");
        Assert.True(result.ExitCode == 1, result.Stdout + result.Stderr);
        AssertReported(result.Stdout, "/dev/zero", DiagnosticCodes.NotRegularFile);
    }

    [Fact]
    public async Task Serve_reports_loops_and_pipes_and_keeps_serving_when_more_arrive()
    {
        using var temp = new TempFolder();
        var input = LoopsAndPipes(temp);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = temp.Path };
        foreach (var arg in new[] { Cli.Executable, "serve", "--port", "0", "--input", input, "--theme", RepoPaths.Theme })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in CappedHeap)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            async Task<string> LineMatching(string pattern)
            {
                while (await process.StandardOutput.ReadLineAsync().WaitAsync(EventStream.Patience) is { } line)
                {
                    if (Regex.Match(line, pattern) is { Success: true } match)
                    {
                        return match.Groups[1].Value;
                    }
                }

                throw new EndOfStreamException("serve ended: " + await stderr);
            }

            var url = await LineMatching(@"^Serving at (http://127\.0\.0\.1:\d+/)");
            using var http = new HttpClient();
            Assert.Contains("/jobs/dev-acme/", await http.GetStringAsync(url), StringComparison.Ordinal);

            // What the watcher reports next is read as the first build read: the new pipe is never opened.
            Assert.Equal(0, MakeFifo(Path.Combine(input, "jobs", "second-pipe.md"), 0b110_100_100));
            File.CreateSymbolicLink(Path.Combine(input, "jobs", "c"), ".");
            temp.Write("input/jobs/ops-acme.md", Posting.Replace("title: Dev", "title: Ops", StringComparison.Ordinal));
            await LineMatching(@"^(Build failed, still serving the last good site: 10 postings)");
            Assert.Contains("/jobs/dev-acme/", await http.GetStringAsync(url), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await stderr;
        }
    }
}
