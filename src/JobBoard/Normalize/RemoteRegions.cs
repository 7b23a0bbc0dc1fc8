using System.Collections.Frozen;
using System.Collections.Immutable;

namespace JobBoard.Normalize;

/// <summary>
/// The countries a remote posting's region stands for, as ISO 3166-1 alpha-2 codes: Google for Jobs
/// reads <c>applicantLocationRequirements</c> as countries (or their divisions) and knows no "EU",
/// "EMEA" or "APAC". Keys are the canonical region names of <see cref="LocationVocabulary.Regions"/>;
/// a region not here is looked up as a country name ("Portugal").
/// </summary>
public static class RemoteRegions
{
    private const string EuropeanUnion = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK";

    // The sovereign states of GeoNames' continent EU, beyond the union's members: a "Remote - Europe"
    // posting usually welcomes the UK, Switzerland and Norway (see LocationVocabulary.Regions).
    private const string Europe = EuropeanUnion + " AD AL BA BY CH GB IS LI MC MD ME MK NO RS RU SM UA VA XK";

    private const string MiddleEast = "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE";

    private const string Africa = "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR "
        + "MU MW MZ NA NE NG RW SC SD SL SN SO SS ST SZ TD TG TN TZ UG ZA ZM ZW";

    // Spanish- and Portuguese-speaking America, as recruiters use "LATAM".
    private const string LatinAmerica = "AR BO BR CL CO CR CU DO EC GT HN MX NI PA PE PY SV UY VE";

    private const string NorthAmerica = "CA MX US";

    private static readonly FrozenDictionary<string, ImmutableArray<string>> Members = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["US"] = "US",
        ["UK"] = "GB",
        ["Canada"] = "CA",
        ["Germany"] = "DE",
        ["DACH"] = "AT CH DE",
        ["EU"] = EuropeanUnion,
        ["Europe"] = Europe,
        ["EMEA"] = Europe + " " + MiddleEast + " " + Africa,
        ["North America"] = NorthAmerica,
        ["LATAM"] = LatinAmerica,
        ["Americas"] = NorthAmerica + " " + LatinAmerica + " AG BB BS BZ DM GD GY HT JM KN LC SR TT VC",
        ["APAC"] = "AU BD BN BT CN FJ HK ID IN JP KH KR LA LK MM MN MO MV MY NP NZ PG PH PK SG TH TL TW VN",
    }.ToFrozenDictionary(
        p => p.Key,
        p => p.Value.Split(' ').Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(),
        StringComparer.Ordinal);

    /// <summary>The region's countries, sorted; empty when it is neither a known region nor one country's name.</summary>
    public static ImmutableArray<string> Countries(string region)
    {
        if (Members.TryGetValue(region, out var members))
        {
            return members;
        }

        // "CA" is Canada and California, "Georgia" a country and a state: only one country is an answer.
        return PlaceTable.Shared.Divisions(region) is [{ Region: null } country] ? [country.Country] : [];
    }
}
