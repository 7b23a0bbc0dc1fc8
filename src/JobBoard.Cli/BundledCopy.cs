using JobBoard.Output;

namespace JobBoard.Cli;

/// <summary>What <c>init</c> and <c>theme eject</c> share: copy one of the <see cref="BundledFiles"/> into a folder,
/// refusing (exit 2, nothing written) a non-empty folder without <c>--force</c> and any link in the way.</summary>
internal static class BundledCopy
{
    public static int Run(string command, string source, string target, bool force, string next)
    {
        if (ConfinedCopy.Refusal(source, target, force) is { } refusal)
        {
            Console.Error.WriteLine($"jobboard {command}: {TerminalText.Escape(refusal)}");
            return ExitCodes.Usage;
        }

        try
        {
            var written = ConfinedCopy.Copy(source, target);
            foreach (var file in written)
            {
                Console.WriteLine(TerminalText.Escape(Path.Combine(target, file)));
            }

            Console.WriteLine(next);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"jobboard {command}: cannot write into '{TerminalText.Escape(target)}': {TerminalText.Escape(e.Message)}");
            return ExitCodes.Errors;
        }
    }
}
