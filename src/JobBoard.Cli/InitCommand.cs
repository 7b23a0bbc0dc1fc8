using System.CommandLine;
using JobBoard.Output;

namespace JobBoard.Cli;

/// <summary><c>init DIR</c>: write a new board that builds at once (postings, settings, a page, CI and Netlify files).</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "Folder for the new board (created when missing)" };
        var force = new Option<bool>("--force") { Description = "Write into a non-empty folder: files of the same name are replaced, others kept" };

        var command = new Command("init", "Create a new board with an example posting, ready to build") { folder, force };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(folder)!;
            return BundledCopy.Run("init", BundledFiles.Scaffold, target, parse.GetValue(force),
                $"Next: cd {TerminalText.Escape(target)} && jobboard build   (or jobboard serve to preview)");
        });
        return command;
    }
}
