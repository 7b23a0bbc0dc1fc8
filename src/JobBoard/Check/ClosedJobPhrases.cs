using System.Text;
using AngleSharp.Html.Parser;

namespace JobBoard.Check;

/// <summary>
/// Words an apply page uses to say the job is gone. Applicant-tracking systems often answer a
/// closed posting with 200 and a page of its own ("No longer accepting applications") rather
/// than with 404, so the status alone cannot tell. Matched ignoring case and spacing on the
/// page's text, never on its markup or scripts: single-page apps ship every message of their
/// interface, "Job not found" included, inside a script of every page.
/// </summary>
public static class ClosedJobPhrases
{
    /// <summary>Lower case, single spaces, straight apostrophes.</summary>
    private static readonly string[] Phrases =
    [
        // English
        "no longer accepting applications",
        "this job is no longer available",
        "this position is no longer available",
        "position has been filled",
        "this job has expired",
        "job not found",
        "the job you are looking for is no longer open",
        // German
        "stelle ist nicht mehr verfügbar",
        "stelle ist bereits besetzt",
        // French
        "offre n'est plus disponible",
        "poste a été pourvu",
        // Spanish
        "oferta ya no está disponible",
    ];

    private static readonly string[] NotText = ["script", "style", "template"];

    /// <summary>The first phrase of the table that the HTML page's text contains, or null.</summary>
    public static string? Find(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(',', NotText)))
        {
            element.Remove();
        }

        var text = Flatten(document.DocumentElement.TextContent);
        return Phrases.FirstOrDefault(phrase => text.Contains(phrase, StringComparison.Ordinal));
    }

    /// <summary>Lower case, every run of white space (a line break, a no-break space between tags) one
    /// space, and a typographic apostrophe (<c>n’est</c>) straight.</summary>
    private static string Flatten(string text)
    {
        var flat = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (flat.Length > 0 && flat[^1] != ' ')
                {
                    flat.Append(' ');
                }
            }
            else
            {
                flat.Append(c is '\u2019' ? '\'' : char.ToLowerInvariant(c));
            }
        }

        return flat.ToString();
    }
}
