using System.Reflection;
using System.Text.RegularExpressions;
using JobBoard.Render;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Render;

/// <summary>docs/theming.md names every file of the default theme's templates, layouts and partials, every helper
/// the theme can call and every variable the page models hand to templates, so the docs cannot drift from the code.</summary>
public sealed class ThemingDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "theming.md"));

    [Fact]
    public void Every_template_layout_and_partial_is_documented()
    {
        var files = new[] { "templates", "layouts", "partials" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepoPaths.Theme, folder), "*.hbs").Select(file => $"`{folder}/{Path.GetFileName(file)}`"));

        Assert.Empty(files.Where(file => !Docs.Contains(file, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_helper_is_documented()
    {
        Assert.NotEmpty(Theme.Helpers);
        Assert.Empty(Theme.Helpers.Where(helper => !Docs.Contains($"| `{helper}` |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_variable_of_the_page_models_is_documented()
    {
        // The records of PageModels.cs: public types of the render stage named *Page or *View, their head and the navigation's links.
        var models = typeof(ContentPage).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == typeof(ContentPage).Namespace && (t.Name.EndsWith("Page", StringComparison.Ordinal) || t.Name.EndsWith("View", StringComparison.Ordinal)))
            .Append(typeof(PageMeta)).Append(typeof(NavLink)).ToList();
        Assert.Contains(typeof(JobView), models);

        var variables = models.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])).Distinct();

        Assert.Empty(variables.Where(v => !Regex.IsMatch(Docs, $@"\b{v}\b")));
    }
}
