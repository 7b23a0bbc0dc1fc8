using System.Collections.Immutable;
using System.Globalization;
using JobBoard.Model;
using JobBoard.Pipeline;

namespace JobBoard.Check;

/// <summary>The result of <c>check --expiring</c>.</summary>
/// <param name="Diagnostics">The expiring postings (<see cref="DiagnosticCodes.ExpiresSoon"/>), soonest first, or what
/// kept them from being found (broken settings, a path that is no posting).</param>
/// <param name="Today">The build's today the days count from; null when the settings could not be read.</param>
public sealed record ExpiringResult(ImmutableArray<Diagnostic> Diagnostics, DateOnly? Today);

/// <summary>
/// <c>check --expiring N</c>: the open postings whose <c>validThrough</c> falls within N days of the build's
/// today (the same today as <c>build</c>'s), each at its <c>validThrough</c> line with the poster's contact, so a
/// daily job can tell the people who can renew them before their pages close.
/// </summary>
public static class ExpiringPostings
{
    public static ExpiringResult Find(string input, CheckSelection selection, DateOnly? now, int days)
    {
        var settings = BuildSettings.LoadInput(input);
        if (settings.Value is not { } loaded)
        {
            return new(BuildPipeline.Sorted(settings.Diagnostics), null);
        }

        var site = BuildPipeline.ReadAndAssemble(input, loaded, now).Site.Value!;
        var notices = site.Open
            .Where(p => p.ValidThrough is { } end && end.DayNumber - site.Now.DayNumber <= days && selection.Includes(p.File))
            .OrderBy(p => p.ValidThrough).ThenBy(p => p.File, StringComparer.Ordinal)
            .Select(p => Notice(p, site.Now));
        return new([.. selection.Diagnostics, .. notices], site.Now);
    }

    /// <summary>The poster's address: the posting has no contact field, so its apply link when that is an e-mail address.</summary>
    private static string? Contact(Posting posting) =>
        posting.ApplyUrl is { } url && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            ? Uri.UnescapeDataString(url["mailto:".Length..].Split('?')[0])
            : null;

    private static Diagnostic Notice(Posting posting, DateOnly today)
    {
        var end = posting.ValidThrough!.Value;
        var left = end.DayNumber - today.DayNumber;
        var when = left switch
        {
            0 => "today",
            1 => "tomorrow",
            _ => string.Create(CultureInfo.InvariantCulture, $"in {left} days"),
        };
        var job = posting.Company is { } company ? $"{posting.Title} at {company.Name}" : posting.Title;
        var contact = Contact(posting) is { } address ? $"; contact {address}" : "";
        return new Diagnostic(DiagnosticCodes.ExpiresSoon, Severity.Warning, posting.File, posting.ValidThroughLine, 0,
            $"last day {end.ToIsoDate()} ({when}): {job}{contact}", "to keep it open, set validThrough to a later date");
    }
}
