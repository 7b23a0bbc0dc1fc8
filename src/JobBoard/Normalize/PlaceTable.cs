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

    private readonly CityTable cities;

    /// <summary>Countries and divisions by name ("germany", "deutschland", "texas", "england").</summary>
    private readonly Dictionary<string, Division[]> names;

    /// <summary>Countries and divisions by code ("DE", "DEU", "TX", "ON", "UK"), which count only when written in capitals.</summary>
    private readonly Dictionary<string, Division[]> codes;

    private readonly Dictionary<string, string> countryNames;

    private readonly Dictionary<Division, string> regionNames;

    private PlaceTable(
        CityTable cities, Dictionary<string, Division[]> names, Dictionary<string, Division[]> codes,
        Dictionary<string, string> countryNames, Dictionary<Division, string> regionNames)
    {
        (this.cities, this.names, this.codes, this.countryNames, this.regionNames) = (cities, names, codes, countryNames, regionNames);
    }

    public static PlaceTable Shared => Loaded.Value;

    /// <summary>The cities named <paramref name="written"/>, most populous first.</summary>
    public IReadOnlyList<City> Cities(string written) => cities.Named(Key(written));

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

    /// <summary>Another city of the same country has this name ("Austin", US), so a label needs the region to tell them apart.</summary>
    public bool SharesName(City city) => cities.SharesName(city);

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
    internal static int Fold(ReadOnlySpan<char> text, Span<char> key)
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

        return new PlaceTable(
            CityTable.Read(Bytes("cities")),
            names.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            codes.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            countryNames,
            regionNames);
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
    internal static ReadOnlySpan<byte> LineBreaks => "\r\n"u8;

    private static List<string[]> Rows(string table)
    {
        var bytes = Bytes(table);
        var rows = new List<string[]>();
        foreach (var range in bytes.AsSpan().SplitAny(LineBreaks))
        {
            if (bytes.AsSpan(range) is { IsEmpty: false } row)
            {
                rows.Add(Encoding.UTF8.GetString(row).Split('\t'));
            }
        }

        return rows;
    }

    /// <summary>The table's UTF-8 bytes (written without a byte order mark by <c>scripts/places-data.sh</c>).</summary>
    private static byte[] Bytes(string table)
    {
        using var stream = typeof(PlaceTable).Assembly.GetManifestResourceStream($"JobBoard.Places.{table}.tsv")
            ?? throw new InvalidOperationException($"the embedded place table {table}.tsv is missing from the build");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
