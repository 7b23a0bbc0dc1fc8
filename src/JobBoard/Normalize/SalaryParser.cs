using System.Globalization;
using System.Text.RegularExpressions;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Finds a pay range anywhere in a text: a footer value (<c>$130,000 - $190,000 + equity</c>) or a
/// whole careers-page paragraph (<c>an annual estimated salary of 117,500 - 132,200 USD</c>).
/// Pure and total: never throws; returns null when no amount is clearly pay in a known currency.
/// </summary>
public static partial class SalaryParser
{
    /// <summary>Longer texts are scanned up to here only; keeps the worst case linear and small.</summary>
    private const int MaxScanLength = 200_000;

    private const int MaxCandidates = 1_000;

    /// <summary>Below this, the other side of "$120-150k" carries the k too.</summary>
    private const decimal SmallestAnnualLookingAmount = 1_000m;

    /// <summary>
    /// An amount with no period word: from here on it is a year's pay ("£35,000 - £65,000");
    /// below, a month's ("1600€ net", a French stipend of "600 euros"): nobody is paid 3,500 a year.
    /// </summary>
    private const decimal SmallestYearlyPay = 10_000m;

    /// <summary>Below this, an amount with no period word is not read as pay (an hourly rate? a gift card?).</summary>
    private const decimal SmallestMonthlyPay = 300m;

