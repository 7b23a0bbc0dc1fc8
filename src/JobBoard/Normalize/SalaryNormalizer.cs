using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// The salary of a posting: one salary field ("$130,000 - $190,000"), separate min / max /
/// currency / period keys, or else a sentence of the description that talks about pay
/// (seed 004: "an annual estimated salary of 117,500 - 132,200 USD"). No currency, no salary.
/// </summary>
internal static partial class SalaryNormalizer
{
    /// <summary>Words that make a sentence about pay rather than, say, a learning budget.</summary>
    private static readonly WordSearch PayWords = new(
    [
        "salary", "compensation", "pay range", "base pay", "pay:", "rate of pay", "remuneration", "wage", "hourly rate",
        "day rate", "daily rate", "per annum", "ote", "rémunération", "salaire", "gratification", "tjm", "taux journalier",
        "gehalt", "vergütung", "salario", "sueldo", "salaris", "lön", "wynagrodzenie",
    ], StringComparison.OrdinalIgnoreCase);

    public static Salary? Normalize(RawPosting raw, FieldCandidates fields, NormalizeContext context)
    {
        if (fields.First(PostingField.SalaryCurrency) is { } currencyField && !IsKnownCurrency(currencyField.Value))
        {
            UnknownCurrency(currencyField, PostingNormalizer.Clean(currencyField.Value), context);
            return null;
        }

        // An unreadable salary field is reported and the other places are still tried.
        var salary = (fields.First(PostingField.Salary) is { } field ? FromField(field, context) : null)
            ?? FromParts(fields, context) ?? FromText(raw, context);
        var written = fields.First(PostingField.Salary) ?? fields.First(PostingField.SalaryMin);
        var line = written?.Line ?? 0;
        if (salary is { Min: < 0 } or { Max: < 0 })
        {
            // Dropping the sign would publish "-50000 USD" as a salary of 50,000.
            context.Error(DiagnosticCodes.NegativeSalary, line,
                $"salary figure {(salary.Min < 0 ? salary.Min : salary.Max)!.Value.ToString(CultureInfo.InvariantCulture)} {salary.Currency} is negative",
                "write the pay as positive figures, e.g. \"$60,000 - $80,000\"", written?.Column ?? 0);
            return null;
        }

        if (salary is { Min: { } min, Max: { } max } && min > max)
        {
            // Swapped figures or a board's broken copy ("£42,800-£46 32"): which one is meant is unknown,
            // so no salary is shown, and the posting is still published.
            context.Warning(DiagnosticCodes.SalaryRangeInverted, line,
                $"salary minimum {min.ToString(CultureInfo.InvariantCulture)} is above the maximum {max.ToString(CultureInfo.InvariantCulture)}; the salary is left out",
                "swap the two figures");
            return null;
        }

        return salary;
    }

    private static Salary? FromField(RawField field, NormalizeContext context)
    {
        var text = string.Join(" ", field.Values);
        if (SalaryParser.Parse(text) is { } salary)
        {
            return context.Take("salary", field, salary);
        }

        // "90000-110000 EUROS" or "100k ZZZ": a code-like word we do not know is an error, not a
        // silent omission, because the author clearly meant a currency.
        if (CodeLikeWord().Matches(text).Select(m => m.Value).FirstOrDefault(w => !SalaryVocabulary.IsoCodes.Contains(w) && !NotCurrencies.Contains(w)) is { } unknown
            && text.Any(char.IsAsciiDigit))
        {
            UnknownCurrency(field, unknown, context);
            return null;
        }

        context.Warning(DiagnosticCodes.UnparsedValue, field.Line,
            $"cannot read a salary from '{PostingNormalizer.Shorten(text)}'", "write it like \"$120,000 - $150,000\" or \"€60k–80k\"", field.Column);
        return null;
    }

