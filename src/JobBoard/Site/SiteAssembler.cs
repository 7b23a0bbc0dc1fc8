using System.Collections.Immutable;
using JobBoard.Model;
using JobBoard.Normalize;

namespace JobBoard.Site;

/// <summary>
/// The validate stage: the barrier where all postings meet. Checks the site-wide rules
/// (required fields, unique slugs, duplicates, dates), decides which postings are closed,
/// and groups the open ones into tag, company and location listings.
/// </summary>
public static class SiteAssembler
{
    public static Outcome<SiteModel> Assemble(
        IEnumerable<Posting> postings, SiteConfig config, Taxonomy taxonomy, DateOnly? now)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var valid = new List<Posting>();
        foreach (var posting in postings.OrderBy(p => p.File, StringComparer.Ordinal))
        {
            var missing = config.Required.Where(field => !HasField(posting, field)).ToList();
            foreach (var field in missing)
            {
                diagnostics.Add(Error(posting, DiagnosticCodes.MissingRequiredField,
                    $"missing required field '{field}'", $"site.yml requires {string.Join(", ", config.Required)}"));
            }

            if (posting.ValidThrough is { } until && posting.DatePosted is { } posted && until < posted)
            {
                diagnostics.Add(Error(posting, DiagnosticCodes.ValidThroughBeforePosted,
                    $"validThrough {until.ToIsoDate()} is before datePosted {posted.ToIsoDate()}"));
                continue;
            }

            if (missing.Count == 0)
            {
                valid.Add(posting);
            }
        }

        var unique = Deduplicate(valid, diagnostics);
        var today = now ?? unique.Select(p => p.DatePosted).Max() ?? new DateOnly(1970, 1, 1);
        var open = new List<Posting>();
        var closed = new List<Posting>();
        foreach (var posting in unique)
        {
            var name = Path.GetFileNameWithoutExtension(posting.File);
            if (!string.Equals(name, posting.Slug, StringComparison.Ordinal))
            {
                // The file name is what a maintainer sees in a pull request; keeping it equal to the
                // page's URL makes "which file is /jobs/x/?" a non-question.
                diagnostics.Add(new Diagnostic(DiagnosticCodes.FileNameNotSlug, Severity.Warning, posting.File, 0, 0,
                    $"the file name does not match the posting's slug '{posting.Slug}'",
                    $"rename the file to {posting.Slug}{Path.GetExtension(posting.File)}"));
            }

            var expired = posting.ValidThrough is { } until && until < today;
            if (expired && !posting.Archived)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ExpiredNotArchived, Severity.Warning, posting.File, 0, 0,
                    $"expired on {posting.ValidThrough!.Value.ToIsoDate()}; it is published as closed",
                    "set archived: true or remove the file"));
            }

            (posting.Archived || expired ? closed : open).Add(posting);
        }

        var newestFirst = open.OrderByDescending(p => p.DatePosted ?? DateOnly.MinValue)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToImmutableArray();
        var site = new SiteModel(
            config,
            today,
            newestFirst,
            [.. closed.OrderBy(p => p.Slug, StringComparer.Ordinal)],
            Group(newestFirst, p => p.Tags.Select(t => (t, taxonomy.DisplayName(t)))),
            Group(newestFirst, p => p.Company is { } c ? [(Slugger.Slugify(c.Name), c.Name)] : []),
            Group(newestFirst, p => p.Locations.Select(l => (Slugger.Slugify(l), l))),
            [.. newestFirst.Where(p => p.Workplace.HasFlag(Workplace.Remote))]);
        return new Outcome<SiteModel>(site, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Slugs must be unique. A slug the posting chose itself is an error when taken; a derived
    /// one gets a deterministic suffix (-2, -3, ...) in file order. The same job posted twice
    /// (same company, title and locations) is an error on the second file.
    /// </summary>
    private static List<Posting> Deduplicate(List<Posting> postings, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var taken = new Dictionary<string, Posting>(StringComparer.Ordinal);
        var identities = new Dictionary<string, Posting>(StringComparer.Ordinal);
        var result = new List<Posting>();
        foreach (var posting in postings.OrderBy(p => p.Sources.ContainsKey("slug") ? 0 : 1).ThenBy(p => p.File, StringComparer.Ordinal))
        {
            var identity = string.Join("\u001f", posting.Company?.Name.ToLowerInvariant(), posting.Title?.ToLowerInvariant(),
                string.Join("|", posting.Locations).ToLowerInvariant());
            if (identities.TryGetValue(identity, out var first))
            {
                diagnostics.Add(Error(posting, DiagnosticCodes.DuplicatePosting,
                    $"the same posting as {first.File} (same company, title and location)"));
                continue;
            }

            var slug = posting.Slug;
            if (taken.TryGetValue(slug, out var owner))
            {
                if (posting.Sources.ContainsKey("slug"))
                {
                    diagnostics.Add(Error(posting, DiagnosticCodes.DuplicateSlug,
                        $"slug '{slug}' is already used by {owner.File}", "choose another slug"));
                    continue;
                }

                var n = 2;
                while (taken.ContainsKey($"{posting.Slug}-{n}"))
                {
                    n++;
                }

                slug = $"{posting.Slug}-{n}";
            }

            var unique = posting with { Slug = slug };
            taken[slug] = unique;
            identities[identity] = unique;
            result.Add(unique);
        }

        return result;
    }

    private static ImmutableArray<Listing> Group(
        ImmutableArray<Posting> newestFirst, Func<Posting, IEnumerable<(string Slug, string Name)>> keys)
    {
        var groups = new Dictionary<string, (string Name, List<Posting> Postings)>(StringComparer.Ordinal);
        var seen = new List<string>();
        foreach (var posting in newestFirst)
        {
            seen.Clear(); // a posting has a few keys: a list beats a set made per posting
            foreach (var (slug, name) in keys(posting))
            {
                if (slug.Length == 0 || seen.Contains(slug))
                {
                    continue;
                }

                seen.Add(slug);

                if (!groups.TryGetValue(slug, out var group))
                {
                    group = (name, []);
                    groups[slug] = group;
                }

                group.Postings.Add(posting);
            }
        }

        return [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Listing(g.Key, g.Value.Name, [.. g.Value.Postings]))];
    }

    private static bool HasField(Posting posting, string field) => field switch
    {
        "title" => !string.IsNullOrWhiteSpace(posting.Title),
        "company" => posting.Company is not null,
        "applyUrl" => posting.ApplyUrl is not null,
        "location" or "locations" => posting.Locations.Length > 0 || posting.Workplace.HasFlag(Workplace.Remote),
        "salary" => posting.Salary is not null,
        "datePosted" => posting.DatePosted is not null,
        "employmentType" => posting.EmploymentType is not null,
        "tags" => posting.Tags.Length > 0,
        _ => true,
    };

    private static Diagnostic Error(Posting posting, string code, string message, string? hint = null) =>
        new(code, Severity.Error, posting.File, 0, 0, message, hint);
}
