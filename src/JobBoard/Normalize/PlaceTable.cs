using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace JobBoard.Normalize;

/// <summary>A city of the GeoNames table: its name as GeoNames spells it, ISO country code, first-level division code.</summary>
internal sealed record City(string Name, string Country, string Region, int Population);

/// <summary>A country (<see cref="Region"/> null) or a first-level division of one ("US", "TX").</summary>
internal sealed record Division(string Country, string? Region)
{
    /// <summary>Both can be true of one place: the same country, and the same region where both name one.</summary>
    public bool Fits(Division other) =>
        Country == other.Country && (Region is null || other.Region is null || Region == other.Region);

    public bool Contains(City city) => Country == city.Country && (Region is null || Region == city.Region);
}

/// <summary>
/// The place vocabulary, read once per process from the embedded tables in <c>Normalize/Data/</c>
/// (derived from GeoNames and .NET's RegionInfo by <c>scripts/places-data.sh</c>): cities of at least
/// 15,000 people with their common exonyms, country names and codes, first-level divisions.
/// Lookups take the key of <see cref="Key"/>: folded to lower-case ASCII, so "München", "Munchen" and
/// "MUNCHEN" are one name.
/// </summary>
internal sealed class PlaceTable
{
    private static readonly Lazy<PlaceTable> Loaded = new(Load);

    /// <summary>Cities by each of their names, most populous first (the order of <c>cities.tsv</c>).</summary>
    private readonly Dictionary<string, City[]> cities;

    /// <summary>Countries and divisions by name ("germany", "deutschland", "texas", "england").</summary>
    private readonly Dictionary<string, Division[]> names;

    /// <summary>Countries and divisions by code ("DE", "DEU", "TX", "ON", "UK"), which count only when written in capitals.</summary>
    private readonly Dictionary<string, Division[]> codes;

    private readonly Dictionary<string, string> countryNames;

    private readonly Dictionary<Division, string> regionNames;

    /// <summary>("US", "austin"): true when the country has two or more cities of that name, which the region tells apart.</summary>
    private readonly Dictionary<(string Country, string Key), bool> namesInCountry;

    private PlaceTable(
        Dictionary<string, City[]> cities, Dictionary<string, Division[]> names, Dictionary<string, Division[]> codes,
        Dictionary<string, string> countryNames, Dictionary<Division, string> regionNames,
        Dictionary<(string Country, string Key), bool> namesInCountry)
    {
        (this.cities, this.names, this.codes, this.countryNames, this.regionNames, this.namesInCountry) =
            (cities, names, codes, countryNames, regionNames, namesInCountry);
    }

    public static PlaceTable Shared => Loaded.Value;

    /// <summary>The cities named <paramref name="written"/>, most populous first.</summary>
    public IReadOnlyList<City> Cities(string written) => cities.GetValueOrDefault(Key(written)) ?? [];

    /// <summary>The countries and divisions <paramref name="written"/> may name: "Georgia" is a country and a US state, "CA" Canada and California.</summary>
    public IReadOnlyList<Division> Divisions(string written)
    {
        var code = written.Replace(".", string.Empty, StringComparison.Ordinal).Trim();
        if (IsCode(code) && codes.TryGetValue(code, out var byCode))
        {
            return byCode;
        }

        var key = Key(written);
        return names.GetValueOrDefault(key) ?? (key.StartsWith("the ", StringComparison.Ordinal) ? names.GetValueOrDefault(key[4..]) : null) ?? [];
    }

    public string CountryName(string country) => countryNames.GetValueOrDefault(country, country);

    public string? RegionName(Division division) => regionNames.GetValueOrDefault(division);

    /// <summary>Another city of the same country has this name, so a label needs the region to tell them apart.</summary>
    public bool SharesName(City city) => namesInCountry.GetValueOrDefault((city.Country, Key(city.Name)));

