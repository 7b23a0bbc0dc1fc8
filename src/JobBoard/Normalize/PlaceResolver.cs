using System.Collections.Immutable;
using System.Text.RegularExpressions;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Turns a place as written ("London, UK", "Austin, TX", "München") into one canonical
/// <see cref="Place"/>, so that every spelling of a city lands on one location page. Pure and total.
/// </summary>
/// <remarks>
/// The value is read from the right: trailing parts that name a country or a first-level division
/// ("UK", "England", "TX", "Deutschland") narrow the search; then the first part, from the left, that
/// names a city of the table within them is the city ("Fitzrovia, London, UK" is London). With no
/// country written, a name shared by several cities is the most populous one ("Paris" is Paris,
/// France; "Paris, TX" is Paris, Texas). A town the table does not know keeps its name as written,
/// and gets a country only when the value writes one: nothing is invented.
/// </remarks>
public static partial class PlaceResolver
{
    private static readonly char[] PartSeparators = [',', '/'];

    /// <summary>Each distinct place of <paramref name="written"/>, in order; two spellings of one place count once.</summary>
    public static ImmutableArray<Place> ResolveAll(IEnumerable<string> written) =>
        [.. written.Select(Resolve).DistinctBy(p => p.Label, StringComparer.OrdinalIgnoreCase)];

    public static Place Resolve(string written)
    {
        written = written.Trim();
        var table = PlaceTable.Shared;
        if (Alone(table, written) is { } whole)
        {
            return whole;
        }

        // "Frankfurt (Main)" is known by its whole text; "Paris (télétravail partiel)" only without the note.
        var text = NoteRegex().Replace(written, " ");
        var parts = text.Split(PartSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && Alone(table, parts[0]) is { } single)
        {
            return single;
        }

        var within = new List<IReadOnlyList<Division>>();
        var end = parts.Length;
        while (end > 1 && table.Divisions(parts[end - 1]) is { Count: > 0 } divisions)
        {
            within.Add(divisions);
            end--;
        }

        for (var i = 0; i < end; i++)
        {
            if (table.Cities(parts[i]).FirstOrDefault(city => within.All(d => d.Any(division => division.Contains(city)))) is { } city)
            {
                return OfCity(table, city);
            }
        }

        // "Texas, USA", "Ontario, Canada": a division named in full, no town.
        if (end == 1 && table.Divisions(parts[0]) is { Count: > 0 } first)
        {
            within.Add(first);
            end = 0;
        }

        if (Narrowest(within) is not { } known)
        {
            return new Place(written, written, null, null);
        }

        var locality = end == 0 ? null : string.Join(", ", parts[..end]);
        var region = table.RegionName(known);
        return new Place(Label(locality, region, table.CountryName(known.Country)), locality, region, known.Country);
    }

    /// <summary>A value that is one name: a country, else a city or a division (see <see cref="CityOrDivision"/>).</summary>
    private static Place? Alone(PlaceTable table, string name)
    {
        var divisions = table.Divisions(name);
        if (divisions.FirstOrDefault(d => d.Region is null) is { } country)
        {
            return new Place(table.CountryName(country.Country), null, null, country.Country);
        }

        return CityOrDivision(table, table.Cities(name).FirstOrDefault(), divisions);
    }

    /// <summary>
    /// "Texas" and "Delaware" alone are states, though the table has a Delaware in Ohio; "New York",
    /// "Berlin" and "Québec" alone are the cities, the biggest of their name, which lie in the division
    /// of that name.
    /// </summary>
    private static Place? CityOrDivision(PlaceTable table, City? city, IReadOnlyList<Division> divisions)
    {
        if (city is not null && (divisions.Count == 0 || divisions.Any(d => d.Contains(city))))
        {
            return OfCity(table, city);
        }

        if (divisions.Count == 0)
        {
            return null;
        }

        var division = divisions[0];
        var region = table.RegionName(division);
        return new Place(Label(null, region, table.CountryName(division.Country)), null, region, division.Country);
    }

    private static Place OfCity(PlaceTable table, City city)
    {
        var region = table.RegionName(new Division(city.Country, city.Region));
        var shown = table.SharesName(city) ? region : null;
        return new Place(Label(city.Name, shown, table.CountryName(city.Country)), city.Name, region, city.Country);
    }

    /// <summary>The one division all the written ones agree on ("CA" and "United States": California); null when they disagree or leave two countries open.</summary>
    private static Division? Narrowest(List<IReadOnlyList<Division>> within)
    {
        if (within.Count == 0)
        {
            return null;
        }

        IEnumerable<Division> open = within[0];
        foreach (var next in within.Skip(1))
        {
            open = open.SelectMany(a => next.Where(a.Fits).Select(b => a with { Region = a.Region ?? b.Region })).ToList();
        }

        var candidates = open.Distinct().ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static string Label(string? locality, string? region, string country) =>
        string.Join(", ", new[] { locality, region, country }.Where(p => p is not null));

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex NoteRegex();
}
