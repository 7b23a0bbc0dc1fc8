using System.CommandLine;

namespace JobBoard.Cli;

/// <summary>
/// The folders shipped beside the <c>jobboard</c> assembly (and so inside the tool package): the default
/// theme, which a board without a <c>theme/</c> folder is built with and <c>theme eject</c> copies, and
/// the new board that <c>init</c> writes.
/// </summary>
internal static class BundledFiles
{
    public static string DefaultTheme { get; } = Path.Combine(AppContext.BaseDirectory, "default-theme");

    public static string Scaffold { get; } = Path.Combine(AppContext.BaseDirectory, "Scaffold");

    /// <summary>The <c>--theme</c> option of the commands that build: <c>theme</c> by default.</summary>
    public static Option<string> ThemeOption(string description) =>
        new("--theme") { Description = description + "; without it, theme/ if present, else the built-in theme", DefaultValueFactory = _ => "theme" };

    /// <summary>The theme folder to build with: the one given, or <c>theme</c> when it exists, or the default theme.
    /// A board need not carry a theme, as a Hugo site need not; a <c>--theme</c> that is missing stays an error.</summary>
    public static string Theme(ParseResult parse, Option<string> option) =>
        parse.GetResult(option) is { Implicit: false } || Directory.Exists(parse.GetValue(option))
            ? parse.GetValue(option)!
            : DefaultTheme;
}
