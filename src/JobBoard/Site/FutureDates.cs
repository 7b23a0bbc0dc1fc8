using JobBoard.Model;

namespace JobBoard.Site;

/// <summary>
/// The latest <c>datePosted</c> a build accepts, so that one posting cannot move the board's clock (a posting
/// dated 9999-12-31 would otherwise become "today", close every other posting and top every list). With a
/// reference day (<c>--now</c>, <c>SOURCE_DATE_EPOCH</c>) that is the day after it: a day of slack for time
/// zones. Without one the build never reads the clock (output must be reproducible), so the postings judge
/// each other: a date more than <see cref="OutlierDays"/> days after the second-newest posting date is in the
/// future. One posting alone, or two agreeing on a far date, cannot be judged that way.
/// </summary>
internal static class FutureDates
{
    /// <summary>Real boards have gaps of months between postings (the sample board has one of nine), so only a date
    /// more than a year ahead of all but one other is clearly in the future; --now judges to the day.</summary>
    public const int OutlierDays = 365;

    /// <summary>The last date accepted; null when any is.</summary>
    public static DateOnly? Limit(IEnumerable<DateOnly> dates, DateOnly? now)
    {
        if (now is { } today)
        {
            return Plus(today, 1);
        }

        DateOnly? newest = null;
        DateOnly? second = null;
        foreach (var date in dates)
        {
            if (newest is null || date > newest)
            {
                (newest, second) = (date, newest);
            }
            else if (second is null || date > second)
            {
                second = date;
            }
        }

        return second is { } before ? Plus(before, OutlierDays) : null;
    }

    /// <summary>An error for each posting dated after <see cref="Limit"/>, at its date's line, by the posting's file.</summary>
    public static Dictionary<string, Diagnostic> Refuse(IEnumerable<Posting> postings, DateOnly? now)
    {
        var refused = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        if (Limit(postings.Select(p => p.DatePosted).OfType<DateOnly>(), now) is not { } limit)
        {
            return refused;
        }

        var reason = now is { } today
            ? $"after the build's today, {today.ToIsoDate()}"
            : $"more than {OutlierDays} days after the second-newest posting date, {limit.AddDays(-OutlierDays).ToIsoDate()}";
        foreach (var posting in postings.Where(p => p.DatePosted > limit))
        {
            refused[posting.File] = new Diagnostic(DiagnosticCodes.FutureDatePosted, Severity.Error, posting.File, posting.DatePostedLine, 0,
                $"datePosted {posting.DatePosted!.Value.ToIsoDate()} is in the future: {reason}",
                now is null ? "correct the date; if it is right, build with --now YYYY-MM-DD or SOURCE_DATE_EPOCH" : "correct the date");
        }

        return refused;
    }

    private static DateOnly Plus(DateOnly date, int days) =>
        date.DayNumber > DateOnly.MaxValue.DayNumber - days ? DateOnly.MaxValue : date.AddDays(days);
}
