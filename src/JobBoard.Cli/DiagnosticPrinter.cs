using JobBoard.Model;

namespace JobBoard.Cli;

/// <summary>Writes diagnostics compiler-style to standard error, with colour only on a terminal.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        var colour = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        foreach (var diagnostic in diagnostics)
        {
            if (colour)
            {
                Console.ForegroundColor = diagnostic.IsError ? ConsoleColor.Red : ConsoleColor.Yellow;
            }

            Console.Error.WriteLine(diagnostic.ToString());
            if (colour)
            {
                Console.ResetColor();
            }
        }
    }
}
