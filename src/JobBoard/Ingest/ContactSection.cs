using System.Text.RegularExpressions;

namespace JobBoard.Ingest;

/// <summary>
/// The way to apply that a contact section (<see cref="KnownHeadings.ContactSections"/>) names:
/// its first link or e-mail address. Postings without an apply key often end with
/// "Contact Info:" and a name with an address; the first one named is the one to write to.
/// </summary>
internal static partial class ContactSection
{
    /// <summary>The apply field's key: what the section gives is an apply link.</summary>
    public const string Key = "apply";

    /// <summary>A mailto: link for the first e-mail address, or the first http(s) link, in the text; null when it has neither.</summary>
    public static string? FirstAddress(string text)
    {
        var match = Address().Match(text);
        return !match.Success ? null : match.Groups["mail"].Success ? "mailto:" + match.Groups["mail"].Value : match.Value;
    }

    [GeneratedRegex(@"(?<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|https?://[^\s<>""'`]+")]
    private static partial Regex Address();
}
