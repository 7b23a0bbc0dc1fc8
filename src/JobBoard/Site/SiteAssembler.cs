using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using JobBoard.Model;
using JobBoard.Normalize;

namespace JobBoard.Site;

/// <summary>
/// The validate stage: the barrier where all postings meet. Checks the site-wide rules
/// (required fields, unique slugs, duplicates, dates), decides which postings are closed and which
/// have been closed too long to keep a page (<see cref="SiteConfig.KeepClosedDays"/>), and groups the
/// open ones into tag, company and location listings. It runs on every rebuild of the preview server,
/// over every posting, so it allocates little beyond the model it returns.
/// </summary>
public static class SiteAssembler
{
    /// <summary>What the site-wide rules work out from one posting alone, once per posting and build.</summary>
    /// <param name="OwnSlug">The posting chose its slug itself (a derived one gives way).</param>
    /// <param name="Identity">The same job posted twice has the same identity: company, title and locations, in lower case.</param>
    /// <param name="Present">The fields of <see cref="RequirableFields"/> the posting has, one bit each.</param>
    private sealed record Facts(bool OwnSlug, string Identity, int Present)
    {
        public static Facts Of(Posting p) => new(
            OwnSlug: p.HasSource("slug"),
            Identity: string.Join("\u001f", p.Company?.Name.ToLowerInvariant(), p.Title?.ToLowerInvariant(),
                string.Join("|", p.Locations.Select(l => l.Label)).ToLowerInvariant()),
            Present: Enumerable.Range(0, RequirableFields.Length).Where(i => HasField(p, RequirableFields[i])).Sum(i => 1 << i));
    }

    /// <summary>The warning when the file's name is not the posting's slug: the file name is what a maintainer sees
    /// in a pull request; keeping it equal to the page's URL makes "which file is /jobs/x/?" a non-question.</summary>
    private static Diagnostic? NameNotSlug(Posting p) =>
        Path.GetFileNameWithoutExtension(p.File.AsSpan()).SequenceEqual(p.Slug)
            ? null
            : new Diagnostic(DiagnosticCodes.FileNameNotSlug, Severity.Warning, p.File, 0, 0,
                $"the file name does not match the posting's slug '{p.Slug}'",
                $"rename the file to {p.Slug}{Path.GetExtension(p.File)}");

    /// <param name="shingles">The preview server's shingles, kept from one build to the next (<see cref="LikelyDuplicates.Find"/>).</param>
    public static Outcome<SiteModel> Assemble(IEnumerable<Posting> postings, SiteConfig config, Taxonomy taxonomy, DateOnly? now,
        ConcurrentDictionary<Posting, Shingles>? shingles = null)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var valid = new List<(Posting Posting, Facts Facts)>();
        var required = config.Required.Select(f => Array.IndexOf(RequirableFields, f)).Where(i => i >= 0).Sum(i => 1 << i);
        var inFileOrder = InFileOrder(postings);
        var allFacts = inFileOrder.AsParallel().AsOrdered().Select(Facts.Of).ToArray();
        for (var at = 0; at < inFileOrder.Count; at++)
        {
            var (posting, facts) = (inFileOrder[at], allFacts[at]);
            var complete = (facts.Present & required) == required;
            if (!complete)
            {
                foreach (var field in config.Required.Where(field => !HasField(posting, field)))
                {
                    diagnostics.Add(Error(posting, DiagnosticCodes.MissingRequiredField,
                        $"missing required field '{field}'", $"site.yml requires {string.Join(", ", config.Required)}"));
                }
            }

            if (posting.ValidThrough is { } until && posting.DatePosted is { } posted && until < posted)
            {
                diagnostics.Add(Error(posting, DiagnosticCodes.ValidThroughBeforePosted,
                    $"validThrough {until.ToIsoDate()} is before datePosted {posted.ToIsoDate()}"));
                continue;
            }

            if (complete)
            {
                valid.Add((posting, facts));
            }
        }

