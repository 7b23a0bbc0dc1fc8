using System.Collections.Frozen;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// The words <see cref="SalaryParser"/> understands. Extend these tables (and salary.txt) when a
/// posting writes money in a way we do not read yet.
/// </summary>
internal static class SalaryVocabulary
{
    /// <summary>
    /// Currency symbols and prefixed symbols. A bare <c>$</c> means USD: that is how US boards
    /// write it, and a posting that means another dollar nearly always says <c>CA$</c> or adds
    /// the ISO code (which wins over a symbol, see <see cref="SalaryParser"/>).
    /// <c>kr</c> is missing on purpose: SEK, NOK, DKK and ISK all write it, and we never guess.
    /// </summary>
    public static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD",
        ["US$"] = "USD",
        ["CA$"] = "CAD",
        ["C$"] = "CAD",
        ["A$"] = "AUD",
        ["AU$"] = "AUD",
        ["NZ$"] = "NZD",
        ["HK$"] = "HKD",
        ["S$"] = "SGD",
        ["R$"] = "BRL",
        ["MX$"] = "MXN",
        ["€"] = "EUR",
        ["£"] = "GBP",
        ["¥"] = "JPY",
        ["₹"] = "INR",
        ["₩"] = "KRW",
        ["₽"] = "RUB",
        ["₺"] = "TRY",
        ["₪"] = "ILS",
        ["₴"] = "UAH",
        ["₦"] = "NGN",
        ["zł"] = "PLN",
        ["euro"] = "EUR",
        ["euros"] = "EUR",
        ["Euro"] = "EUR",
        ["Euros"] = "EUR",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// ISO 4217 codes we accept when written out (<c>117,500 - 132,200 USD</c>, <c>CHF 120'000</c>).
    /// Only upper-case spellings are read, so words such as "per" or "and" never look like codes.
    /// </summary>
    public static readonly FrozenSet<string> IsoCodes = new[]
    {
        "USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "CNY", "INR", "BRL", "MXN",
        "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "UAH", "RUB", "TRY",
        "ILS", "AED", "SAR", "ZAR", "NGN", "KES", "EGP", "SGD", "HKD", "KRW", "TWD", "PHP",
        "IDR", "MYR", "THB", "VND", "ARS", "CLP", "COP", "PEN",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Period words as written after an amount (<c>/hour</c>, <c>per annum</c>, <c>brutto/Monat</c>)
    /// or before it (<c>hourly rate of</c>, <c>annual estimated salary of</c>). Keys are lower case.
    /// </summary>
    public static readonly FrozenDictionary<string, SalaryPeriod> PeriodWords = new Dictionary<string, SalaryPeriod>(StringComparer.Ordinal)
    {
        ["hour"] = SalaryPeriod.Hour,
        ["hours"] = SalaryPeriod.Hour,
        ["hr"] = SalaryPeriod.Hour,
        ["hrs"] = SalaryPeriod.Hour,
        ["h"] = SalaryPeriod.Hour,
        ["hourly"] = SalaryPeriod.Hour,
        ["stunde"] = SalaryPeriod.Hour,
        ["day"] = SalaryPeriod.Day,
        ["daily"] = SalaryPeriod.Day,
        ["diem"] = SalaryPeriod.Day,
        ["tag"] = SalaryPeriod.Day,
        ["week"] = SalaryPeriod.Week,
        ["wk"] = SalaryPeriod.Week,
        ["weekly"] = SalaryPeriod.Week,
        ["month"] = SalaryPeriod.Month,
        ["mo"] = SalaryPeriod.Month,
        ["mth"] = SalaryPeriod.Month,
        ["monthly"] = SalaryPeriod.Month,
        ["monat"] = SalaryPeriod.Month,
        ["monatlich"] = SalaryPeriod.Month,
        ["mois"] = SalaryPeriod.Month,
        ["year"] = SalaryPeriod.Year,
        ["yr"] = SalaryPeriod.Year,
        ["annum"] = SalaryPeriod.Year,
        ["annual"] = SalaryPeriod.Year,
        ["annually"] = SalaryPeriod.Year,
        ["yearly"] = SalaryPeriod.Year,
        ["jahr"] = SalaryPeriod.Year,
        ["pa"] = SalaryPeriod.Year,
        ["pm"] = SalaryPeriod.Month,

        // French, Spanish, Portuguese, Dutch, Swedish, Polish
        ["heure"] = SalaryPeriod.Hour,
        ["jour"] = SalaryPeriod.Day,
        ["journalier"] = SalaryPeriod.Day,
        ["tjm"] = SalaryPeriod.Day,
        ["semaine"] = SalaryPeriod.Week,
        ["mensuel"] = SalaryPeriod.Month,
        ["mensuels"] = SalaryPeriod.Month,
        ["an"] = SalaryPeriod.Year,
        ["année"] = SalaryPeriod.Year,
        ["annuel"] = SalaryPeriod.Year,
        ["annuels"] = SalaryPeriod.Year,
        ["hora"] = SalaryPeriod.Hour,
        ["día"] = SalaryPeriod.Day,
        ["dia"] = SalaryPeriod.Day,
        ["mes"] = SalaryPeriod.Month,
        ["mês"] = SalaryPeriod.Month,
        ["mensual"] = SalaryPeriod.Month,
        ["mensal"] = SalaryPeriod.Month,
        ["año"] = SalaryPeriod.Year,
        ["ano"] = SalaryPeriod.Year,
        ["anual"] = SalaryPeriod.Year,
        ["uur"] = SalaryPeriod.Hour,
        ["dag"] = SalaryPeriod.Day,
        ["maand"] = SalaryPeriod.Month,
        ["jaar"] = SalaryPeriod.Year,
        ["timme"] = SalaryPeriod.Hour,
        ["månad"] = SalaryPeriod.Month,
        ["månaden"] = SalaryPeriod.Month,
        ["år"] = SalaryPeriod.Year,
        ["året"] = SalaryPeriod.Year,
        ["godzinę"] = SalaryPeriod.Hour,
        ["dzień"] = SalaryPeriod.Day,
        ["miesiąc"] = SalaryPeriod.Month,
        ["miesięcznie"] = SalaryPeriod.Month,
        ["rok"] = SalaryPeriod.Year,
        ["rocznie"] = SalaryPeriod.Year,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Period words that may also stand before an amount ("hourly rate of $80", "TJM : 650 €",
    /// "taux journalier : 850 €"). Nouns such as "year" are not here: "this year we raised $5M".
    /// Besides these, any period word ending in "ly" counts.
    /// </summary>
    public static readonly FrozenSet<string> PeriodWordsBefore = new[]
    {
        "annual", "tjm", "journalier", "mensuel", "annuel", "mensual", "mensal", "anual", "jährlich", "monatlich",
        "miesięcznie", "rocznie",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that mark an amount as something other than pay. Seed 003 lists
    /// "Learning and development budget ($5,000/year)" next to its real salary range; that
    /// budget must never become the salary, even when it is the only amount in a text (we
    /// would rather report no salary than a wrong one).
    /// </summary>
    public static readonly FrozenSet<string> NotPayWords = new[]
    {
        "budget", "stipend", "allowance", "bonus", "signing", "sign-on", "relocation",
        "reimbursement", "reimbursed", "equipment", "learning", "training", "education",
        "conference", "referral", "401", "match", "matching", "funding", "raised", "revenue",
        "valuation", "series", "customers", "users",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that, shortly before an amount, say it is the pay.</summary>
    public static readonly FrozenSet<string> PayWords = new[]
    {
        "salary", "salaries", "compensation", "pay", "base", "wage", "rate", "range", "ote",
        "gehalt", "vergütung", "remuneration", "earn", "package", "rémunération", "salaire", "gratification",
        "tjm", "salario", "sueldo", "salaris", "lön", "wynagrodzenie",
    }.ToFrozenSet(StringComparer.Ordinal);
}
