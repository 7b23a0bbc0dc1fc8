using System.Collections.Immutable;
using System.Globalization;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Pipeline;

/// <summary>
/// The settings stage's read of the board's own pages, <c>input/pages/*.md</c>: front matter with a <c>title</c>
/// and optionally <c>nav</c> (true to list it in the navigation), <c>order</c> (its place there), <c>slug</c> (its
/// path, else the file name) and <c>description</c>; the body is Markdown, rendered and made safe as a posting
/// body is (<see cref="MarkdownRenderer"/>), since pages come by pull request too. Files are read as site.yml
/// is (<see cref="ConfinedFolder"/>: no link out of the input); every problem is a diagnostic on the file.
/// </summary>
public static class PageReader
{
    public const string Folder = "pages";

    /// <summary>The page files: every <c>*.md</c> directly in <c>input/pages/</c> but hidden files and editors'
    /// leftovers, in path order (links too, so that reading them reports them).</summary>
    public static IReadOnlyList<string> Files(string input)
    {
        var folder = Path.Combine(input, Folder);
        return Directory.Exists(folder)
            ? [.. ConfinedFolder.Entries(folder, new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden })
                .Where(file => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !PostingDiscovery.Skips(Path.GetFileName(file)))
                .Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Every page that reads without an error, by slug.</summary>
    public static Outcome<ImmutableArray<SitePage>> Read(string input, MarkdownRenderer markdown)
    {
        var folder = ConfinedFolder.Input(input);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var pages = new SortedDictionary<string, SitePage>(StringComparer.Ordinal);
        foreach (var file in Files(input))
        {
            var shown = Folder + "/" + Path.GetFileName(file);
            var bytes = folder.Read(file, shown);
            var source = bytes.Value is { } content ? SourceReader.Read(content, shown) : new(null, bytes.Diagnostics);
            var front = source.Value is { } text ? FrontMatterReader.Read(text) : new(null, []);
            diagnostics.AddRange(source.Diagnostics.AddRange(front.Diagnostics));
            if (front.Value is not { } read || front.HasErrors || source.HasErrors)
            {
                continue;
            }

            var (page, problems) = Page(shown, read, markdown);
            diagnostics.AddRange(problems);
            if (page is null)
            {
                continue;
            }

            if (PublishedPaths.IsReservedForPages(page.Slug) || pages.ContainsKey(page.Slug))
            {
                var slug = read.Fields.LastOrDefault(f => f.Key == "slug");
                diagnostics.Add(new Diagnostic(DiagnosticCodes.PageSlugTaken, Severity.Error, shown, slug?.Line ?? 0, slug?.Column ?? 0,
                    pages.TryGetValue(page.Slug, out var other)
                        ? $"the page's path /{page.Slug}/ is already the path of {other.File}"
                        : $"the page's path /{page.Slug}/ is a path the site itself publishes",
                    "rename the file, or give the page another slug: in its front matter"));
                continue;
            }

            pages[page.Slug] = page;
        }

        return new([.. pages.Values], diagnostics.ToImmutable());
    }

    /// <summary>One page from its front matter and body, or null and why not.</summary>
    private static (SitePage? Page, List<Diagnostic> Problems) Page(string shown, FrontMatter read, MarkdownRenderer markdown)
    {
        var problems = new List<Diagnostic>();
        RawField? Field(string key) => read.Fields.LastOrDefault(f => f.Key == key && f.Value.Trim().Length > 0);
        void Problem(RawField? field, string message, string hint) =>
            problems.Add(new Diagnostic(DiagnosticCodes.InvalidPage, Severity.Error, shown, field?.Line ?? 0, field?.Column ?? 0, message, hint));

        var title = Field("title")?.Value.Trim();
        if (title is null)
        {
            Problem(null, "the page has no title", "add title: to its front matter, e.g. title: About");
        }

        var navField = Field("nav");
        var nav = navField is null ? false : BooleanParser.Parse(navField.Value);
        if (nav is null)
        {
            Problem(navField, $"nav is '{navField!.Value}', not true or false", "write nav: true to list the page in the navigation");
        }

        int? order = null;
        if (Field("order") is { } orderField)
        {
            if (int.TryParse(orderField.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                order = number;
            }
            else
            {
                Problem(orderField, $"order is '{orderField.Value}', not a whole number", "write order: 1 for the first page of the navigation");
            }
        }

        var slugField = Field("slug");
        var slug = Slugger.Slugify(slugField?.Value ?? Path.GetFileNameWithoutExtension(shown));
        if (slug.Length == 0)
        {
            Problem(slugField, "the page's name makes no path", "name the file with letters or digits, e.g. about.md, or set slug:");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var body = markdown.Render(read.Body);
        var description = Field("description")?.Value.Trim() ?? JobViewBuilder.Shorten(body.Text.Span);
        return (new SitePage(shown, slug, title!, description, nav == true, order, body.Html.ToString()), problems);
    }
}