        // A posting dated in the future leaves before anything else is decided: it must not move the build's today.
        var future = FutureDates.Refuse(valid.Select(v => v.Posting), now);
        diagnostics.AddRange(future.Values);
        valid.RemoveAll(v => future.ContainsKey(v.Posting.File));
        var unique = WithoutRedirectsIntoTheSite(Deduplicate(valid, diagnostics), config.Pages, diagnostics);
        var today = now ?? unique.Select(p => p.DatePosted).Max() ?? new DateOnly(1970, 1, 1);
        var open = new List<Posting>();
        var closed = new List<Posting>();
        var retired = new List<string>();
        foreach (var posting in unique)
        {
            // Counted in days, not with AddDays: a validThrough of 9999-12-31 must not overflow the calendar.
            if (posting.ValidThrough is { } end && today.DayNumber - end.DayNumber > config.KeepClosedDays)
            {
                retired.Add(posting.File);
                continue;
            }

            if (NameNotSlug(posting) is { } nameNotSlug)
            {
                diagnostics.Add(nameNotSlug);
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

        diagnostics.AddRange(LikelyDuplicates.Find(open, shingles));
        open.Sort(ByNewestFirst); // the order is total: slugs are unique
        var newestFirst = open.ToImmutableArray();
        // Tags apart from companies and places: each is a pass over every open posting.
        var tags = new Listings();
        var companies = new Listings();
        var locations = new Listings();
        Parallel.Invoke(
            () =>
            {
                foreach (var posting in newestFirst)
                {
                    foreach (var tag in posting.Tags)
                    {
                        tags.Add(tag, taxonomy.DisplayName(tag), posting);
                    }
                }
            },
            () =>
            {
                foreach (var posting in newestFirst)
                {
                    if (posting.Company is { } company)
                    {
                        companies.Add(posting.CompanySlug!, company.Name, posting);
                    }

                    for (var i = 0; i < posting.LocationSlugs.Length; i++)
                    {
                        locations.Add(posting.LocationSlugs[i], posting.Locations[i].Label, posting);
                    }
                }
            });

        var site = new SiteModel(
            config,
            today,
            newestFirst,
            [.. closed.OrderBy(p => p.Slug, StringComparer.Ordinal)],
            tags.ToListings(),
            companies.ToListings(),
            locations.ToListings(),
            [.. newestFirst.Where(p => p.Workplace.HasFlag(Workplace.Remote))])
        {
            Retired = [.. retired.Order(StringComparer.Ordinal)],
        };
        return new Outcome<SiteModel>(FacetListings.Add(site), diagnostics.ToImmutable());
    }

    /// <summary>The postings in ordinal file order, as the build passes them already (discovery sorts the files):
    /// checking the order costs a tenth of sorting again.</summary>
    private static List<Posting> InFileOrder(IEnumerable<Posting> postings)
    {
        var list = postings.ToList();
        for (var i = 1; i < list.Count; i++)
        {
            if (string.CompareOrdinal(list[i - 1].File, list[i].File) > 0)
            {
                return [.. list.OrderBy(p => p.File, StringComparer.Ordinal)];
            }
        }

        return list;
    }

    /// <summary>Takes off the site the postings whose <c>redirect_from</c> names a page the site publishes
    /// (<see cref="PublishedPaths"/>), a page of <c>input/pages/</c> among them: a rule in _redirects would take that page over.</summary>
    private static List<Posting> WithoutRedirectsIntoTheSite(List<Posting> postings, ImmutableArray<SitePage> pages, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (!postings.Exists(p => p.RedirectFrom.Length > 0))
        {
            return postings;
        }

        var slugs = postings.Select(p => p.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return postings.FindAll(posting =>
        {
            if (posting.RedirectFrom.FirstOrDefault(path => PublishedPaths.Contains(path, slugs, pages.Select(p => p.Slug))) is not { } taken)
            {
                return true;
            }

            diagnostics.Add(Error(posting, DiagnosticCodes.UnsafeRedirect, $"redirect_from '{taken}' is a page of this site",
                "list only old URLs that the site no longer publishes"));
            return false;
        });
    }

    /// <summary>
    /// Slugs must be unique. A slug the posting chose itself is an error when taken; a derived
    /// one gets a deterministic suffix (-2, -3, ...) in file order. The same job posted twice
    /// (same company, title and locations) is an error on the second file.
    /// </summary>
    /// <param name="postings">Each with its <see cref="Facts"/>.</param>
    private static List<Posting> Deduplicate(List<(Posting Posting, Facts Facts)> postings, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var taken = new Dictionary<string, Posting>(postings.Count, StringComparer.Ordinal);
        var identities = new Dictionary<string, Posting>(postings.Count, StringComparer.Ordinal);
        var result = new List<Posting>(postings.Count);
        // Postings with their own slug first, each part in file order.
        foreach (var (posting, facts) in postings.Where(p => p.Facts.OwnSlug).Concat(postings.Where(p => !p.Facts.OwnSlug)))
        {
            // One lookup per key and posting.
            ref var sameJob = ref CollectionsMarshal.GetValueRefOrAddDefault(identities, facts.Identity, out var seen);
            if (seen)
            {
                diagnostics.Add(Error(posting, DiagnosticCodes.DuplicatePosting,
                    $"the same posting as {sameJob!.File} (same company, title and location)"));
                continue;
            }

            var slug = posting.Slug;
            ref var owner = ref CollectionsMarshal.GetValueRefOrAddDefault(taken, slug, out var slugTaken);
            if (slugTaken && facts.OwnSlug)
            {
                diagnostics.Add(Error(posting, DiagnosticCodes.DuplicateSlug,
                    $"slug '{slug}' is already used by {owner!.File}", "choose another slug"));
                identities.Remove(facts.Identity);
                continue;
            }

            Posting unique;
            if (slugTaken)
            {
                var n = 2;
                while (taken.ContainsKey($"{posting.Slug}-{n}"))
                {
                    n++;
                }

                unique = posting with { Slug = $"{posting.Slug}-{n}" };
                taken[unique.Slug] = unique; // after this, owner no longer points into the table
            }
            else
            {
                unique = posting;
                owner = unique;
            }

            sameJob = unique;
            result.Add(unique);
        }

        return result;
    }

    /// <summary>Postings gathered by slug, in the order added (newest first); each listing is named as its first posting names it.</summary>
    private sealed class Listings
    {
        private readonly Dictionary<string, (string Name, List<Posting> Postings)> groups = new(StringComparer.Ordinal);

        /// <summary>Adds a posting once under a slug (two places of one posting may share a slug); an empty slug adds nothing.</summary>
        public void Add(string slug, string name, Posting posting)
        {
            if (slug.Length == 0)
            {
                return;
            }

            if (!groups.TryGetValue(slug, out var group))
            {
                group = (name, []);
                groups[slug] = group;
            }
            else if (group.Postings[^1].Slug == posting.Slug)
            {
                return;
            }

            group.Postings.Add(posting);
        }

        public ImmutableArray<Listing> ToListings() =>
            [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Listing(g.Key, g.Value.Name, [.. g.Value.Postings]))];
    }

    /// <summary>The order of <see cref="SiteModel.Open"/> and of every listing.</summary>
    internal static readonly Comparer<Posting> ByNewestFirst = Comparer<Posting>.Create(NewestFirst);

    /// <summary>
    /// Whether two versions of a posting (one file before and after an edit) take the same place in the
    /// site: the same everything the site-wide rules, the order and the listings read, so only the text
    /// can differ (see <see cref="SiteReassembler"/>).
    /// </summary>
    internal static bool SamePlace(Posting before, Posting after)
    {
        var (was, now) = (Facts.Of(before), Facts.Of(after));
        return before.File == after.File && before.Slug == after.Slug && before.Title == after.Title
            && before.DatePosted == after.DatePosted && before.ValidThrough == after.ValidThrough && before.Archived == after.Archived
            && before.Workplace == after.Workplace && before.Company?.Name == after.Company?.Name
            && before.Locations.SequenceEqual(after.Locations) && before.Tags.SequenceEqual(after.Tags)
            && before.RedirectFrom.SequenceEqual(after.RedirectFrom)
            && was.OwnSlug == now.OwnSlug && was.Identity == now.Identity && was.Present == now.Present;
    }

    /// <summary>The listing slugs of a posting's company and places (tags are their own slugs); empty slugs have no listing.</summary>
    internal static (string? Company, IEnumerable<string> Places) ListingSlugs(Posting posting) =>
        (posting.CompanySlug is { Length: > 0 } company ? company : null, posting.LocationSlugs.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal));

    /// <summary>Newest first, then by title and slug.</summary>
    private static int NewestFirst(Posting a, Posting b)
    {
        var order = (b.DatePosted ?? DateOnly.MinValue).CompareTo(a.DatePosted ?? DateOnly.MinValue);
        order = order != 0 ? order : string.CompareOrdinal(a.Title, b.Title);
        return order != 0 ? order : string.CompareOrdinal(a.Slug, b.Slug);
    }

    /// <summary>The field names <c>required:</c> in site.yml can name; any other is always there.</summary>
    private static readonly string[] RequirableFields =
        ["title", "company", "applyUrl", "location", "locations", "salary", "datePosted", "employmentType", "tags"];

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
