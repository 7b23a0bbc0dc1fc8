using System.Globalization;
using JobBoard.Model;

namespace JobBoard.Render;

/// <summary>Display text for a salary: "$130,000 – $190,000 a year", "from €70,000 a year".</summary>
public static class SalaryFormatter
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["USD"] = "$",
        ["EUR"] = "€",
        ["GBP"] = "£",
        ["JPY"] = "¥",
        ["INR"] = "₹",
    };

    public static string Format(Salary salary)
    {
        var amount = salary switch
        {
            { Min: { } min, Max: { } max } when min == max => Money(min, salary.Currency),
            { Min: { } min, Max: { } max } => $"{Money(min, salary.Currency)} – {Money(max, salary.Currency)}",
            { Min: { } min } => $"from {Money(min, salary.Currency)}",
            { Max: { } max } => $"up to {Money(max, salary.Currency)}",
            _ => salary.Currency,
        };
        return $"{amount} {Per(salary.Period)}";
    }

    private static string Money(decimal value, string currency)
    {
        var digits = value == decimal.Truncate(value)
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.00", CultureInfo.InvariantCulture);
        return Symbols.TryGetValue(currency, out var symbol) ? symbol + digits : $"{currency} {digits}";
    }

    private static string Per(SalaryPeriod period) => period switch
    {
        SalaryPeriod.Hour => "an hour",
        SalaryPeriod.Day => "a day",
        SalaryPeriod.Week => "a week",
        SalaryPeriod.Month => "a month",
        _ => "a year",
    };
}
