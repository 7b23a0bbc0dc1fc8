namespace JobBoard.Pipeline;

/// <summary>What to build and how; the command line's <c>build</c> options.</summary>
/// <param name="Now">Today for expiry decisions; null means the newest posting date (never the wall clock).</param>
/// <param name="KeepGoing">Publish the good postings even when some files have errors.</param>
/// <param name="Strict">Treat warnings as errors.</param>
/// <param name="StrictTemplates">Fail on template variables the page model lacks (used by tests).</param>
public sealed record BuildOptions(
    string Input = "input",
    string Theme = "theme",
    string Output = "output",
    string? BaseUrl = null,
    DateOnly? Now = null,
    bool KeepGoing = false,
    bool Strict = false,
    bool StrictTemplates = false);
