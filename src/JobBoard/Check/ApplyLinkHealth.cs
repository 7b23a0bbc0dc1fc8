using System.Collections.Immutable;
using System.Globalization;
using JobBoard.Model;
using JobBoard.Pipeline;

namespace JobBoard.Check;

/// <summary>What <c>check --links</c> did: distinct links requested or answered from the cache, and
/// postings skipped because their apply link is an e-mail address.</summary>
public sealed record LinkSummary(int Links, int FromCache, int MailtoSkipped)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Checked {Links} apply {(Links == 1 ? "link" : "links")} ({FromCache} from {LinkCache.Folder}/{LinkCache.FileName}, {MailtoSkipped} mailto skipped)");
}

/// <summary>
/// <c>check --links</c>: requests the apply link of every open posting checked (each distinct link
/// once, unless <see cref="LinkCache"/> knows its answer of the last 24 hours) and reports, at the
/// line of the link, a job that is possibly filled, a link that is broken and one that has moved.
/// </summary>
public static class ApplyLinkHealth
{
    public static async Task<CheckResult> CheckAsync(string input, CheckResult result, DateTimeOffset now, TimeSpan timeout)
    {
        var withLinks = result.Open.Where(p => p.ApplyUrl is not null).ToList();
        var web = withLinks.Where(p => new Uri(p.ApplyUrl!).Scheme is "http" or "https").ToList();
        var urls = web.Select(p => p.ApplyUrl!).Distinct(StringComparer.Ordinal).ToList();

        var cachePath = LinkCache.PathFor(input);
        var known = LinkCache.Load(cachePath, now.UtcDateTime);
        var fromCache = urls.Count(known.ContainsKey);
        using (var checker = new LinkChecker(timeout))
        {
            foreach (var status in await Task.WhenAll(urls.Where(u => !known.ContainsKey(u)).Select(u => checker.CheckAsync(u, now.UtcDateTime))))
            {
                known[status.Url] = status;
            }
        }

        LinkCache.Save(cachePath, known.Values);
        var diagnostics = web.Select(p => Diagnose(p, known[p.ApplyUrl!])).OfType<Diagnostic>();
        return result with
        {
            Diagnostics = BuildPipeline.Sorted(result.Diagnostics.AddRange(diagnostics)),
            Links = new LinkSummary(urls.Count, fromCache, withLinks.Count - web.Count),
        };
    }

    /// <summary>One diagnostic at most per posting, the gravest: a job possibly filled, else a link that
    /// leads nowhere, else a link that has moved for good (a temporary redirect, as applicant-tracking
    /// systems make on every visit, is no news).</summary>
    private static Diagnostic? Diagnose(Posting posting, LinkStatus link)
    {
        var via = link.Redirect is null ? "" : $" (redirected to {link.FinalUrl})";
        if (link.Status is 404 or 410 || link.ClosedPhrase is not null)
        {
            var says = link.ClosedPhrase is { } phrase ? $"says \"{phrase}\"" : string.Create(CultureInfo.InvariantCulture, $"answers {link.Status}");
            return Warning(DiagnosticCodes.PossiblyFilled, posting, $"apply link {link.Url}{via} {says}: the job is possibly filled",
                "if the job is filled, set 'archived: true' or delete the posting; otherwise correct the link");
        }

        if (link.Problem is not null || link.Status is < 200 or > 299)
        {
            var why = link.Problem ?? string.Create(CultureInfo.InvariantCulture, $"it answers {link.Status}");
            return Warning(DiagnosticCodes.ApplyLinkBroken, posting, $"apply link {link.Url}{via} cannot be followed: {why}",
                "open the link in a browser; correct it, or ask the employer where to apply");
        }

        return link.Redirect is 301 or 308
            ? Warning(DiagnosticCodes.ApplyLinkMoved, posting,
                string.Create(CultureInfo.InvariantCulture, $"apply link {link.Url} has moved permanently ({link.Redirect}) to {link.FinalUrl}"),
                $"link to {link.FinalUrl} directly")
            : null;
    }

    private static Diagnostic Warning(string code, Posting posting, string message, string hint) =>
        new(code, Severity.Warning, posting.File, posting.ApplyUrlLine, 0, message, hint);
}
