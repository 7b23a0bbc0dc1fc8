using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace JobBoard.Site;

/// <summary>What a budget counts: bytes, or files.</summary>
public enum BudgetUnit
{
    Bytes,
    Files,
}

/// <summary>
/// A limit the built site keeps (<c>budgets:</c> in site.yml), so a board that grows past what its visitors
/// or its host can bear fails CI (<c>build --strict</c>) instead of slowing down unnoticed. Sizes are written
/// <c>150KB</c>, <c>1.5 MB</c>, <c>2GB</c> or in bytes, 1000-based (1 KB = 1000 bytes), as the summary prints them.
/// </summary>
/// <param name="Key">Its key under <c>budgets:</c>.</param>
/// <param name="Label">How the build summary names what it measures.</param>
public sealed partial record Budget(string Key, string Label, BudgetUnit Unit, long Default)
{
    /// <summary>Every budget, in the order the summary prints them; the README's table lists the same defaults.</summary>
    public static readonly ImmutableArray<Budget> All =
    [
        new("firstSearch", "first search", BudgetUnit.Bytes, 150_000),
        new("files", "files", BudgetUnit.Files, 200_000),
        new("largestPage", "largest page", BudgetUnit.Bytes, 1_000_000),
        new("totalSize", "total", BudgetUnit.Bytes, 2_000_000_000),
    ];

    private static readonly (string Unit, long Bytes)[] Units = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)];

    /// <summary>A value as the summary prints it: <c>150 KB</c>, <c>4.1 MB</c>, <c>615 files</c>.</summary>
    public string Format(long value)
    {
        if (Unit == BudgetUnit.Files)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var (unit, bytes) = Units.First(u => value >= u.Bytes || u.Bytes == 1);
        return ((decimal)value / bytes).ToString("0.#", CultureInfo.InvariantCulture) + " " + unit;
    }

    /// <summary>A written limit (<c>150KB</c>, <c>1.5 MB</c>, <c>200000</c>); null when it is not one.</summary>
    public long? Parse(string text)
    {
        var match = Written().Match(text);
        if (!match.Success || (Unit == BudgetUnit.Files && (match.Groups[2].Success || match.Groups[1].Value.Contains('.'))))
        {
            return null;
        }

        var number = decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var unit = match.Groups[2].Success ? Units.Single(u => u.Unit.Equals(match.Groups[2].Value, StringComparison.OrdinalIgnoreCase)).Bytes : 1;
        return number * unit is var value && value >= 1 && value <= long.MaxValue / 2 && value == decimal.Truncate(value) ? (long)value : null;
    }

    [GeneratedRegex(@"^\s*([0-9]{1,12}(?:\.[0-9]{1,3})?)\s*(GB|MB|KB|B)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Written();
}

/// <summary>A budget of the board: its limit, and the line of site.yml that set it (0 for a default).</summary>
public sealed record BudgetLimit(Budget Budget, long Limit, int Line);
