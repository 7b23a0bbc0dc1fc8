using System.Collections.Immutable;
using JobBoard.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace JobBoard.Site;

/// <summary>The board's settings from <c>input/site.yml</c>.</summary>
/// <param name="BaseUrl">Absolute URL ending with <c>/</c>; every canonical URL starts with it.</param>
/// <param name="Required">Normalized field names a posting must have to be published (title is always required).</param>
public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    int PageSize,
    ImmutableArray<string> Required)
{
    public const string FileName = "site.yml";

    /// <summary>How long an open posting without its own <c>validThrough</c> is said to stay open, counted from
    /// its <c>datePosted</c>, in its structured data (<c>validDays</c>).</summary>
    public int ValidDays { get; init; } = 60;

    /// <summary>How many days a posting keeps its closed page after its <c>validThrough</c> (<c>keepClosedDays</c>); then
    /// it is left out of the build. Links to a job that just closed still land on a page saying so; years of them would not.</summary>
    public int KeepClosedDays { get; init; } = 90;

    /// <summary>How many open postings a tag pair needs for a page of its own (<c>pairMinimum</c>): <c>/remote/tags/go/</c>,
    /// <c>/locations/berlin/tags/go/</c> (<see cref="TagPair"/>). A board of 10,000 postings has tens of thousands of pairs
    /// with one or two postings; pages of them would add little but pages.</summary>
    public int PairMinimum { get; init; } = 3;

    /// <summary>The settings of a board without site.yml.</summary>
    public static SiteConfig Default { get; } =
        new("Job Board", "Open positions.", "http://localhost/", "en", 25, ["title"]);

    /// <summary>The line of <c>language:</c> in site.yml (0 when it is not set), for a diagnostic about it.</summary>
    public int LanguageLine { get; init; }

    /// <summary>The main navigation from <c>site.yml</c>'s <c>nav:</c> list; null without one (the theme's own, in the
    /// board's language). The pages with <c>nav: true</c> follow it (<see cref="Navigation"/>).</summary>
    public ImmutableArray<NavLink>? Nav { get; init; }

    /// <summary>Every key of <c>site.yml</c> as written (mappings as dictionaries, lists as lists, values as text), for
    /// templates as <c>site.params</c>; link values are checked (<see cref="SiteParams"/>).</summary>
    public ImmutableSortedDictionary<string, object> Params { get; init; } = ImmutableSortedDictionary<string, object>.Empty;

    /// <summary>The pages of <c>input/pages/</c>, by slug, which the settings stage reads (PageReader).</summary>
    public ImmutableArray<SitePage> Pages { get; init; } = [];

    /// <summary>The limits <c>build</c> measures the site against (<c>budgets:</c>; <see cref="Budget"/>).</summary>
    public ImmutableArray<BudgetLimit> Budgets { get; init; } = SiteBudgets.Defaults;

    /// <summary><see cref="Nav"/> (or <paramref name="theme"/>'s without one), then the pages with <c>nav: true</c> by their
    /// <c>order</c> (those without one last), then title.</summary>
    public IEnumerable<NavLink> Navigation(IEnumerable<NavLink> theme) =>
        (Nav ?? theme).Concat(Pages.Where(p => p.Nav)
            .OrderBy(p => p.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new NavLink(p.Title, p.Path)));

    /// <summary>The absolute URL of a site path such as <c>/jobs/x/</c>.</summary>
    public string Absolute(string sitePath) => BaseUrl + sitePath.TrimStart('/');

    /// <summary>Reads <c>site.yml</c>; a missing file gives the defaults, a broken one a diagnostic.</summary>
    public static Outcome<SiteConfig> Parse(string yaml, string file)
    {
        SiteYaml raw;
        try
        {
            raw = Deserializer.Deserialize<SiteYaml?>(yaml) ?? new SiteYaml();
        }
        catch (YamlException e)
        {
            return Fail(file, (int)e.Start.Line, (int)e.Start.Column, $"invalid YAML: {Innermost(e).Message}");
        }

        var baseUrl = string.IsNullOrWhiteSpace(raw.BaseUrl) ? Default.BaseUrl : raw.BaseUrl.Trim();
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            return Fail(file, 0, 0, $"baseUrl '{baseUrl}' is not an absolute http(s) URL");
        }

        if (raw.PageSize is < 1 or > 1000)
        {
            return Fail(file, 0, 0, $"pageSize must be between 1 and 1000, not {raw.PageSize}");
        }

        if (raw.ValidDays is < 1 or > 3650)
        {
            return Fail(file, 0, 0, $"validDays must be between 1 and 3650, not {raw.ValidDays}");
        }

        if (raw.KeepClosedDays is < 0 or > 3650)
        {
            return Fail(file, LineOf(yaml, "keepClosedDays"), 0, $"keepClosedDays must be between 0 and 3650, not {raw.KeepClosedDays}");
        }

        if (raw.PairMinimum is < 1)
        {
            return Fail(file, LineOf(yaml, "pairMinimum"), 0, $"pairMinimum must be at least 1, not {raw.PairMinimum}");
        }

        var required = (raw.Required ?? []).Select(r => r.Trim()).Append("title")
            .Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var config = new SiteConfig(
            string.IsNullOrWhiteSpace(raw.Title) ? Default.Title : raw.Title.Trim(),
            string.IsNullOrWhiteSpace(raw.Description) ? Default.Description : raw.Description.Trim(),
            baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/",
            string.IsNullOrWhiteSpace(raw.Language) ? Default.Language : raw.Language.Trim(),
            raw.PageSize ?? Default.PageSize,
            [.. required])
        {
            LanguageLine = raw.Language is null ? 0 : LineOf(yaml, "language"),
            ValidDays = raw.ValidDays ?? Default.ValidDays,
            KeepClosedDays = raw.KeepClosedDays ?? Default.KeepClosedDays,
            PairMinimum = raw.PairMinimum ?? Default.PairMinimum,
        };
        var read = SiteParams.Parse(yaml, file);
        return read.Value is { } values && !read.HasErrors
            ? new Outcome<SiteConfig>(config with { Params = values.Params, Nav = values.Nav, Budgets = values.Budgets }, read.Diagnostics)
            : new Outcome<SiteConfig>(null, read.Diagnostics);
    }

    /// <summary>A copy with another base URL (the <c>--base-url</c> option).</summary>
    public SiteConfig WithBaseUrl(string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) ? this : this with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };

    private static Outcome<SiteConfig> Fail(string file, int line, int column, string message) =>
        new(null, [new Diagnostic(DiagnosticCodes.InvalidSiteConfig, Severity.Error, file, line, column, message)]);

    /// <summary>The 1-based line where a top-level <paramref name="key"/> is set; 0 when no line starts with it.</summary>
    private static int LineOf(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(key, StringComparison.Ordinal) && lines[i][key.Length..].TrimStart().StartsWith(':'))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    private static readonly IDeserializer Deserializer = new StaticDeserializerBuilder(new SiteYamlContext())
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    internal sealed class SiteYaml
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? BaseUrl { get; set; }
        public string? Language { get; set; }
        public int? PageSize { get; set; }
        public int? ValidDays { get; set; }
        public int? KeepClosedDays { get; set; }
        public int? PairMinimum { get; set; }
        public List<string>? Required { get; set; }
    }
}
