using JobBoard.Model;

namespace JobBoard.Render;

/// <summary>Display text for a salary in the board's language: "$130,000 – $190,000 a year", "ab 70.000 € im Jahr".</summary>
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

    public static string Format(Salary salary, Translation text)
    {
        string Money(decimal value) => text.Format.Amount(value, salary.Currency, Symbols.GetValueOrDefault(salary.Currency));
        var amount = salary switch
        {
            { Min: { } min, Max: { } max } when min == max => Money(min),
            { Min: { } min, Max: { } max } => text.Text("salary.range", ("min", Money(min)), ("max", Money(max))),
            { Min: { } min } => text.Text("salary.from", ("min", Money(min))),
            { Max: { } max } => text.Text("salary.upTo", ("max", Money(max))),
            _ => salary.Currency,
        };
        return text.Text("salary." + salary.Period.ToString().ToLowerInvariant(), ("amount", amount));
    }
}
