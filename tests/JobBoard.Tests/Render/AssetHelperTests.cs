using System.Text.RegularExpressions;
using JobBoard.Model;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Render;

/// <summary><c>{{asset "name"}}</c>: the fingerprinted URL of any file of theme/assets/, subfolders too.</summary>
public sealed class AssetHelperTests : IDisposable
{
    private readonly SmallBoard board = new();

    public void Dispose() => board.Dispose();

    [Fact]
    public void Asset_gives_the_published_fingerprinted_url_of_a_theme_file_also_in_a_subfolder()
    {
        board.Write("theme/assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        board.EditTheme("layouts/base.hbs", "<a class=\"brand\" href=\"/\">",
            "<img id=\"logo\" src=\"{{asset \"img/logo.svg\"}}\" alt=\"\" data-css=\"{{asset \"style.css\"}}\"><a class=\"brand\" href=\"/\">");

        var site = board.Generate();

        Assert.Empty(site.Diagnostics);
        var page = SmallBoard.Text(site, "index.html");
        var logo = Regex.Match(page, "<img id=\"logo\" src=\"/(assets/img/logo\\.[0-9a-f]{10}\\.svg)\" alt=\"\" data-css=\"([^\"]+)\">");
        Assert.True(logo.Success, page);
        Assert.Contains(site.Files, f => f.Path == logo.Groups[1].Value);
        Assert.Contains($"<link rel=\"stylesheet\" href=\"{logo.Groups[2].Value}\">", page);
    }

    [Fact]
    public void An_unknown_asset_is_a_template_error_naming_the_template()
    {
        board.EditTheme("templates/404.hbs", "</h1>", "</h1><img src=\"{{asset \"missing.png\"}}\" alt=\"\">");

        var site = board.Generate();

        var diagnostic = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticCodes.TemplateError, "theme/templates/404.hbs"), (diagnostic.Code, diagnostic.File));
        Assert.Contains("missing.png", diagnostic.Message);
        Assert.True(site.RenderFailed);
    }

    [Fact]
    public void A_theme_without_a_page_template_is_an_error_only_when_the_board_has_pages()
    {
        File.Delete(Path.Combine(board.Theme, "templates", "page.hbs"));
        Assert.Empty(board.Generate().Diagnostics);

        board.Write("input/pages/about.md", "---\ntitle: About\n---\nUs.\n");
        var diagnostic = Assert.Single(board.Generate().Diagnostics);

        Assert.Equal((DiagnosticCodes.TemplateError, "theme/templates/page.hbs"), (diagnostic.Code, diagnostic.File));
    }
}