    /// <summary>Lower-case ASCII words: letters folded ("é" to "e"), dots and apostrophes dropped ("U.S." is "us"), anything else one space.</summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        // A letter folds to at most two ("ß" to "ss"); the table's names are short, so the stack holds them.
        var key = text.Length <= 128 ? stackalloc char[2 * text.Length] : new char[2 * text.Length];
        return new string(key[..Fold(text, key)]);
    }

    /// <summary>Writes the <see cref="Key"/> of <paramref name="text"/> into <paramref name="key"/>, which holds twice
    /// as many characters, and returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see Load
    private static int Fold(ReadOnlySpan<char> text, Span<char> key)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (c is '.' or '\'' or '’')
            {
                continue;
            }

            var ascii = LatinFold.ToAscii(c);
            if (ascii.IsEmpty)
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                key[length++] = ' ';
                space = false;
            }

            ascii.CopyTo(key[length..]);
            length += ascii.Length;
        }

        return length;
    }

    // Runs once, so tiered compilation would run its loops as unoptimized code: 5 to 10 times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PlaceTable Load()
    {
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, List<Division>>(StringComparer.Ordinal);
        var codes = new Dictionary<string, List<Division>>(StringComparer.Ordinal);
        foreach (var f in Rows("countries"))
        {
            // ISO code, English name, other names
            var country = new Division(f[0], null);
            countryNames[f[0]] = f[1];
            foreach (var name in f[2].Split('|', StringSplitOptions.RemoveEmptyEntries).Append(f[1]).Append(f[0]))
            {
                AddName(names, codes, name, country);
            }
        }

        var regionNames = new Dictionary<Division, string>();
        foreach (var f in Rows("regions"))
        {
            // country code, division code, English name
            var division = new Division(f[0], f[1]);
            regionNames[division] = f[2];
            AddName(names, codes, f[2], division);
        }

        foreach (var (alias, code) in LocationVocabulary.CountryAliases)
        {
            AddName(names, codes, alias, new Division(code, null));
        }

        foreach (var (abbreviation, province) in LocationVocabulary.CanadianProvinces)
        {
            Add(codes, abbreviation, new Division("CA", province));
        }

        // US states' GeoNames codes are their postal abbreviations ("TX"), which postings write.
        foreach (var division in regionNames.Keys.Where(d => d.Country == "US"))
        {
            Add(codes, division.Region!, division);
        }

        var (cities, namesInCountry) = ReadCities();
        return new PlaceTable(
            cities,
            names.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            codes.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            countryNames,
            regionNames,
            namesInCountry);
    }

    /// <summary>
    /// Cities by the key of each of their names, and whether a country has two or more cities of a name. 23,000 rows
    /// and as many other names, read as spans: the strings made are the ones the table keeps.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see Load
    private static (Dictionary<string, City[]> Cities, Dictionary<(string Country, string Key), bool> NamesInCountry) ReadCities()
    {
        var cities = new Dictionary<string, City[]>(50_000, StringComparer.Ordinal);
        var namesInCountry = new Dictionary<(string Country, string Key), bool>(25_000);
        var codePool = new Dictionary<string, string>(StringComparer.Ordinal);
        var nameKey = new char[256];
        var aliasKey = new char[256];
        var text = Text("cities");
        Span<Range> field = stackalloc Range[5];
        foreach (var range in text.AsSpan().SplitAny(LineBreaks))
        {
            // name, country code, division code, population, other names
            var line = text.AsSpan(range);
            if (line.IsEmpty)
            {
                continue;
            }

            line.Split(field, '\t');
            var city = new City(
                line[field[0]].ToString(), Pooled(codePool, line[field[1]]), Pooled(codePool, line[field[2]]),
                int.Parse(line[field[3]], CultureInfo.InvariantCulture));
            var key = Folded(city.Name, ref nameKey);
            ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(namesInCountry, (city.Country, AddCity(cities, key, city)), out var seen);
            shared |= seen;

            var aliases = line[field[4]];
            foreach (var alias in aliases.Split('|'))
            {
                if (Folded(aliases[alias], ref aliasKey) is var other && !other.SequenceEqual(key))
                {
                    AddCity(cities, other, city);
                }
            }
        }

        return (cities, namesInCountry);
    }

    /// <summary>Rows come most populous first, so each name's list stays in that order. Returns the key as the table holds it.</summary>
    private static string AddCity(Dictionary<string, City[]> cities, ReadOnlySpan<char> key, City city)
    {
        if (key.IsEmpty)
        {
            return string.Empty; // a name in another script ("Зуунмод") has no Latin key: "..." must not find it
        }

        var byKey = cities.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!byKey.TryGetValue(key, out var held, out var list))
        {
            held = key.ToString();
            cities.Add(held, [city]);
        }
        else if (list[^1] != city)
        {
            cities[held] = [.. list, city];
        }

        return held;
    }

    /// <summary>The key of <paramref name="text"/>, written into <paramref name="buffer"/> (made larger when it is too small).</summary>
    private static ReadOnlySpan<char> Folded(ReadOnlySpan<char> text, ref char[] buffer)
    {
        if (buffer.Length < 2 * text.Length)
        {
            buffer = new char[2 * text.Length];
        }

        return buffer.AsSpan(0, Fold(text, buffer));
    }

    /// <summary>The same string for every row that writes the same country or division code.</summary>
    private static string Pooled(Dictionary<string, string> pool, ReadOnlySpan<char> code)
    {
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(code, out var held))
        {
            held = code.ToString();
            pool.Add(held, held);
        }

        return held;
    }

    /// <summary>A code ("DEU", "UK") is looked up as written in capitals; a name by its key.</summary>
    private static void AddName(Dictionary<string, List<Division>> names, Dictionary<string, List<Division>> codes, string name, Division division)
    {
        if (IsCode(name))
        {
            Add(codes, name, division);
        }
        else
        {
            Add(names, Key(name), division);
        }
    }

    private static bool IsCode(string text) => text.Length is 2 or 3 && text.All(char.IsAsciiLetterUpper);

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    /// <summary>What ends a line, as <see cref="StreamReader.ReadLine"/> reads it: a checkout may have turned "\n" into "\r\n".</summary>
    private const string LineBreaks = "\r\n";

    private static IEnumerable<string[]> Rows(string table) =>
        Text(table).Split(LineBreaks.ToCharArray(), StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t'));

    private static string Text(string table)
    {
        using var stream = typeof(PlaceTable).Assembly.GetManifestResourceStream($"JobBoard.Places.{table}.tsv")
            ?? throw new InvalidOperationException($"the embedded place table {table}.tsv is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
