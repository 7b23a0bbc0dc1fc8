using System.Collections.Immutable;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Search;

/// <summary>A facet value: its URL value (a slug, as on the site's own pages) and its label.</summary>
public sealed record FacetValue(string Value, string Label);

/// <summary>
/// The facet vocabularies of the open postings and, per posting (by document number, newest
/// first), the indexes of its values: the browser counts facets by scanning these columns.
/// -1 means "none".
/// </summary>
public sealed record SearchFacets(
    ImmutableArray<FacetValue> Tags,
    ImmutableArray<FacetValue> Companies,
    ImmutableArray<FacetValue> Locations,
    ImmutableArray<FacetValue> Workplaces,
    ImmutableArray<FacetValue> EmploymentTypes,
    ImmutableArray<string> Currencies,
    ImmutableArray<ImmutableArray<int>> DocTags,
    ImmutableArray<int> DocCompany,
    ImmutableArray<ImmutableArray<int>> DocLocations,
    ImmutableArray<int> DocWorkplace,
    ImmutableArray<int> DocEmploymentType,
    ImmutableArray<int> DocCurrency,
    ImmutableArray<int> DocSalary)
{
    /// <summary>Workplace values in the bit order of <see cref="Workplace"/> (remote 1, hybrid 2, onsite 4).</summary>
    private static readonly ImmutableArray<FacetValue> WorkplaceValues =
        [new("remote", "Remote"), new("hybrid", "Hybrid"), new("onsite", "On-site")];

    public static SearchFacets Build(SiteModel site)
    {
        var docs = site.Open;
        var number = new Dictionary<Posting, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < docs.Length; i++)
        {
            number[docs[i]] = i;
        }

        var (tags, docTags) = FromListings(site.Tags, number, docs.Length);
        var (companies, docCompanies) = FromListings(site.Companies, number, docs.Length);
        var (locations, docLocations) = FromListings(site.Locations, number, docs.Length);

        var types = docs.Where(p => p.EmploymentType is not null).Select(p => p.EmploymentType!.Value)
            .Distinct().Order().ToImmutableArray();
        var currencies = docs.Where(p => p.Salary is not null).Select(p => p.Salary!.Currency)
            .Distinct().Order(StringComparer.Ordinal).ToImmutableArray();

        return new SearchFacets(
            tags, companies, locations, WorkplaceValues,
            [.. types.Select(t => new FacetValue(TypeValue(t), t.ToLabel()))],
            currencies,
            docTags,
            [.. docCompanies.Select(c => c.IsEmpty ? -1 : c[0])],
            docLocations,
            [.. docs.Select(p => (int)p.Workplace)],
            [.. docs.Select(p => p.EmploymentType is { } t ? types.IndexOf(t) : -1)],
            [.. docs.Select(p => p.Salary is { } s ? currencies.IndexOf(s.Currency) : -1)],
            [.. docs.Select(p => p.Salary is { } s ? AnnualThousands(s) : -1)]);
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

    private static (ImmutableArray<FacetValue>, ImmutableArray<ImmutableArray<int>>) FromListings(
        ImmutableArray<Listing> listings, Dictionary<Posting, int> number, int count)
    {
        var ordered = listings.OrderBy(l => l.Slug, StringComparer.Ordinal).ToList();
        var perDoc = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        for (var v = 0; v < ordered.Count; v++)
        {
            foreach (var posting in ordered[v].Postings)
            {
                perDoc[number[posting]].Add(v);
            }
        }

        return ([.. ordered.Select(l => new FacetValue(l.Slug, l.Name))], [.. perDoc.Select(d => d.ToImmutableArray())]);
    }
}
