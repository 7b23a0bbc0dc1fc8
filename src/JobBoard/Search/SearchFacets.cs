using System.Collections.Immutable;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Search;

/// <summary>A facet value: its URL value (a slug, as on the site's own pages) and its label.</summary>
public sealed record FacetValue(string Value, string Label);

/// <summary>One posting's facet values as indexes into the vocabularies of <see cref="SearchFacets"/>; -1 means "none".</summary>
/// <param name="Salary">The top of the pay range per year, in thousands (<see cref="SearchFacets.AnnualThousands"/>).</param>
public readonly record struct FacetRow(
    ImmutableArray<int> Tags, int Company, ImmutableArray<int> Locations, int Workplace, int EmploymentType, int Currency, int Salary)
{
    public bool Equals(FacetRow other) =>
        Tags.SequenceEqual(other.Tags) && Company == other.Company && Locations.SequenceEqual(other.Locations)
        && Workplace == other.Workplace && EmploymentType == other.EmploymentType && Currency == other.Currency && Salary == other.Salary;

    public override int GetHashCode() => HashCode.Combine(Company, Workplace, EmploymentType, Currency, Salary);
}

/// <summary>
/// The facet vocabularies of the open postings and a row of indexes per posting (by document
/// number, newest first): the browser counts facets by scanning the rows' columns.
/// </summary>
/// <param name="Docs">The open postings the rows describe.</param>
public sealed record SearchFacets(
    ImmutableArray<Posting> Docs,
    ImmutableArray<FacetValue> Tags,
    ImmutableArray<FacetValue> Companies,
    ImmutableArray<FacetValue> Locations,
    ImmutableArray<FacetValue> Workplaces,
    ImmutableArray<FacetValue> EmploymentTypes,
    ImmutableArray<string> Currencies,
    ImmutableArray<FacetRow> Rows)
{
    /// <summary>Workplace values in the bit order of <see cref="Workplace"/> (remote 1, hybrid 2, onsite 4).</summary>
    private static readonly ImmutableArray<FacetValue> WorkplaceValues =
        [new("remote", "Remote"), new("hybrid", "Hybrid"), new("onsite", "On-site")];

    /// <summary>
    /// The facets of the site's open postings. Given the last build's, with the same vocabularies
    /// and number of postings, it makes again only the rows of the postings that are not the same
    /// objects in the same places: which listings hold a posting depends on the posting alone.
    /// </summary>
    /// <returns>The facets, and whether they differ from <paramref name="last"/>.</returns>
    public static (SearchFacets Facets, bool Changed) Build(SiteModel site, SearchFacets? last = null)
    {
        var docs = site.Open;
        var types = new HashSet<EmploymentType>();
        var currencies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var posting in docs)
        {
            if (posting.EmploymentType is { } type)
            {
                types.Add(type);
            }

            if (posting.Salary is { } salary)
            {
                currencies.Add(salary.Currency);
            }
        }

        ImmutableArray<EmploymentType> typeOrder = [.. types.Order()];
        ImmutableArray<string> currencyOrder = [.. currencies.Order(StringComparer.Ordinal)];
        var facets = new SearchFacets(docs, Vocabulary(site.Tags), Vocabulary(site.Companies), Vocabulary(site.Locations),
            WorkplaceValues, [.. typeOrder.Select(t => new FacetValue(TypeValue(t), t.ToLabel()))], currencyOrder, []);
        var patch = last is not null && last.Docs.Length == docs.Length && last.Tags.SequenceEqual(facets.Tags)
            && last.Companies.SequenceEqual(facets.Companies) && last.Locations.SequenceEqual(facets.Locations)
            && last.EmploymentTypes.SequenceEqual(facets.EmploymentTypes) && last.Currencies.SequenceEqual(currencyOrder);
        var changed = patch ? SearchIndex.Changed(last!.Docs, docs) : [.. Enumerable.Range(0, docs.Length)];
        var number = new Dictionary<Posting, int>(changed.Count, ReferenceEqualityComparer.Instance);
        foreach (var doc in changed)
        {
            number[docs[doc]] = doc;
        }

        var tags = Members(site.Tags, number, docs.Length);
        var companies = Members(site.Companies, number, docs.Length);
        var locations = Members(site.Locations, number, docs.Length);
        var rows = patch ? last!.Rows.ToBuilder() : ImmutableArray.CreateBuilder<FacetRow>(docs.Length);
        rows.Count = docs.Length;
        var same = patch;
        foreach (var doc in changed)
        {
            var posting = docs[doc];
            var row = new FacetRow(
                [.. tags[doc] ?? []],
                companies[doc] is [var company, ..] ? company : -1,
                [.. locations[doc] ?? []],
                (int)posting.Workplace,
                posting.EmploymentType is { } t ? typeOrder.IndexOf(t) : -1,
                posting.Salary is { } s ? currencyOrder.IndexOf(s.Currency) : -1,
                posting.Salary is { } salary ? AnnualThousands(salary) : -1);
            same = same && row.Equals(rows[doc]);
            rows[doc] = row;
        }

        return (facets with { Rows = rows.MoveToImmutable() }, !same);
    }

    /// <summary>"full-time", "part-time", "contract", ...: the label as a URL value.</summary>
    public static string TypeValue(EmploymentType type) => type.ToLabel().ToLowerInvariant().Replace(' ', '-');

    /// <summary>
    /// The top of the pay range per year, in thousands of the posting's currency, so that a
    /// minimum-salary filter and the salary sort can compare hourly and yearly postings.
    /// A range qualifies for "at least X" when its top reaches X.
    /// </summary>
    public static int AnnualThousands(Salary salary)
    {
        var top = salary.Max ?? salary.Min ?? 0m;
        var perYear = salary.Period switch
        {
            SalaryPeriod.Hour => 2080m,
            SalaryPeriod.Day => 260m,
            SalaryPeriod.Week => 52m,
            SalaryPeriod.Month => 12m,
            _ => 1m,
        };
        return (int)Math.Round(top * perYear / 1000m, MidpointRounding.AwayFromZero);
    }

    /// <summary>A listing kind's values, by slug: the indexes the rows use.</summary>
    private static ImmutableArray<FacetValue> Vocabulary(ImmutableArray<Listing> listings) =>
        [.. listings.OrderBy(l => l.Slug, StringComparer.Ordinal).Select(l => new FacetValue(l.Slug, l.Name))];

    /// <summary>By document number, the indexes (by slug) of the listings that hold each numbered posting.</summary>
    private static List<int>?[] Members(ImmutableArray<Listing> listings, Dictionary<Posting, int> number, int count)
    {
        var members = new List<int>?[count];
        foreach (var (index, listing) in listings.OrderBy(l => l.Slug, StringComparer.Ordinal).Index())
        {
            foreach (var posting in listing.Postings)
            {
                if (number.TryGetValue(posting, out var doc))
                {
                    (members[doc] ??= []).Add(index);
                }
            }
        }

        return members;
    }
}
