using JobBoard.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace JobBoard.Tests.Deploy;

/// <summary>
/// The lifecycle that runs itself, for this repository's board and a new one (<c>init</c>): Netlify builds for the
/// day they run, a daily workflow rebuilds the site and keeps one issue listing the postings that close soon.
/// The scripts run here with stand-ins for <c>dotnet</c>, <c>date</c>, <c>jobboard</c> and <c>gh</c> on the PATH.
/// </summary>
public sealed class DailyLifecycleTests
{
    private static string Scaffold(params string[] parts) => Path.Combine([RepoPaths.Scaffold, .. parts]);

    /// <summary>This repository's board, which builds the tool from source, and a new board, which installs it.</summary>
    public static TheoryData<string, string> Boards() => new()
    {
        { RepoPaths.Root, ".jobboard-bin" },
        { RepoPaths.Scaffold, ".jobboard-tool" },
    };

    public static TheoryData<string> BoardFolders() => [RepoPaths.Root, RepoPaths.Scaffold];

    /// <summary>A copy of a board's scripts (those it has of the ones named) with stand-in programs in <c>bin/</c>, run with <c>bin/</c> first on the PATH.</summary>
    private sealed class StubbedBoard : IDisposable
    {
        public StubbedBoard(string board, params string[] scripts)
        {
            Directory.CreateDirectory(Temp.Combine("scripts"));
            foreach (var script in scripts.Where(s => File.Exists(Path.Combine(board, "scripts", s))))
            {
                File.Copy(Path.Combine(board, "scripts", script), Temp.Combine("scripts", script));
            }
        }

        public TempFolder Temp { get; } = new();

        /// <summary>Writes an executable shell script.</summary>
        public void Program(string path, string body)
        {
            var file = Temp.Write(path, "#!/bin/sh\n" + body);
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        public Cli.Result Run(string script, Dictionary<string, string> environment, params string[] args)
        {
            environment["PATH"] = Temp.Combine("bin") + ":" + Environment.GetEnvironmentVariable("PATH");
            return Cli.RunProgram("bash", [Temp.Combine("scripts", script), .. args], environment, Temp.Path);
        }

        public void Dispose() => Temp.Dispose();
    }

    [Theory]
    [MemberData(nameof(Boards))]
    public void Netlify_builds_production_and_previews_for_the_utc_day_they_run(string board, string toolFolder)
    {
        foreach (var (context, baseUrl) in new[] { ("production", null), ("deploy-preview", "https://deploy-preview-7--board.netlify.app/") })
        {
            using var stubbed = new StubbedBoard(board, "netlify-build.sh", "install-jobboard.sh");
            stubbed.Program("bin/dotnet", "[ \"$1\" = --list-sdks ] && echo '10.0.401 [/usr/share/dotnet/sdk]'\nexit 0\n");
            stubbed.Program("bin/date", "[ \"$1\" = -u ] && echo 2031-02-03 || echo 2031-02-04\n"); // the UTC day, not the local one
            stubbed.Program(toolFolder + "/jobboard", "printf '%s\\n' \"$@\" > args.txt\n");

            var result = stubbed.Run("netlify-build.sh",
                new() { ["CONTEXT"] = context, ["DEPLOY_PRIME_URL"] = "https://deploy-preview-7--board.netlify.app" });

            Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
            string[] expected = baseUrl is null ? ["build", "--now", "2031-02-03"] : ["build", "--now", "2031-02-03", "--base-url", baseUrl];
            Assert.Equal(expected, File.ReadAllLines(stubbed.Temp.Combine("args.txt")));
        }
    }

    [Theory]
    [MemberData(nameof(BoardFolders))]
    public void The_daily_workflow_rebuilds_through_the_build_hook_and_reports_the_postings_closing_within_a_week(string board)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(board, ".github", "workflows", "daily.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        var schedule = (YamlSequenceNode)((YamlMappingNode)root["on"])["schedule"];
        Assert.Matches(@"^\d+ \d+ \* \* \*$", ((YamlMappingNode)Assert.Single(schedule.Children))["cron"].ToString());
        Assert.Equal("write", ((YamlMappingNode)root["permissions"])["issues"].ToString());
        var steps = ((YamlMappingNode)root["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()).ToList();
        Assert.Contains(steps, step => step.Children.ContainsKey("env")
            && ((YamlMappingNode)step["env"]).Children.Values.Any(v => v.ToString() == "${{ secrets.NETLIFY_BUILD_HOOK }}"));
        var runs = string.Join("\n", steps.Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()));
        Assert.Contains("check --expiring 7 --now \"$(date -u +%Y-%m-%d)\" --format json", runs, StringComparison.Ordinal);
        Assert.Contains("check --links --format json", runs, StringComparison.Ordinal);
        Assert.Contains("scripts/daily-report.sh report", runs, StringComparison.Ordinal);
    }

    /// <summary>The report's parts (file name and text), the issue already open (empty: none), the gh commands run after
    /// listing the open issue (by their first three words), and the issue's new text.</summary>
    [Theory]
    [InlineData("10-expiring.md=## Closing\n- a", "", "label create daily-report|issue create --title", "## Closing\n- a\n")]
    [InlineData("10-expiring.md=## Closing\n- a|20-links.md=", "12", "issue edit 12", "## Closing\n- a\n")]
    [InlineData("10-expiring.md=|20-links.md=", "12", "issue close 12", null)]
    [InlineData("10-expiring.md=", "", "", null)]
    public void The_report_issue_is_opened_updated_or_closed(string parts, string open, string commands, string? body)
    {
        using var stubbed = new StubbedBoard(RepoPaths.Scaffold, "daily-report.sh");
        stubbed.Program("bin/gh", "echo \"$*\" >> gh.log\n[ \"$1 $2\" = 'issue list' ] && printf '%s' \"$OPEN\"\n" +
            "while [ $# -gt 0 ]; do [ \"$1\" = --body-file ] && cp \"$2\" body.md; shift; done\nexit 0\n");
        foreach (var part in parts.Split('|'))
        {
            stubbed.Temp.Write("report/" + part.Split('=')[0], part.Split('=')[1]);
        }

        var result = stubbed.Run("daily-report.sh", new() { ["OPEN"] = open }, "report");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        var log = File.ReadAllLines(stubbed.Temp.Combine("gh.log"));
        Assert.StartsWith("issue list --state open --label daily-report", log[0], StringComparison.Ordinal);
        Assert.Equal(commands, string.Join("|", log.Skip(1).Select(line => string.Join(' ', line.Split(' ').Take(3)))));
        Assert.Equal(body, File.Exists(stubbed.Temp.Combine("body.md")) ? File.ReadAllText(stubbed.Temp.Combine("body.md")) : null);
    }

    [Fact]
    public void The_report_joins_its_parts_in_file_name_order()
    {
        using var stubbed = new StubbedBoard(RepoPaths.Scaffold, "daily-report.sh");
        stubbed.Program("bin/gh", "while [ $# -gt 0 ]; do [ \"$1\" = --body-file ] && cp \"$2\" body.md; shift; done\nexit 0\n");
        stubbed.Temp.Write("report/20-links.md", "## Links\n");
        stubbed.Temp.Write("report/10-expiring.md", "## Closing\n");

        var result = stubbed.Run("daily-report.sh", [], "report");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal("## Closing\n\n## Links\n\n", File.ReadAllText(stubbed.Temp.Combine("body.md")));
    }
}
