namespace JobBoard.Site;

/// <summary>
/// A page of the board's own (<c>input/pages/about.md</c> → <c>/about/</c>): an About, "Post a job" or
/// privacy page, read with the settings (PageReader).
/// </summary>
/// <param name="File">Input-relative path (<c>pages/about.md</c>), as diagnostics name it.</param>
/// <param name="Slug">Its one path segment: the front matter's <c>slug</c>, else the file name.</param>
/// <param name="Description">The front matter's <c>description</c>, else the start of its text.</param>
/// <param name="Nav">Listed in the main navigation (<c>nav: true</c>).</param>
/// <param name="Order">Its place in the navigation (<c>order</c>); pages without one come last.</param>
/// <param name="Html">The body, rendered and made safe as a posting body is.</param>
public sealed record SitePage(string File, string Slug, string Title, string Description, bool Nav, int? Order, string Html)
{
    /// <summary>The page's URL path, <c>/{slug}/</c>.</summary>
    public string Path => "/" + Slug + "/";
}
