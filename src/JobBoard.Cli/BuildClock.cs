using System.Globalization;

namespace JobBoard.Cli;

/// <summary>
/// Today's date for expiry, from <c>--now</c> or <c>SOURCE_DATE_EPOCH</c> (the reproducible-builds
/// convention); null lets the build use the newest posting date. Never the wall clock.
/// </summary>
internal static class BuildClock
{
    public static bool TryResolve(string? option, out DateOnly? today, out string? problem)
    {
        today = null;
        problem = null;
        if (option is not null)
        {
            if (DateOnly.TryParseExact(option, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                today = date;
                return true;
            }

            problem = $"--now '{option}' is not a date like 2026-11-25";
            return false;
        }

        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(epoch))
        {
            return true;
        }

        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            today = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            return true;
        }

        problem = $"SOURCE_DATE_EPOCH '{epoch}' is not a number of seconds";
        return false;
    }
}
