using System.CommandLine;

namespace JobBoard.Cli;

/// <summary><c>theme eject</c>: copy the built-in theme into the board's <c>theme/</c> folder to edit it there.</summary>
internal static class ThemeCommand
{
    public static Command Create()
    {
        var target = new Option<string>("--theme") { Description = "Folder to copy the theme into", DefaultValueFactory = _ => "theme" };
        var force = new Option<bool>("--force") { Description = "Write into a non-empty theme folder: the built-in files are replaced, others kept" };

        var eject = new Command("eject", "Copy the built-in theme into theme/ for editing; builds then use that copy") { target, force };
        eject.SetAction(parse => BundledCopy.Run("theme eject", BundledFiles.DefaultTheme, parse.GetValue(target)!, parse.GetValue(force),
            "Builds now use this folder; edit its templates/, layouts/, partials/ and assets/."));
        return new Command("theme", "Work with the board's theme") { eject };
    }
}
