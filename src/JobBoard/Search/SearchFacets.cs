using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Search;

/// <summary>How many open postings have each value of each facet, by the vocabularies' indexes.</summary>
public sealed record FacetCounts(int[] Tags, int[] Companies, int[] Locations, int[] Workplaces, int[] EmploymentTypes, int[] Currencies);

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

    /// <summary>Each facet value the row has, as (facet, value index), the facets numbered tag 0, company 1,
    /// location 2, workplace 3 (a value per bit of <see cref="Workplace"/> below <paramref name="workplaces"/>), type 4.</summary>
    public void Visit(int workplaces, Action<int, int> value)
    {
        foreach (var tag in Tags)
        {
            value(0, tag);
        }

        if (Company >= 0)
        {
            value(1, Company);
        }

        foreach (var location in Locations)
        {
            value(2, location);
        }

        for (var bit = 0; bit < workplaces; bit++)
        {
            if ((Workplace & (1 << bit)) != 0)
            {
                value(3, bit);
            }
        }

        if (EmploymentType >= 0)
        {
            value(4, EmploymentType);
        }
    }
}

/// <summary>
/// The facet vocabularies of the open postings and a row of indexes per posting (by document
/// number, newest first): the browser counts facets by scanning the rows' columns.
/// </summary>
/// <param name="Keys">The view key of each open posting the rows describe (<see cref="SearchIndex.Changed"/>).</param>
public sealed record SearchFacets(
    ImmutableArray<UInt128> Keys,
    ImmutableArray<FacetValue> Tags,
    ImmutableArray<FacetValue> Companies,
    ImmutableArray<FacetValue> Locations,
    ImmutableArray<FacetValue> Workplaces,
    ImmutableArray<FacetValue> EmploymentTypes,
    ImmutableArray<string> Currencies,
    ImmutableArray<FacetRow> Rows)
{
    /// <summary>
    /// The facets of the site's open postings. Given the last build's, with the same number of
    /// postings and the same values, it makes again only the rows of the postings whose keys differ:
    /// which listings hold a posting depends on the posting alone.
    /// </summary>
    /// <param name="keys">The key of each open posting's view.</param>
    /// <param name="text">The board's language, for the labels of workplaces and employment types.</param>
    public static SearchFacets Build(SiteModel site, ImmutableArray<UInt128> keys, Translation text, SearchFacets? last = null)
    {
        // Workplace values in the bit order of Workplace (remote 1, hybrid 2, onsite 4).
        ImmutableArray<FacetValue> workplaces =
            [.. (Workplace.Remote | Workplace.Hybrid | Workplace.Onsite).Names().Select(name => new FacetValue(name, text.Text("workplace." + name)))];
        var typeLabels = Enum.GetValues<EmploymentType>().ToDictionary(t => t.ToValue(), t => text.Text("type." + t.ToValue()), StringComparer.Ordinal);
        var docs = site.Open;
        var tags = Vocabulary(site.Tags);
        var companies = Vocabulary(site.Companies);
        var locations = Vocabulary(site.Locations);
        if (last is not null && last.Keys.Length == docs.Length && last.Tags.SequenceEqual(tags)
            && last.Companies.SequenceEqual(companies) && last.Locations.SequenceEqual(locations) && last.Workplaces.SequenceEqual(workplaces)
            && last.EmploymentTypes.All(v => typeLabels[v.Value] == v.Label) && Patch(site, keys, last) is { } patched)
        {
            return patched;
        }

        var types = docs.Where(p => p.EmploymentType is not null).Select(p => p.EmploymentType!.Value)
            .Distinct().Order().Select(t => new FacetValue(t.ToValue(), typeLabels[t.ToValue()])).ToImmutableArray();
        var currencies = docs.Where(p => p.Salary is not null).Select(p => p.Salary!.Currency)
            .Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var facets = new SearchFacets(keys, tags, companies, locations, workplaces, types, currencies, []);
        return facets with { Rows = ImmutableCollectionsMarshal.AsImmutableArray(RowsOf(site, facets, [.. Enumerable.Range(0, docs.Length)])) };
    }

    /// <summary>The last build's facets with the rows of the changed postings made again; null when a
    /// type or currency came or went.</summary>
    private static SearchFacets? Patch(SiteModel site, ImmutableArray<UInt128> keys, SearchFacets last)
    {
        var changed = SearchIndex.Changed(last.Keys.AsSpan(), keys.AsSpan());
        var made = changed.Zip(RowsOf(site, last, changed)).ToList();
        if (made.Any(m => (m.Second.EmploymentType < 0 && site.Open[m.First].EmploymentType is not null)
            || (m.Second.Currency < 0 && site.Open[m.First].Salary is not null)))
        {
            return null;
        }

        var rows = last.Rows.ToBuilder();
        foreach (var (doc, row) in made)
        {
            rows[doc] = row;
        }

        var types = new bool[last.EmploymentTypes.Length];
        var currencies = new bool[last.Currencies.Length];
        foreach (var row in rows)
        {
            if (row.EmploymentType >= 0)
            {
                types[row.EmploymentType] = true;
            }

            if (row.Currency >= 0)
            {
                currencies[row.Currency] = true;
            }
        }

        return types.All(used => used) && currencies.All(used => used)
            ? last with { Keys = keys, Rows = rows.MoveToImmutable() }
            : null;
    }

    /// <summary>The key of what <c>facets/values.json</c> and <c>facets/summary.json</c> show besides the rows' counts:
    /// the vocabularies and currencies.</summary>
    public UInt128 ValuesKey()
    {
        var hash = new XxHash128();
        var lengths = new List<int>();
        foreach (var values in (ImmutableArray<FacetValue>[])[Tags, Companies, Locations, Workplaces, EmploymentTypes])
        {
            lengths.Add(values.Length);
            foreach (var value in values)
            {
                lengths.AddRange([value.Value.Length, value.Label.Length]);
                hash.Append(MemoryMarshal.AsBytes(value.Value.AsSpan()));
                hash.Append(MemoryMarshal.AsBytes(value.Label.AsSpan()));
            }
        }

        hash.Append(MemoryMarshal.AsBytes(string.Join(",", Currencies).AsSpan()));
        InputKey.Add(hash, CollectionsMarshal.AsSpan(lengths));
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The key of the rows <paramref name="start"/> .. <paramref name="start"/> + <paramref name="length"/> - 1:
    /// they are indexes, so their numbers are all they show.</summary>
    public UInt128 RowsKey(int start, int length)
    {
        var numbers = new List<int>(8 * length) { start };
        foreach (var row in Rows.AsSpan(start, length))
        {
            numbers.Add(row.Tags.Length);
            numbers.AddRange(row.Tags);
            numbers.Add(row.Locations.Length);
            numbers.AddRange(row.Locations);
            numbers.AddRange([row.Company, row.Workplace, row.EmploymentType, row.Currency, row.Salary]);
        }

        var hash = new XxHash128();
        InputKey.Add(hash, CollectionsMarshal.AsSpan(numbers));
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>How many open postings have each value, per facet (workplaces by bit, remote first), and each currency.</summary>
    public FacetCounts Count()
    {
        var counts = new FacetCounts(new int[Tags.Length], new int[Companies.Length], new int[Locations.Length],
            new int[Workplaces.Length], new int[EmploymentTypes.Length], new int[Currencies.Length]);
        int[][] byFacet = [counts.Tags, counts.Companies, counts.Locations, counts.Workplaces, counts.EmploymentTypes];
        foreach (var row in Rows)
        {
            row.Visit(Workplaces.Length, (facet, value) => byFacet[facet][value]++);
            if (row.Currency >= 0)
            {
                counts.Currencies[row.Currency]++;
            }
        }

        return counts;
    }

    /// <summary>The rows of the numbered postings, as indexes into <paramref name="values"/>' vocabularies (-1: none, or not there).</summary>
    private static FacetRow[] RowsOf(SiteModel site, SearchFacets values, List<int> numbered)
    {
        // An open posting is in the listing of each of its tags, its company and its places (SiteAssembler), under
        // their slugs; the vocabularies are by slug, so a slug's index is found by binary search.
        static int[] Indexes(ImmutableArray<FacetValue> vocabulary, IEnumerable<string> slugs) =>
            [.. slugs.Where(slug => slug.Length > 0).Select(slug => vocabulary.BinarySearch(new FacetValue(slug, ""), ByValue))
                .Where(at => at >= 0).Distinct().Order()];

        var types = Enum.GetValues<EmploymentType>().ToDictionary(t => t, t => values.EmploymentTypes.Select(v => v.Value).ToList().IndexOf(t.ToValue()));
        var rows = new FacetRow[numbered.Count];
        for (var n = 0; n < rows.Length; n++)
        {
            var posting = site.Open[numbered[n]];
            rows[n] = new FacetRow(
                [.. Indexes(values.Tags, posting.Tags)],
                Indexes(values.Companies, posting.CompanySlug is { } company ? [company] : []) is [var index] ? index : -1,
                [.. Indexes(values.Locations, posting.LocationSlugs)],
                (int)posting.Workplace,
                posting.EmploymentType is { } type ? types[type] : -1,
                posting.Salary is { } salary ? values.Currencies.IndexOf(salary.Currency) : -1,
                posting.Salary is { } pay ? AnnualThousands(pay) : -1);
        }

        return rows;
    }


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

    private static readonly Comparer<FacetValue> ByValue = Comparer<FacetValue>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value));
}
