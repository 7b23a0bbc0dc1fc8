using System.Collections.Frozen;

namespace JobBoard.Normalize;

/// <summary>The region names and filler words <see cref="LocationParser"/> understands, and the place
/// names <see cref="PlaceTable"/> adds to its GeoNames and RegionInfo data.</summary>
internal static class LocationVocabulary
{
    /// <summary>
    /// Region spellings to their canonical name; keys are lower case with dots removed. Unknown
    /// regions are kept as written ("Remote (Portugal)" → "Portugal").
    /// "EU" and "Europe" stay distinct: "Remote - Europe" postings often welcome the UK, Switzerland
    /// or Norway, which "EU" would exclude. "CA" is not here: inside "Remote (CA)" it may be
    /// California or Canada, so it is kept as written.
    /// </summary>
    public static readonly FrozenDictionary<string, string> Regions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["us"] = "US",
        ["usa"] = "US",
        ["united states"] = "US",
        ["united states of america"] = "US",
        ["the us"] = "US",
        ["the united states"] = "US",
        ["uk"] = "UK",
        ["gb"] = "UK",
        ["united kingdom"] = "UK",
        ["great britain"] = "UK",
        ["the uk"] = "UK",
        ["eu"] = "EU",
        ["the eu"] = "EU",
        ["european union"] = "EU",
        ["europe"] = "Europe",
        ["emea"] = "EMEA",
        ["apac"] = "APAC",
        ["asia pacific"] = "APAC",
        ["latam"] = "LATAM",
        ["latin america"] = "LATAM",
        ["americas"] = "Americas",
        ["the americas"] = "Americas",
        ["north america"] = "North America",
        ["canada"] = "Canada",
        ["germany"] = "Germany",
        ["dach"] = "DACH",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Remote from anywhere: remote, with no region.</summary>
    public static readonly FrozenSet<string> Anywhere = new[]
    {
        "anywhere", "worldwide", "global", "globally", "world", "everywhere", "international",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words around a workplace word that carry no place: "Remote job" (seed 001), "Remote-first",
    /// "Remote, US only", "On-site in Austin, TX".
    /// </summary>
    public static readonly FrozenSet<string> Filler = new[]
    {
        "job", "jobs", "position", "role", "first", "friendly", "ok", "only", "possible", "eligible",
        "available", "opportunity", "work", "working", "based", "in", "within", "from", "at", "of",
        "fully", "full", "100%", "partially", "partly", "option", "optional", "location", "locations",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Country names people write that RegionInfo's English and native names miss: its English
    /// name is "United Kingdom", postings write "UK". Capitals are codes, matched only in capitals.
    /// </summary>
    public static readonly FrozenDictionary<string, string> CountryAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UK"] = "GB",
        ["Great Britain"] = "GB",
        ["Britain"] = "GB",
        ["United States of America"] = "US",
        ["Holland"] = "NL",
        ["Czech Republic"] = "CZ",
        ["Ivory Coast"] = "CI",
        ["UAE"] = "AE",
        ["Korea"] = "KR",
        ["Republic of Korea"] = "KR",
        ["Bosnia and Herzegovina"] = "BA",
        ["Macedonia"] = "MK",
        ["Swaziland"] = "SZ",
        ["Burma"] = "MM",
        ["Myanmar"] = "MM",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Canadian provinces' postal abbreviations ("Toronto, ON") to their GeoNames division codes,
    /// which are numbers. US states need none: their GeoNames codes are the postal abbreviations.
    /// </summary>
    public static readonly FrozenDictionary<string, string> CanadianProvinces = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AB"] = "01", ["BC"] = "02", ["MB"] = "03", ["NB"] = "04", ["NL"] = "05", ["NS"] = "07", ["ON"] = "08",
        ["PE"] = "09", ["QC"] = "10", ["SK"] = "11", ["YT"] = "12", ["NT"] = "13", ["NU"] = "14",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
