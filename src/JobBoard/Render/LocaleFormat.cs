using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace JobBoard.Render;

/// <summary>
/// How one language writes dates, numbers and amounts of money: the <c>culture:</c> block of
/// <c>theme/i18n/{language}.yml</c>. Fixed data rather than <see cref="CultureInfo"/>: machines differ in
/// their ICU version and settings, and a build must give the same bytes on every one of them.
/// </summary>
/// <param name="Months">The twelve month names (<c>MMMM</c> in <paramref name="DatePattern"/>).</param>
/// <param name="MonthsShort">The twelve short month names (<c>MMM</c>).</param>
/// <param name="DatePattern"><c>d</c>/<c>dd</c> day, <c>M</c>/<c>MM</c> month number, <c>MMM</c>/<c>MMMM</c> month
/// name, <c>yyyy</c> year, <c>'text'</c> as written; any other character as written.</param>
/// <param name="Money">An amount with a currency symbol: <c>{symbol}{amount}</c>, <c>{amount} {symbol}</c>.</param>
/// <param name="MoneyCode">An amount in a currency without a symbol: <c>{code} {amount}</c>.</param>
/// <param name="ZeroIsOne">Whether a count of 0 takes the "one" form, as in French.</param>
public sealed record LocaleFormat(
    ImmutableArray<string> Months,
    ImmutableArray<string> MonthsShort,
    string DatePattern,
    string Decimal,
    string Thousands,
    string Money,
    string MoneyCode,
    bool ZeroIsOne)
{
    /// <summary>Whether <paramref name="count"/> takes a text's "one" form rather than its "other" form.</summary>
    public bool IsOne(decimal count) => count == 1 || (count == 0 && ZeroIsOne);

    public string Date(DateOnly date)
    {
        var text = new StringBuilder();
        for (var i = 0; i < DatePattern.Length;)
        {
            var c = DatePattern[i];
            if (c == '\'')
            {
                var end = DatePattern.IndexOf('\'', i + 1);
                end = end < 0 ? DatePattern.Length : end;
                text.Append(DatePattern, i + 1, end - i - 1);
                i = end + 1;
                continue;
            }

            var run = 1;
            while (i + run < DatePattern.Length && DatePattern[i + run] == c)
            {
                run++;
            }

            text.Append((c, run) switch
            {
                ('d', 1) => Digits(date.Day),
                ('d', _) => date.Day.ToString("00", CultureInfo.InvariantCulture),
                ('M', 1) => Digits(date.Month),
                ('M', 2) => date.Month.ToString("00", CultureInfo.InvariantCulture),
                ('M', 3) => MonthsShort[date.Month - 1],
                ('M', _) => Months[date.Month - 1],
                ('y', _) => date.Year.ToString("0000", CultureInfo.InvariantCulture),
                _ => new string(c, run),
            });
            i += run;
        }

        return text.ToString();
    }

    /// <summary>A number with the language's separators: whole numbers without decimals, others with two.</summary>
    public string Number(decimal value)
    {
        var whole = value == decimal.Truncate(value);
        var digits = Math.Abs(value).ToString(whole ? "0" : "0.00", CultureInfo.InvariantCulture);
        var point = digits.IndexOf('.');
        var integer = point < 0 ? digits : digits[..point];
        var text = new StringBuilder(value < 0 ? "-" : "");
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                text.Append(Thousands);
            }

            text.Append(integer[i]);
        }

        return point < 0 ? text.ToString() : text.Append(Decimal).Append(digits, point + 1, digits.Length - point - 1).ToString();
    }

    /// <summary>An amount of money, with the currency's <paramref name="symbol"/> when it has one, else its ISO code.</summary>
    public string Amount(decimal value, string currency, string? symbol) => symbol is null
        ? MoneyCode.Replace("{code}", currency, StringComparison.Ordinal).Replace("{amount}", Number(value), StringComparison.Ordinal)
        : Money.Replace("{symbol}", symbol, StringComparison.Ordinal).Replace("{amount}", Number(value), StringComparison.Ordinal);

    private static string Digits(int value) => value.ToString(CultureInfo.InvariantCulture);
}
