using System.Collections.Immutable;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Site;

/// <summary>The <c>budgets:</c> mapping of site.yml (<see cref="Budget"/>): every budget, as written or by default.</summary>
internal static class SiteBudgets
{
    public static ImmutableArray<BudgetLimit> Defaults { get; } = [.. Budget.All.Select(b => new BudgetLimit(b, b.Default, 0))];

    /// <summary>The budgets of <paramref name="node"/> (the value of <c>budgets:</c>; null without one); a key or value
    /// it does not know is a diagnostic at its line, and leaves that budget at its default.</summary>
    public static ImmutableArray<BudgetLimit> Parse(YamlNode? node, string file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (node is null or YamlScalar { IsNull: true })
        {
            return Defaults;
        }

        if (node is not YamlMapping map)
        {
            diagnostics.Add(Problem(file, node, "budgets must be a mapping of budget names to limits"));
            return Defaults;
        }

        var limits = Defaults.ToBuilder();
        foreach (var (key, value) in map.Pairs)
        {
            var name = key is YamlScalar { IsNull: false } scalar ? scalar.Text : "";
            var at = Budget.All.Select(b => b.Key).ToList().IndexOf(name);
            if (at < 0)
            {
                diagnostics.Add(Problem(file, key, $"'{name}' is not a budget"));
            }
            else if (value is YamlScalar { IsNull: false } text && Budget.All[at].Parse(text.Text) is { } limit)
            {
                limits[at] = new BudgetLimit(Budget.All[at], limit, key.Line);
            }
            else
            {
                diagnostics.Add(Problem(file, value, $"budget '{name}' is not {(Budget.All[at].Unit == BudgetUnit.Files ? "a whole number of files" : "a size")}: '{(value as YamlScalar)?.Text}'"));
            }
        }

        return limits.MoveToImmutable();
    }

    private static Diagnostic Problem(string file, YamlNode node, string message) =>
        new(DiagnosticCodes.InvalidBudget, Severity.Error, file, node.Line, node.Column, message,
            "write the budgets as firstSearch: 150KB, files: 200000, largestPage: 1MB, totalSize: 2GB (1 KB = 1000 bytes)");
}
