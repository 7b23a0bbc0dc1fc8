using System.Collections.Concurrent;
using System.Collections.Immutable;
using JobBoard.Model;
using JobBoard.Normalize;

namespace JobBoard.Site;

/// <summary>
/// The preview server's usual rebuild: a posting's text was edited, nothing the site-wide rules read.
/// Then the site is the last one with the new posting in the old one's places, found by binary
/// search, instead of <see cref="SiteAssembler.Assemble"/> going over every posting again. Which
/// postings were edited is decided by the keys of their files' content, never by object identity.
/// </summary>
public static class SiteReassembler
{
    /// <summary>More edited postings than this are assembled again.</summary>
    private const int MostEdits = 16;

    private static readonly Comparer<Posting> BySlug = Comparer<Posting>.Create((a, b) => string.CompareOrdinal(a.Slug, b.Slug));

    private static readonly Comparer<Listing> ListingBySlug = Comparer<Listing>.Create((a, b) => string.CompareOrdinal(a.Slug, b.Slug));

    /// <summary>An assembled site and what it was assembled from.</summary>
    /// <param name="Inputs">The postings given to <see cref="SiteAssembler.Assemble"/>, in file order.</param>
    /// <param name="Keys">The key of each input's file (its path and content).</param>
    /// <param name="Settings">The key of the settings (site.yml, taxonomy.yml, the theme).</param>
    public sealed record Assembled(ImmutableArray<Posting> Inputs, ImmutableArray<UInt128> Keys, UInt128 Settings, DateOnly? Now, Outcome<SiteModel> Result);

    /// <summary>
    /// What <see cref="SiteAssembler.Assemble"/> would give for these inputs, when they are the last ones but
    /// for a few postings that each take the same place as before (<see cref="SiteAssembler.SamePlace"/>);
    /// null when not, and the caller assembles.
    /// </summary>
    /// <param name="shingles">The shingles the last build kept (<see cref="LikelyDuplicates.Find"/>).</param>
    public static Outcome<SiteModel>? Patch(Assembled last, ImmutableArray<Posting> inputs, ImmutableArray<UInt128> keys, UInt128 settings, DateOnly? now,
        ConcurrentDictionary<Posting, Shingles> shingles)
    {
        if (last.Settings != settings || last.Now != now || last.Inputs.Length != inputs.Length || last.Result.Value is not { } site)
        {
            return null;
        }

        var edits = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (last.Keys[i] == keys[i])
            {
                continue;
            }

            if (++edits > MostEdits || !SiteAssembler.SamePlace(last.Inputs[i], inputs[i]) || Replace(site, last.Inputs[i], inputs[i]) is not { } patched)
            {
                return null;
            }

            site = patched;
        }

        // The employment and pair listings hold the edited postings too, and an edit may change a posting's employment type.
        site = edits == 0 ? site : FacetListings.Add(site);
        // The diagnostics are the last ones: each names the same file, line and values as before; but an edited text
        // can make a posting the likely copy of another, or no longer (the shingles of unedited texts are remembered).
        return new(site, [.. last.Result.Diagnostics.Where(d => d.Code != DiagnosticCodes.LikelyDuplicate), .. LikelyDuplicates.Find(site.Open, shingles)]);
    }

    /// <summary>The site with <paramref name="after"/> where <paramref name="before"/> was; null when <paramref name="before"/>
    /// is not in it as itself (a copy with a numbered slug, or left out by a site-wide rule). The site's posting of
    /// that slug is <paramref name="before"/> when it comes from the same file: a file gives one posting.</summary>
    private static SiteModel? Replace(SiteModel site, Posting before, Posting after)
    {
        var closed = site.Closed.BinarySearch(before, BySlug);
        if (closed >= 0 && site.Closed[closed].File == before.File)
        {
            return site with { Closed = site.Closed.SetItem(closed, after) };
        }

        var open = site.Open.BinarySearch(before, SiteAssembler.ByNewestFirst);
        if (open < 0 || site.Open[open].File != before.File)
        {
            return null;
        }

        var (company, places) = SiteAssembler.ListingSlugs(after);
        var remote = site.Remote.BinarySearch(before, SiteAssembler.ByNewestFirst);
        var tags = In(site.Tags, after.Tags, before, after);
        var companies = In(site.Companies, company is null ? [] : [company], before, after);
        var locations = In(site.Locations, places, before, after);
        return tags is null || companies is null || locations is null
            ? null
            : site with
            {
                Open = site.Open.SetItem(open, after),
                Tags = tags.Value,
                Companies = companies.Value,
                Locations = locations.Value,
                Remote = remote >= 0 ? site.Remote.SetItem(remote, after) : site.Remote,
            };
    }

    /// <summary>The listings with <paramref name="after"/> in its place in each of <paramref name="slugs"/>; null when one is missing.</summary>
    private static ImmutableArray<Listing>? In(ImmutableArray<Listing> listings, IEnumerable<string> slugs, Posting before, Posting after)
    {
        foreach (var slug in slugs)
        {
            var at = listings.BinarySearch(new Listing(slug, "", []), ListingBySlug);
            var place = at < 0 ? -1 : listings[at].Postings.BinarySearch(before, SiteAssembler.ByNewestFirst);
            if (place < 0 || listings[at].Postings[place].File != before.File)
            {
                return null;
            }

            listings = listings.SetItem(at, listings[at] with { Postings = listings[at].Postings.SetItem(place, after) });
        }

        return listings;
    }
}
