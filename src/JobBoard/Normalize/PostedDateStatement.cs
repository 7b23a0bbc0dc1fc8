using System.Globalization;
using System.Text.RegularExpressions;

namespace JobBoard.Normalize;

/// <summary>
/// The date a posting says in its text that it was published: "Poste ouvert le 13/12/2019",
/// "Veröffentlicht am 02.07.2018", "Posted on 2019-12-13". The words fix the language, and with it the
/// order of a numeric date: day first in French, German, Spanish, Dutch, Swedish and Polish; English
/// numeric dates (12/01/2019 is December or January) count only as ISO dates or with a month name.
/// Closing and start dates are never read: only words that say "published" or "opened" lead to a date.
/// </summary>
public static partial class PostedDateStatement
{
    private const int TimeoutMs = TextInference.TimeoutMs;

    /// <summary>The date and its 1-based line in <paramref name="body"/>, or null when the text states none.</summary>
    public static (DateOnly Date, int Line)? Find(string body)
    {
        try
        {
            var match = Statement().Match(body);
            if (!match.Success)
            {
                return null;
            }

            var line = 1 + body.AsSpan(0, match.Index).Count('\n');
            if (match.Groups["day"].Success)
            {
                return DateOnly.TryParseExact($"{match.Groups["year"].Value}-{match.Groups["month"].Value.PadLeft(2, '0')}-{match.Groups["day"].Value.PadLeft(2, '0')}",
                    "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dayFirst) ? (dayFirst, line) : null;
            }

            return DateParser.Parse(match.Groups["date"].Value) is { } date ? (date, line) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    // Day-first languages take d/m/yyyy (or d.m.yyyy); English takes what DateParser reads unambiguously.
    [GeneratedRegex(@"(?i:\b(?:poste\s+ouvert|offre\s+publiée|publiée?|mise?\s+en\s+ligne|date\s+de\s+publication|veröffentlicht|publicad[oa]|fecha\s+de\s+publicación|gepubliceerd|publicerad|opublikowan[oy])\s*(?:le|am|el|op|den|dnia)?\s*:?\s*)(?<day>\d{1,2})[./](?<month>\d{1,2})[./](?<year>\d{4})\b|(?i:\b(?:posted|published|date\s+posted)\s*(?:on)?\s*:?\s*)(?<date>\d{4}-\d{2}-\d{2}|(?i:[a-z]{3,9})\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?i:[a-z]{3,9})\.?\s+\d{4})\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Statement();
}