    private static Salary? FromParts(FieldCandidates fields, NormalizeContext context)
    {
        var minField = fields.First(PostingField.SalaryMin);
        var maxField = fields.First(PostingField.SalaryMax);
        if (minField is null && maxField is null)
        {
            return null;
        }

        // YAML reads ".nan", ".inf" and "1e309" as floats that no salary can be; saying "no currency" would mislead.
        if (new[] { minField, maxField }.FirstOrDefault(f => f is not null && IsNotFinite(f.Value)) is { } notFinite)
        {
            context.Warning(DiagnosticCodes.SalaryNotFinite, notFinite.Line,
                $"{notFinite.Key} '{PostingNormalizer.Shorten(notFinite.Value)}' is not a finite number, so the salary is left out",
                $"write the figure in digits, e.g. {notFinite.Key}: 60000", notFinite.Column);
            return null;
        }

        var min = minField is null ? null : SalaryParser.Parse(minField.Value + " " + Currency(fields));
        var max = maxField is null ? null : SalaryParser.Parse(maxField.Value + " " + Currency(fields));
        var currency = min?.Currency ?? max?.Currency;
        var anchor = (minField ?? maxField)!;
        if (currency is null)
        {
            context.Warning(DiagnosticCodes.UnparsedValue, anchor.Line, "the salary has no currency, so it is left out",
                "add a currency key, e.g. currency: EUR");
            return null;
        }

        var period = fields.First(PostingField.SalaryPeriod) is { } periodField
            ? SalaryParser.Parse("1000 " + currency + " per " + periodField.Value)?.Period ?? SalaryPeriod.Year
            : (min ?? max)!.Period;
        return context.Take("salary", anchor, new Salary(min?.Min, max?.Min ?? max?.Max, currency, period));
    }

    /// <summary>Upper-case words salary lines carry that are not money ("100k+ DOE", "OTE").</summary>
    private static readonly string[] NotCurrencies = ["DOE", "OTE", "TBD", "YOE", "PTO", "EST", "PST", "UTC", "GMT", "CET"];

    private static bool IsKnownCurrency(string value)
    {
        var code = PostingNormalizer.Clean(value);
        return code.Length == 0 || SalaryVocabulary.IsoCodes.Contains(code.ToUpperInvariant()) || SalaryVocabulary.Symbols.ContainsKey(code);
    }

    /// <summary>YAML 1.1 and 1.2 spell the special floats .nan, .inf and -.inf in three casings; a figure
    /// too large for a double ("1e309") is infinite too.</summary>
    private static bool IsNotFinite(string value)
    {
        var text = PostingNormalizer.Clean(value);
        return NotFiniteFloat().IsMatch(text)
            || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsFinite(number));
    }

    [GeneratedRegex(@"^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$")]
    private static partial Regex NotFiniteFloat();

    private static void UnknownCurrency(RawField field, string code, NormalizeContext context) =>
        context.Error(DiagnosticCodes.UnknownCurrency, field.Line, $"unknown currency '{PostingNormalizer.Shorten(code)}'",
            "use an ISO 4217 code such as USD, EUR or GBP", field.Column);

    /// <summary>The signs every <see cref="AmountPerPeriod"/> starts with.</summary>
    private static readonly SearchValues<char> CurrencySigns = SearchValues.Create("€£$");

    /// <summary>A pay line without a pay word: "£36,400 pa", "€650/jour", "$25 per hour".</summary>
    [GeneratedRegex(@"[€£$]\s?\d[\d,.'\u00A0 ]*[kK]?\s*(?:p\.?\s?a\b|per\s+(?:annum|year|month|hour|day)\b|/\s?(?:year|yr|month|mo|hour|hr|day|an|mois|jour|jahr|monat|stunde)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AmountPerPeriod();

    [GeneratedRegex(@"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")]
    private static partial Regex CodeLikeWord();

    private static string Currency(FieldCandidates fields) =>
        fields.First(PostingField.SalaryCurrency)?.Value.Trim() ?? string.Empty;

    private static Salary? FromText(RawPosting raw, NormalizeContext context)
    {
        // A sentence with a pay word or an amount puts it in the body too; most bodies have neither.
        if (!PayWords.In(raw.Body) && !raw.Body.AsSpan().ContainsAny(CurrencySigns))
        {
            return null;
        }

        foreach (var sentence in Sentences.Split(raw.Body))
        {
            if ((PayWords.In(sentence.Text) || AmountPerPeriod().IsMatch(sentence.Text))
                && SalaryParser.Parse(sentence.Text.ToString()) is { } salary)
            {
                return context.TakeInferred("salary", $"inferred from text (line {raw.BodyLine + sentence.Line - 1})", salary);
            }
        }

        return null;
    }
}