    public static Salary? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxScanLength)
        {
            text = text[..MaxScanLength];
        }

        Salary? best = null;
        var bestScore = int.MinValue;
        var withCurrency = 0;
        foreach (Match match in MoneyRegex().Matches(text))
        {
            // Figures without a currency ("5+ years", "401(k)") are cheap to pass over; only the
            // ones that could be pay count towards the limit.
            if (CurrencyOf(match) is null)
            {
                continue;
            }

            if (++withCurrency > MaxCandidates)
            {
                break;
            }

            if (Read(text, match) is not { } candidate)
            {
                continue;
            }

            // Ties go to the first: a footer or sentence names the salary before side figures.
            if (candidate.Score > bestScore)
            {
                best = candidate.Salary;
                bestScore = candidate.Score;
            }
        }

        return best;
    }

    private static (Salary Salary, int Score)? Read(string text, Match match)
    {
        var currency = CurrencyOf(match);
        if (currency is null)
        {
            return null; // No currency, no salary: "5+ years", "401(k)", "4-8 years" stop here.
        }

        var first = Amount(match.Groups["a1"].Value);
        var second = match.Groups["a2"].Success ? Amount(match.Groups["a2"].Value) : null;
        if (first is null || (match.Groups["a2"].Success && second is null))
        {
            return null;
        }

        var firstK = match.Groups["k1"].Success;
        var secondK = match.Groups["k2"].Success;

        // "$120-150k" and "60k-80" put the k on one side only; it applies to both.
        if (second is not null && firstK != secondK)
        {
            firstK = firstK || first < SmallestAnnualLookingAmount;
            secondK = secondK || second < SmallestAnnualLookingAmount;
        }

        // A minus sign is read, not dropped: "-50000 USD" must not become a salary of 50,000 (the normalizer refuses it).
        var min = (firstK ? first * 1000m : first) * (match.Groups["minus"].Success ? -1m : 1m);
        var max = second is null ? null : (secondK ? second * 1000m : second);
        if (min == 0m || max <= 0m)
        {
            return null;
        }

        var before = SentenceBefore(text, match.Index);
        var after = text.AsSpan(match.Index + match.Length, Math.Min(40, text.Length - match.Index - match.Length)).ToString();
        if (MentionsNotPay(before) || MentionsNotPay(ClauseAfter(after)))
        {
            return null;
        }

        var period = PeriodAfter(after) ?? PeriodBefore(before);
        if (period is null)
        {
            var top = Math.Max(Math.Abs(min.Value), max ?? 0m);
            if (top < SmallestMonthlyPay)
            {
                return null; // "$50" alone may be an hourly rate or a gift card: never guess.
            }

            period = top < SmallestYearlyPay ? SalaryPeriod.Month : SalaryPeriod.Year;
        }

        if (max is null)
        {
            if (UpToRegex().IsMatch(before))
            {
                (min, max) = (null, min);
            }
            else if (!FromRegex().IsMatch(before) && !after.StartsWith('+'))
            {
                max = min; // A single figure ("£45,000 per annum") is both ends.
            }
        }

        var score = 0;
        if (second is not null)
        {
            score += 4;
        }

        if (MentionsPay(before))
        {
            score += 2;
        }

        if ((period ?? SalaryPeriod.Year) == SalaryPeriod.Year)
        {
            score += 1;
        }

        return (new Salary(Clean(min), Clean(max), currency, period ?? SalaryPeriod.Year), score);
    }

    /// <summary>An ISO code beats a symbol: "$120,000 CAD" is Canadian dollars.</summary>
    private static string? CurrencyOf(Match match)
    {
        string? symbol = null;
        foreach (var name in (ReadOnlySpan<string>)["c1", "c2", "c3", "c4"])
        {
            var group = match.Groups[name];
            if (!group.Success)
            {
                continue;
            }

            if (SalaryVocabulary.IsoCodes.Contains(group.Value))
            {
                return group.Value;
            }

            if (symbol is null && SalaryVocabulary.Symbols.TryGetValue(group.Value, out var iso))
            {
                symbol = iso;
            }
        }

        return symbol;
    }

    /// <summary>
    /// "130,000", "70.000", "80 000", "120'000" and "12,00,000" are thousands; a final separator
    /// followed by one or two digits ("45.50", "45,5") is the decimal point.
    /// </summary>
    private static decimal? Amount(string written)
    {
        var integerPart = written;
        var fraction = string.Empty;
        var last = written.LastIndexOfAny(['.', ',']);
        if (last >= 0 && written.Length - last - 1 is 1 or 2)
        {
            integerPart = written[..last];
            fraction = written[(last + 1)..];
        }

        var digits = new string(integerPart.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is 0 or > 15)
        {
            return null;
        }

        var number = fraction.Length == 0 ? digits : digits + "." + fraction;
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static SalaryPeriod? PeriodAfter(string after)
    {
        var match = PeriodAfterRegex().Match(after);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["pa"].Success)
        {
            return SalaryPeriod.Year;
        }

        if (match.Groups["pm"].Success)
        {
            return SalaryPeriod.Month;
        }

        return SalaryVocabulary.PeriodWords.TryGetValue(match.Groups["unit"].Value.ToLowerInvariant(), out var period)
            ? period
            : null;
    }

    /// <summary>"hourly rate of $50", "annual estimated salary of 117,500 - 132,200 USD".</summary>
    private static SalaryPeriod? PeriodBefore(string before)
    {
        SalaryPeriod? found = null;
        foreach (Match word in WordRegex().Matches(before))
        {
            var lower = word.Value.ToLowerInvariant();
            if (lower.EndsWith("ly", StringComparison.Ordinal) || SalaryVocabulary.PeriodWordsBefore.Contains(lower))
            {
                if (SalaryVocabulary.PeriodWords.TryGetValue(lower, out var period))
                {
                    found = period;
                }
            }
        }

        return found;
    }

    /// <summary>Up to 60 characters before an amount, not reaching back into the previous sentence or line.</summary>
    private static string SentenceBefore(string text, int index)
    {
        var start = Math.Max(0, index - 60);
        var window = text[start..index];
        var cut = window.LastIndexOfAny(['.', ';', '\n', '•', '!', '?']);
        return cut < 0 ? window : window[(cut + 1)..];
    }

    /// <summary>What follows an amount up to the next clause: ", an annual bonus" is not about it.</summary>
    private static string ClauseAfter(string after)
    {
        var end = after.IndexOfAny([',', '.', ';', '(', ')', '+', '&', '\n']);
        var clause = end < 0 ? after : after[..end];
        var and = clause.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
        return and < 0 ? clause : clause[..and];
    }

    private static bool MentionsNotPay(string window) => AnyWord(window, SalaryVocabulary.NotPayWords);

    private static bool MentionsPay(string window) => AnyWord(window, SalaryVocabulary.PayWords);

    private static bool AnyWord(string window, IReadOnlySet<string> words)
    {
        foreach (Match word in WordRegex().Matches(window))
        {
            if (words.Contains(word.Value.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops trailing zeros so 60k prints as 60000, not 60000.0.</summary>
    private static decimal? Clean(decimal? value) =>
        value is { } v ? decimal.Round(v, 2) / 1.000000000000000000000000000000000m : null;

    // CUR: a symbol (optionally country-prefixed, "CA$"), or three upper-case letters (checked
    // against the ISO table afterwards). NUM: grouped thousands (comma, dot, apostrophe as in
    // Swiss "120'000", spaces as in French "80 000", Indian "12,00,000") or plain digits, with
    // an optional one- or two-digit decimal part. A minus sign touching the first currency or
    // figure ("-50000 USD", "$-50,000", "USD -50000") is kept; "- $50,000" is a bullet, not a sign.
    [GeneratedRegex("""
        (?<![\p{L}\p{N}.,'’])
        (?<minus>[-−])?(?:(?<c1>(?:(?<!\p{L})(?:US|CA|AU|NZ|HK|MX|[CASR])?\$|[€£¥₹₩₽₺₪₴₦]|(?<!\p{L})zł|(?<!\p{L})[A-Z]{3}(?!\p{L})))\s?)?(?<minus>[-−])?
        (?<a1>(?:\d{1,3}(?:(?:,\d{2})+,\d{3}|(?:[,.'’\u00A0\u202F\u2009\x20]\d{3})+)(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d))(?<k1>\s?[kK](?!\p{L}))?
        (?:\s?(?<c2>(?:(?<!\p{L})(?:US|CA|AU|NZ|HK|MX|[CASR])?\$|[€£¥₹₩₽₺₪₴₦]|(?<!\p{L})zł|(?<!\p{L})[A-Z]{3}(?!\p{L})|(?<!\p{L})[Ee]uros?(?!\p{L}))))?
        (?:
          (?:\s*[-–—~]\s*|\s+(?:to|and|bis|und|et|à|a|y|e|tot|en|till|och|do)\s+)
          (?:(?<c3>(?:(?<!\p{L})(?:US|CA|AU|NZ|HK|MX|[CASR])?\$|[€£¥₹₩₽₺₪₴₦]|(?<!\p{L})zł|(?<!\p{L})[A-Z]{3}(?!\p{L})))\s?)?
          (?<a2>(?:\d{1,3}(?:(?:,\d{2})+,\d{3}|(?:[,.'’\u00A0\u202F\u2009\x20]\d{3})+)(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d))(?<k2>\s?[kK](?!\p{L}))?
          (?:\s?(?<c4>(?:(?<!\p{L})(?:US|CA|AU|NZ|HK|MX|[CASR])?\$|[€£¥₹₩₽₺₪₴₦]|(?<!\p{L})zł|(?<!\p{L})[A-Z]{3}(?!\p{L})|(?<!\p{L})[Ee]uros?(?!\p{L}))))?
        )?
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyRegex();

    [GeneratedRegex("""^[\s,]*(?:(?:gross|brutto|netto|net|nets|nette|brut|bruts|brute|base|pre-?tax|before\s+tax|ht|ttc|bruto|neto)[\s,]*)?(?:(?<pa>p\.\s?a\b\.?|pa\.)|(?<pm>p\.\s?m\b\.?)|(?:/\s*|per\s+|an?\s+|each\s+|pro\s+|im\s+|par\s+|por\s+|al\s+|na\s+|i\s+|om\s+|in\s+de\s+)?(?<unit>\p{L}+))""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodAfterRegex();

    [GeneratedRegex("""\b(?:from|starting\s+(?:at|from)|min(?:imum)?\.?|at\s+least|ab|à\s+partir\s+de|a\s+partir\s+de|desde|vanaf|från|od)\s*:?\s*$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromRegex();

    [GeneratedRegex("""\b(?:up\s+to|max(?:imum)?\.?|bis(?:\s+zu)?|jusqu['’]à|hasta|tot|upp\s+till)\s*:?\s*$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpToRegex();

    [GeneratedRegex("""[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*""", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
