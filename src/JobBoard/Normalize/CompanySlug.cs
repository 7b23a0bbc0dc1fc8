using System.Text;
using System.Text.RegularExpressions;

namespace JobBoard.Normalize;

/// <summary>
/// A company known only by a slug — a board's <c>startup: competences-pro</c>, or the account in an
/// applicant-tracking link (<c>jobs.lever.co/acme</c>, <c>acme.recruitee.com</c>) — shown as the
/// posting's text spells it ("Compétences Pro", "ACME"), else as the slug.
/// </summary>
public static partial class CompanySlug
{
    /// <summary>Applicant-tracking hosts whose links name the employer's account, as patterns with a <c>company</c> group.
    /// Interpreted, not compiled: they read one short link per posting, and compiling five patterns costs start-up.</summary>
    private static readonly Regex[] TrackingHosts =
    [
        new(@"^https?://(?:jobs|apply)\.lever\.co/(?<company>[\w.-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"^https?://(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io/(?:embed/job_app\?for=)?(?<company>[\w.-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"^https?://apply\.workable\.com/(?<company>[\w.-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"^https?://(?<company>[\w-]+)\.(?:recruitee\.com|workable\.com|breezy\.hr|bamboohr\.com|teamtailor\.com|jobs\.personio\.(?:com|de))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"^https?://(?<company>[\w-]+)\.wd\d+\.myworkdayjobs\.com", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
    ];

    /// <summary>Words this many at most make a company name found in the text.</summary>
    private const int MaxWords = 4;

    /// <summary>The employer's account in an applicant-tracking link, or null for any other link.</summary>
    public static string? FromTrackingUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        foreach (var host in TrackingHosts)
        {
            if (host.Match(url) is { Success: true } match && match.Groups["company"].Value is { Length: > 1 } account
                && !account.Equals("www", StringComparison.OrdinalIgnoreCase) && !account.Equals("jobs", StringComparison.OrdinalIgnoreCase))
            {
                return account;
            }
        }

        return null;
    }

    /// <summary>The company a slug stands for, as the text first spells it (1 to 4 words), else the slug itself.</summary>
    public static string Name(string slug, string text)
    {
        var key = Fold(slug);
        if (key.Length == 0)
        {
            return slug.Trim();
        }

        var words = Word().Matches(text).Select(m => (Text: m.Value.Trim('.', '-', '\''), Key: Fold(m.Value))).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            var joined = new StringBuilder();
            for (var n = 0; n < MaxWords && i + n < words.Length && joined.Length < key.Length; n++)
            {
                joined.Append(words[i + n].Key);
                if (joined.Length == key.Length && joined.ToString() == key)
                {
                    return string.Join(' ', words[i..(i + n + 1)].Select(w => w.Text));
                }
            }
        }

        return slug.Trim();
    }

    /// <summary>Letters and digits only, lower case, accents off: "Compétences Pro" and "competences-pro" agree.</summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(LatinFold.ToAscii(char.ToLowerInvariant(c)));
            }
        }

        return folded.ToString();
    }

    /// <summary>A word as names are written: letters and digits with inner dots, dashes and apostrophes.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.\-'’][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
