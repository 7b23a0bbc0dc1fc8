using System.Collections.Immutable;
using System.Text.RegularExpressions;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Reads a location value ("San Francisco, CA (Hybrid) or Remote", "Remote (US) or San Francisco
/// Bay Area", "#LI-Remote") into places, workplace and remote region. Pure and total: never throws.
/// </summary>
/// <remarks>
/// The value is split into alternatives on " or ", " / ", ";" and "|"; commas never split, because
/// "Berlin, Germany" is one place. In each alternative, a workplace word (remote, hybrid, on-site)
/// decides what the rest is: after "Remote" it is the region ("Remote - EU", "US-Remote"); otherwise
/// it is a place. A named place with no workplace word says nothing about the workplace, unless
/// another alternative is remote: "London or Remote" offers the London office or remote work.
/// </remarks>
public static partial class LocationParser
{
    /// <summary>A location value is read up to here, in whole alternatives: a longer one is a pasted list
    /// of places, and each place becomes a page.</summary>
    public const int MaxLocationLength = 1_000;

    private static readonly char[] Separators = [' ', '\t', '-', '–', '—', ':', ',', '/', '|', '(', ')', '·', '!'];

    public static LocationInfo Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return LocationInfo.Empty;
        }

        if (text.Length > MaxLocationLength)
        {
            text = WholeAlternatives(text);
        }

        // A hashtag speaks for the whole value: "Berlin #LI-Hybrid" is hybrid in Berlin, not also on-site.
        var fromHashtags = WorkplaceFromHashtags(text);
        text = LinkedInTagRegex().Replace(text, " ");

        var workplace = fromHashtags;
        var places = ImmutableArray.CreateBuilder<string>();
        string? region = null;
        var placeAlone = false;
        foreach (var alternative in AlternativeSplitRegex().Split(text))
        {
            var (kinds, place, remoteRegion) = ReadAlternative(alternative);
            placeAlone |= kinds == Workplace.None && place is not null;
            workplace |= kinds;
            region ??= remoteRegion;
            if (place is not null && !places.Contains(place, StringComparer.OrdinalIgnoreCase))
            {
                places.Add(place);
            }
        }

        // A place alone says nothing about the workplace ("Berlin, Germany" may be a remote job of
        // a Berlin company); beside a remote alternative ("London or Remote") it is the office option.
        if (placeAlone && fromHashtags == Workplace.None && workplace.HasFlag(Workplace.Remote))
        {
            workplace |= Workplace.Onsite;
        }

        return new LocationInfo(places.ToImmutable(), workplace, region);
    }

    /// <summary>The alternatives that end within <see cref="MaxLocationLength"/> characters: never half a place.</summary>
    private static string WholeAlternatives(string text)
    {
        var end = 0;
        foreach (var separator in AlternativeSplitRegex().EnumerateMatches(text.AsSpan(0, MaxLocationLength + 1)))
        {
            end = separator.Index;
        }

        return text[..end];
    }

    internal static Workplace WorkplaceFromHashtags(string text)
    {
        var workplace = Workplace.None;
        foreach (Match tag in LinkedInTagRegex().Matches(text))
        {
            workplace |= KindsIn(tag.Groups["kind"].Value, out _);
        }

        return workplace;
    }

    private static (Workplace Kinds, string? Place, string? Region) ReadAlternative(string alternative)
    {
        var parenthesized = new List<string>();
        var main = ParenthesesRegex().Replace(alternative, m =>
        {
            parenthesized.Add(m.Groups["inner"].Value);
            return " ";
        });

        var mainKinds = KindsIn(main, out var mainRest);
        if (RemoteHybridRegex().IsMatch(main))
        {
            mainKinds &= ~Workplace.Remote; // "Remote hybrid" is one arrangement, part of it remote.
        }

        var parenKinds = Workplace.None;
        string? parenText = null;
        foreach (var inner in parenthesized)
        {
            parenKinds |= KindsIn(inner, out var innerRest);
            parenText ??= Trim(innerRest);
        }

        var rest = Trim(mainRest);

        // "Remote (US)", "Remote - EU", "US-Remote", "Remote, US only": what is left names the region.
        if (mainKinds == Workplace.Remote)
        {
            return (mainKinds | parenKinds, null, RegionOf(rest ?? parenText));
        }

        // "Berlin, Germany (Hybrid, three office days a week)": beside a workplace word the rest
        // of the parentheses is a note, not part of the place. "Frankfurt (Main)" keeps its own.
        var place = rest is null ? parenText : parenText is null || parenKinds != Workplace.None ? rest : $"{rest} ({parenText})";
        var kinds = mainKinds | parenKinds;
        if (place is not null && LocationVocabulary.Anywhere.Contains(place.ToLowerInvariant()))
        {
            return (kinds | Workplace.Remote, null, null);
        }

        return (kinds, place, null);
    }

    private static Workplace KindsIn(string text, out string rest)
    {
        var kinds = Workplace.None;
        rest = WorkplaceWordRegex().Replace(text, m =>
        {
            kinds |= m.Groups["remote"].Success ? Workplace.Remote
                : m.Groups["hybrid"].Success ? Workplace.Hybrid
                : Workplace.Onsite;
            return " ";
        });
        return kinds;
    }

    /// <summary>Strips separators and filler words ("only", "job", "in") from both ends; null when nothing is left.</summary>
    private static string? Trim(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var span = text.AsSpan();
        while (true)
        {
            span = span.Trim(Separators);
            var firstEnd = span.IndexOfAny(Separators);
            var first = firstEnd < 0 ? span : span[..firstEnd];
            if (first.Length > 0 && LocationVocabulary.Filler.Contains(first.ToString().ToLowerInvariant()))
            {
                span = span[first.Length..];
                continue;
            }

            var lastStart = span.LastIndexOfAny(Separators);
            var last = lastStart < 0 ? span : span[(lastStart + 1)..];
            if (last.Length > 0 && LocationVocabulary.Filler.Contains(last.ToString().ToLowerInvariant()))
            {
                span = span[..^last.Length];
                continue;
            }

            break;
        }

        return span.IsEmpty ? null : WhitespaceRegex().Replace(span.ToString(), " ");
    }

    private static string? RegionOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var key = text.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (LocationVocabulary.Anywhere.Contains(key))
        {
            return null;
        }

        return LocationVocabulary.Regions.TryGetValue(key, out var region) ? region : text;
    }

    [GeneratedRegex(@"#LI-(?<kind>[A-Za-z-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkedInTagRegex();

    [GeneratedRegex(@"\s+or\s+|\s+/\s+|;|\||\s+·\s+|\n", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeSplitRegex();

    [GeneratedRegex(@"\((?<inner>[^()]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesesRegex();

    [GeneratedRegex(@"(?<remote>\bremote(?:ly)?\b)|(?<hybrid>\bhybrid\b)|(?<onsite>\bon[-\s]?site\b|\bin[-\s]office\b|\boffice[-\s]based\b|\bon[-\s]premises?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkplaceWordRegex();

    [GeneratedRegex(@"\bremote\s+hybrid\b|\bhybrid\s+remote\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemoteHybridRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRegex();
}
