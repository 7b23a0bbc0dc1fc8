using System.Collections.Immutable;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Pipeline;

/// <summary>
/// The tools of one build, made once at start-up and shared read-only by every stage:
/// site settings (the pages of input/pages/ among them), tag taxonomy, company profiles, compiled theme and the Markdown pipeline.
/// </summary>
public sealed record BuildSettings(SiteConfig Config, Taxonomy Taxonomy, CompanyProfiles Companies, Theme Theme, MarkdownRenderer Markdown)
{
    public const string TaxonomyFile = "taxonomy.yml";

    public static Outcome<BuildSettings> Load(BuildOptions options)
    {
        if (!Directory.Exists(options.Input))
        {
            return new(null, [new Diagnostic(DiagnosticCodes.MissingInput, Severity.Error, options.Input, 0, 0,
                "input folder not found")]);
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var markdown = new MarkdownRenderer();
        var (config, taxonomy) = ReadInput(options.Input, markdown, diagnostics);
        var theme = Theme.Load(options.Theme, config.Language, options.StrictTemplates);
        diagnostics.AddRange(theme.Diagnostics);
        if (theme.Value is not null && !ThemeLanguages.Speaks(options.Theme, config.Language))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownLanguage, Severity.Warning, SiteConfig.FileName, config.LanguageLine, 0,
                $"the theme has no UI text in '{config.Language}': the site is written in English",
                $"use one of the languages in theme/{Translation.Folder}/ or add a {Translation.Folder}/{config.Language}.yml"));
        }

        if (diagnostics.Any(d => d.IsError) || theme.Value is null)
        {
            return new(null, diagnostics.ToImmutable());
        }

        // A profile that cannot be read is an error of its own file; the build goes on without it.
        var companies = CompanyProfileReader.Read(options.Input, body => markdown.Render(body).Html.ToString());
        diagnostics.AddRange(companies.Diagnostics);
        return new(new BuildSettings(config.WithBaseUrl(options.BaseUrl), taxonomy, companies.Value!, theme.Value, markdown),
            diagnostics.ToImmutable());
    }

    /// <summary>Only what the input folder sets (site.yml, taxonomy.yml, pages/, company profiles): all <c>check</c> needs.</summary>
    public static Outcome<InputSettings> LoadInput(string input)
    {
        if (!Directory.Exists(input))
        {
            return new(null, [new Diagnostic(DiagnosticCodes.MissingInput, Severity.Error, input, 0, 0, "input folder not found")]);
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var (config, taxonomy) = ReadInput(input, new MarkdownRenderer(), diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            return new(null, diagnostics.ToImmutable());
        }

        var companies = CompanyProfileReader.Read(input, _ => ""); // check reports the problems, renders nothing
        return new(new InputSettings(config, taxonomy), diagnostics.ToImmutable().AddRange(companies.Diagnostics));
    }

    /// <summary>site.yml with the pages of input/pages/, and taxonomy.yml.</summary>
    private static (SiteConfig Config, Taxonomy Taxonomy) ReadInput(string input, MarkdownRenderer markdown,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        // Every posting's places need the place table, which keeps one core busy for a while: it loads on the other
        // while the settings and the theme do.
        _ = Task.Run(() => PlaceTable.Shared);
        var config = ReadOptional(input, SiteConfig.FileName, SiteConfig.Parse, SiteConfig.Default, diagnostics);
        var taxonomy = ReadOptional(input, TaxonomyFile, Taxonomy.Parse, Taxonomy.Empty, diagnostics);
        var pages = PageReader.Read(input, markdown);
        diagnostics.AddRange(pages.Diagnostics);
        return (config with { Pages = pages.Value }, taxonomy);
    }

    private static T ReadOptional<T>(string input, string name, Func<string, string, Outcome<T>> parse, T fallback,
        ImmutableArray<Diagnostic>.Builder diagnostics)
        where T : class
    {
        var path = Path.Combine(input, name);
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            return fallback;
        }

        // Gone since it was found (a checkout in progress, the preview server reading mid-save), or a link
        // leading outside the input folder, a pipe, a device, a file too large: a diagnostic, never its content.
        var read = ConfinedFolder.Input(input).ReadText(path, name);
        diagnostics.AddRange(read.Diagnostics);
        if (read.Value is not { } text)
        {
            return fallback;
        }

        var outcome = parse(text, name);
        diagnostics.AddRange(outcome.Diagnostics);
        return outcome.Value ?? fallback;
    }
}

/// <summary>The settings an input folder carries: what <c>check</c> needs without a theme.</summary>
public sealed record InputSettings(SiteConfig Config, Taxonomy Taxonomy);
