using System.Diagnostics;
using System.Text;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>
/// Broken and hostile posting files: each gives a diagnostic naming the file, never a crash,
/// a hang or unbounded memory. The bounds are generous (a hang or a blow-up is orders of
/// magnitude beyond them), so they catch pathologies, not noise.
/// </summary>
public sealed class HostileFileTests
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(20);
    private const long AllocationBound = 400L * 1024 * 1024;

    public static TheoryData<string, string?> Cases() => new()
    {
        { "empty", DiagnosticCodes.EmptyFile },
        { "only-front-matter", DiagnosticCodes.MissingTitle },
        { "front-matter-never-closed", DiagnosticCodes.FrontMatterNotClosed },
        { "invalid-yaml", DiagnosticCodes.InvalidYaml },
        { "billion-laughs", DiagnosticCodes.YamlTooComplex },
        { "deeply-nested", DiagnosticCodes.YamlTooComplex },
        { "duplicate-keys", DiagnosticCodes.DuplicateKey },
        { "tabs", DiagnosticCodes.LenientYaml }, // read as Jekyll reads it, with a warning
        { "utf8-bom", null },
        { "utf16", null },
        { "invalid-utf8", DiagnosticCodes.InvalidUtf8 },
        { "binary", DiagnosticCodes.BinaryFile },
        { "nul-bytes", DiagnosticCodes.BinaryFile },
        { "twenty-megabytes", DiagnosticCodes.FileTooLarge },
        { "one-long-line", null },
    };

    private static byte[] Content(string name)
    {
        const string Good = "---\ntitle: Dev\ncompany: Acme\n---\n\nBody.\n";
        return name switch
        {
            "empty" => [],
            "only-front-matter" => Encoding.UTF8.GetBytes("---\ncompany: Acme\n---\n"),
            "front-matter-never-closed" => Encoding.UTF8.GetBytes("---\ntitle: Dev\n\nBody\n"),
            "invalid-yaml" => Encoding.UTF8.GetBytes("---\ntitle: Dev\n  bad: [indent\n---\nBody\n"),
            "billion-laughs" => Encoding.UTF8.GetBytes("---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n" +
                "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n" +
                "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\ntitle: Dev\n---\nBody\n"),
            "deeply-nested" => Encoding.UTF8.GetBytes("---\ntitle: Dev\nx: " + new string('[', 5000) + new string(']', 5000) + "\n---\nBody\n"),
            "duplicate-keys" => Encoding.UTF8.GetBytes("---\ntitle: Dev\ntitle: Dev again\ncompany: Acme\n---\nBody\n"),
            "tabs" => Encoding.UTF8.GetBytes("---\ntitle: Dev\nhiringOrganization:\n\tname: Acme\n---\nBody\n"),
            "utf8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Good)],
            "utf16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Good)],
            "invalid-utf8" => [.. Encoding.UTF8.GetBytes("---\ntitle: Dev\ncompany: Acme\n---\n\nBad "), 0xC3, 0x28, 0xFF, (byte)'\n'],
            "binary" => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))],
            "nul-bytes" => [.. Encoding.UTF8.GetBytes("---\ntitle: Dev\n---\n"), 0, 0, 0, (byte)'x'],
            "twenty-megabytes" => Encoding.UTF8.GetBytes(Good + new string('x', 20 * 1024 * 1024)),
            "one-long-line" => Encoding.UTF8.GetBytes(Good + string.Concat(Enumerable.Repeat("word, Kafka $100,000 ", 5000))),
            _ => throw new ArgumentException(name),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_hostile_file_gives_a_located_diagnostic_within_bounds(string name, string? code)
    {
        using var temp = new TempFolder();
        var path = temp.Combine("input", "jobs", name + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Content(name));

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var outcome = BuildPipeline.ReadPosting(ConfinedFolder.Input(temp.Combine("input")), path, $"jobs/{name}.md", Taxonomy.Empty);
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.True(clock.Elapsed < TimeBound, $"{name} took {clock.Elapsed}");
        Assert.True(allocated < AllocationBound, $"{name} allocated {allocated / 1024 / 1024} MB");
        Assert.All(outcome.Diagnostics, d => Assert.Equal($"jobs/{name}.md", d.File));
        if (code is null)
        {
            Assert.DoesNotContain(outcome.Diagnostics, d => d.IsError);
            Assert.Equal("Dev", outcome.Value?.Title);
        }
        else
        {
            Assert.Contains(outcome.Diagnostics, d => d.Code == code);
        }
    }

    [Theory]
    [InlineData("with spaces.md")]
    [InlineData("ünïcødé-日本.md")]
    [InlineData("dots..in..name.md")]
    public void Odd_file_names_are_fine_and_slugs_stay_clean(string name)
    {
        using var temp = new TempFolder();
        temp.Write("input/jobs/" + name, "---\ntitle: Dev\ncompany: Acme\n---\n\nBody.\n");
        var result = BuildPipeline.Build(new BuildOptions(temp.Combine("input"), RepoPaths.Theme, temp.Combine("out")));
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(temp.Combine("out", "jobs", "dev-acme", "index.html")));
    }

    [Fact]
    public void A_link_to_a_file_outside_the_input_folder_is_refused()
    {
        using var temp = new TempFolder();
        var secret = temp.Write("secret.md", "---\ntitle: Secret\ncompany: Acme\n---\n\nDo not publish.\n");
        temp.Write("input/jobs/good.md", "---\ntitle: Dev\ncompany: Acme\n---\n\nBody.\n");
        File.CreateSymbolicLink(temp.Combine("input", "jobs", "link.md"), secret);
        var result = BuildPipeline.Build(new BuildOptions(temp.Combine("input"), RepoPaths.Theme, temp.Combine("out"), KeepGoing: true));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.LinkOutsideInput, error.Code);
        Assert.Equal("jobs/link.md", error.File);
        Assert.False(Directory.Exists(temp.Combine("out", "jobs", "secret-acme")));
    }
}
