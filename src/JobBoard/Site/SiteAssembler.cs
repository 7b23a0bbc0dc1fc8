using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using JobBoard.Model;
using JobBoard.Normalize;

namespace JobBoard.Site;

/// <summary>
/// The validate stage: the barrier where all postings meet. Checks the site-wide rules
/// (required fields, unique slugs, duplicates, dates), decides which postings are closed,
/// and groups the open ones into tag, company and location listings. It runs on every rebuild of
/// the preview server, over every posting, so it allocates little beyond the model it returns.
/// </summary>
public static class SiteAssembler
{
    /// <summary>
    /// What the site-wide rules work out from one posting alone, kept with the posting object: the
    /// preview server's rebuilds get the postings of unchanged files back as the same objects
    /// (<see cref="BuildCache"/>), so a rebuild works it out only for the postings that changed.
    /// </summary>
    /// <param name="OwnSlug">The posting chose its slug itself (a derived one gives way).</param>
    /// <param name="Identity">The same job posted twice has the same identity: company, title and locations, in lower case.</param>
    /// <param name="NameNotSlug">The warning when the file's name is not the posting's slug.</param>
    private sealed record Facts(bool OwnSlug, string Identity, Diagnostic? NameNotSlug);

    private static readonly ConditionalWeakTable<Posting, Facts> Known = new();

    private static Facts FactsOf(Posting posting) => Known.GetValue(posting, static p => new Facts(
        OwnSlug: p.Sources.ContainsKey("slug"),
        Identity: string.Join("\u001f", p.Company?.Name.ToLowerInvariant(), p.Title?.ToLowerInvariant(),
            string.Join("|", p.Locations).ToLowerInvariant()),
        NameNotSlug: Path.GetFileNameWithoutExtension(p.File.AsSpan()).SequenceEqual(p.Slug)
            ? null
            // The file name is what a maintainer sees in a pull request; keeping it equal to the
            // page's URL makes "which file is /jobs/x/?" a non-question.
            : new Diagnostic(DiagnosticCodes.FileNameNotSlug, Severity.Warning, p.File, 0, 0,
                $"the file name does not match the posting's slug '{p.Slug}'",
                $"rename the file to {p.Slug}{Path.GetExtension(p.File)}")));

    public static Outcome<SiteModel> Assemble(
        IEnumerable<Posting> postings, SiteConfig config, Taxonomy taxonomy, DateOnly? now)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var valid = new List<Posting>();
        foreach (var posting in InFileOrder(postings))
        {
            var complete = true;
            foreach (var field in config.Required)
            {
                if (!HasField(posting, field))
                {
                    complete = false;
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
                valid.Add(posting);
            }
        }

        var unique = Deduplicate(valid, diagnostics);
        var today = now ?? unique.Select(p => p.DatePosted).Max() ?? new DateOnly(1970, 1, 1);
        var open = new List<Posting>();
        var closed = new List<Posting>();
        foreach (var posting in unique)
        {
            if (FactsOf(posting).NameNotSlug is { } nameNotSlug)
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

        var sorted = open.ToArray();
        Array.Sort(sorted, NewestFirst); // slugs are unique, so the order is total and an unstable sort is deterministic
        var newestFirst = ImmutableArray.Create(sorted);
        var tags = new Listings();
        var companies = new Listings();
        var locations = new Listings();
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal); // a board names few companies and places, many times
        string Slug(string name) => slugs.TryGetValue(name, out var slug) ? slug : slugs[name] = Slugger.Slugify(name);
        foreach (var posting in newestFirst)
        {
            foreach (var tag in posting.Tags)
            {
                tags.Add(tag, taxonomy.DisplayName(tag), posting);
            }

            if (posting.Company is { } company)
            {
                companies.Add(Slug(company.Name), company.Name, posting);
            }

            foreach (var place in posting.Locations)
            {
                locations.Add(Slug(place), place, posting);
            }
        }

        var site = new SiteModel(
            config,
            today,
            newestFirst,
            [.. closed.OrderBy(p => p.Slug, StringComparer.Ordinal)],
            tags.ToListings(),
            companies.ToListings(),
            locations.ToListings(),
            [.. newestFirst.Where(p => p.Workplace.HasFlag(Workplace.Remote))]);
        return new Outcome<SiteModel>(site, diagnostics.ToImmutable());
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

    /// <summary>
    /// Slugs must be unique. A slug the posting chose itself is an error when taken; a derived
    /// one gets a deterministic suffix (-2, -3, ...) in file order. The same job posted twice
    /// (same company, title and locations) is an error on the second file.
    /// </summary>
    private static List<Posting> Deduplicate(List<Posting> postings, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var taken = new Dictionary<string, Posting>(postings.Count, StringComparer.Ordinal);
        var identities = new Dictionary<string, Posting>(postings.Count, StringComparer.Ordinal);
        var result = new List<Posting>(postings.Count);
        var ownSlug = postings.ToLookup(p => FactsOf(p).OwnSlug); // each part keeps the file order
        foreach (var posting in ownSlug[true].Concat(ownSlug[false]))
        {
            var identity = FactsOf(posting).Identity;
            if (identities.TryGetValue(identity, out var first))
            {
                diagnostics.Add(Error(posting, DiagnosticCodes.DuplicatePosting,
                    $"the same posting as {first.File} (same company, title and location)"));
                continue;
            }

            var slug = posting.Slug;
            if (taken.TryGetValue(slug, out var owner))
            {
                if (FactsOf(posting).OwnSlug)
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

            var unique = slug == posting.Slug ? posting : posting with { Slug = slug };
            taken[slug] = unique;
            identities[identity] = unique;
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
            else if (ReferenceEquals(group.Postings[^1], posting))
            {
                return;
            }

            group.Postings.Add(posting);
        }

        public ImmutableArray<Listing> ToListings() =>
            [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Listing(g.Key, g.Value.Name, [.. g.Value.Postings]))];
    }

    /// <summary>Newest first, then by title and slug.</summary>
    private static int NewestFirst(Posting a, Posting b)
    {
        var order = (b.DatePosted ?? DateOnly.MinValue).CompareTo(a.DatePosted ?? DateOnly.MinValue);
        order = order != 0 ? order : string.CompareOrdinal(a.Title, b.Title);
        return order != 0 ? order : string.CompareOrdinal(a.Slug, b.Slug);
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
