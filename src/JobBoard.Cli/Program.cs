using System.CommandLine;
using JobBoard.Cli;
using JobBoard.Output;

var root = new RootCommand("JobBoard: a static job-board site generator.")
{
    BuildCommand.Create(),
    InspectCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    DiffCommand.Create(),
    ServeCommand.Create(),
    InitCommand.Create(),
    ThemeCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"jobboard: {TerminalText.Escape(error.Message)}");
    }

    return ExitCodes.Usage;
}

return parsed.Invoke();
