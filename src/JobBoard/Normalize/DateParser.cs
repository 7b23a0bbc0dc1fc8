using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace JobBoard.Normalize;

/// <summary>
/// Reads a calendar date from the spellings postings use: ISO dates and date-times (converted to the
/// UTC date), epoch seconds or milliseconds (seed 001: <c>timestamp: 1611705600000</c>), "January 27,
/// 2021", "27 January 2021", "2021/01/27". Never uses the local time zone or the current culture.
/// Pure and total: anything else gives null.
/// </summary>
public static partial class DateParser
{
    private const int MaxLength = 200;

    /// <summary>
    /// Epoch values below this (1973-03-03 in seconds) are not read as dates: a bare "2021" or "42"
    /// is far more likely a year or a typo than a timestamp from the early seventies.
    /// </summary>
    private const long SmallestEpochSeconds = 100_000_000;

    /// <summary>At and above this, a number is epoch milliseconds (1e11 seconds would be year 5138).</summary>
    private const long SmallestEpochMilliseconds = 100_000_000_000;

    /// <summary>English month names and their usual abbreviations; keys lower case, no dot.</summary>
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1,
        ["february"] = 2, ["feb"] = 2,
        ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6, ["jun"] = 6,
        ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var value = text.Trim().Trim('"', '\'').Trim();

        if (EpochRegex().IsMatch(value))
        {
            return FromEpoch(value);
        }

        if (IsoDateTimeRegex().IsMatch(value))
        {
            // A date-time without an offset is taken as UTC: the build must not depend on the
            // machine's time zone.
            return DateTimeOffset.TryParse(
                value,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var instant)
                ? DateOnly.FromDateTime(instant.UtcDateTime)
                : null;
        }

        if (YearFirstRegex().Match(value) is { Success: true } ymd)
        {
            return Create(ymd.Groups["y"].Value, ymd.Groups["m"].Value, ymd.Groups["d"].Value);
        }

        if (MonthFirstRegex().Match(value) is { Success: true } mdy && MonthOf(mdy.Groups["month"].Value) is { } m1)
        {
            return Create(mdy.Groups["y"].Value, m1, mdy.Groups["d"].Value);
        }

        if (DayFirstRegex().Match(value) is { Success: true } dmy && MonthOf(dmy.Groups["month"].Value) is { } m2)
        {
            return Create(dmy.Groups["y"].Value, m2, dmy.Groups["d"].Value);
        }

        return null;
    }

    private static DateOnly? FromEpoch(string digits)
    {
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < SmallestEpochSeconds)
        {
            return null;
        }

        var milliseconds = number >= SmallestEpochMilliseconds ? number : number * 1000;
        const long MaxMilliseconds = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
        return milliseconds > MaxMilliseconds
            ? null
            : DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime);
    }

    private static string? MonthOf(string name) =>
        Months.TryGetValue(name.ToLowerInvariant(), out var month)
            ? month.ToString(CultureInfo.InvariantCulture)
            : null;

    private static DateOnly? Create(string year, string month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d);
    }

    [GeneratedRegex(@"^\d{1,18}$", RegexOptions.CultureInvariant)]
    private static partial Regex EpochRegex();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTimeRegex();

    /// <summary>2021-01-27, 2021/01/27, 2021.01.27 (the whole value).</summary>
    [GeneratedRegex(@"^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirstRegex();

    /// <summary>January 27, 2021; Jan. 27th 2021; optionally after a weekday ("Wed, Jan 27, 2021").</summary>
    [GeneratedRegex(@"^(?:[A-Za-z]+,?\s+)?(?<month>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstRegex();

    /// <summary>27 January 2021; 27th Jan 2021; RFC 1123 "Wed, 27 Jan 2021 10:00:00 GMT".</summary>
    [GeneratedRegex(@"^(?:[A-Za-z]+,?\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?<month>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstRegex();
}
