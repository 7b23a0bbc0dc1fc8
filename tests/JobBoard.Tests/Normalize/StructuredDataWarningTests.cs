using JobBoard.Model;

namespace JobBoard.Tests.Normalize;

/// <summary>What a posting says that Google for Jobs cannot use as written, told to its author once.</summary>
public sealed class StructuredDataWarningTests
{
    private static string Doc(string yaml) => $"---\ntitle: Dev\n{yaml.Trim()}\n---\n\nThe job.\n";

    [Theory]
    [InlineData("location: Remote", 3)]
    [InlineData("location: Remote (worldwide)", 3)]
    [InlineData("remote: true", 3)]
    [InlineData("location: Berlin\nremote: true", 4)]
    public void A_remote_posting_that_names_no_region_is_warned_at_its_line(string yaml, int line)
    {
        var warning = Assert.Single(NormalizeHelper.Run(Doc(yaml)).Diagnostics, d => d.Code == DiagnosticCodes.RemoteWithoutRegion);
        Assert.False(warning.IsError);
        Assert.Equal(line, warning.Line);
    }

    [Theory]
    [InlineData("location: Remote (EU)")]
    [InlineData("location: Remote\nremoteRegion: Europe")]
    [InlineData("location: Berlin")]
    [InlineData("location: Hybrid, Berlin")]
    public void A_posting_remote_within_a_region_or_not_remote_is_not_warned(string yaml) =>
        Assert.DoesNotContain(NormalizeHelper.Run(Doc(yaml)).Diagnostics, d => d.Code == DiagnosticCodes.RemoteWithoutRegion);

    [Theory]
    [InlineData("company: Acme\nlogoUrl: https://logos.example.com/acme.png")]
    [InlineData("company: Acme\nlogo: https://logos.example.com/acme.png")]
    public void A_logo_on_another_site_is_kept_for_structured_data_and_warned_once(string yaml)
    {
        var outcome = NormalizeHelper.Run(Doc(yaml));
        Assert.Single(outcome.Diagnostics, d => d.Code == DiagnosticCodes.LogoOnlyInStructuredData && d.File == "jobs/test.md" && d.Line > 0);
        Assert.Equal("https://logos.example.com/acme.png", outcome.Value!.Company?.Logo ?? "(no company)");
    }
}
