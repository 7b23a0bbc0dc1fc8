using System.Collections.Immutable;
using System.Security.Cryptography;
using HandlebarsDotNet;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// The compiled theme: Handlebars page templates (theme/templates), layouts and partials
/// (theme/layouts, theme/partials), static assets (theme/assets) under fingerprinted names, and the UI
/// text of the board's language (theme/i18n, see <see cref="Translation"/>), which templates write with
/// <c>{{t "key" name=value}}</c>. Compiled once per build; rendering is thread-safe and every page gets a fresh context.
/// </summary>
public sealed class Theme
{
    private readonly ImmutableDictionary<string, HandlebarsTemplate<TextWriter, object, object>> templates;
    private readonly JobViewPartials.Memos memos;

    private Theme(
        ImmutableDictionary<string, HandlebarsTemplate<TextWriter, object, object>> templates,
        JobViewPartials.Memos memos,
        ImmutableArray<OutputFile> assets,
        ImmutableDictionary<string, string> assetUrls,
        Translation translation)
    {
        this.templates = templates;
        this.memos = memos;
        Translation = translation;
        Assets = assets;
        AssetUrls = assetUrls;
    }

    /// <summary>The largest theme file read: room for fonts and images, not for a disk image.</summary>
    public const int MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>The theme folder as files are read from it: none through a link leading outside it.</summary>
    public static ConfinedFolder Folder(string directory) => new(directory, "theme folder", MaxFileBytes);

    /// <summary>Asset files to publish, named <c>assets/name.{hash}.ext</c>.</summary>
    public ImmutableArray<OutputFile> Assets { get; }

    /// <summary>Asset file name under theme/assets/ (<c>style.css</c>, <c>img/logo.svg</c>) to its published URL path.</summary>
    public ImmutableDictionary<string, string> AssetUrls { get; }

    /// <summary>The UI text and formats of the board's language, or of English when the theme has no file for it.</summary>
    public Translation Translation { get; }

    /// <param name="language">The board's language (<c>site.yml</c>): <c>de</c>, or <c>de-AT</c> when the theme has only <c>de</c>.</param>
    /// <param name="strict">Fail on a variable the model does not have (tests use it so that
    /// <c>job.titel</c> is an error rather than an empty string).</param>
    public static Outcome<Theme> Load(string directory, string language = Translation.Fallback, bool strict = false)
    {
        try
        {
            return Compile(directory, language, strict);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file went away or became unreadable since the folder was listed (a checkout in progress).
            return new(null, [new Diagnostic(DiagnosticCodes.UnreadableFile, Severity.Error, directory, 0, 0,
                $"cannot read the theme: {e.Message}")]);
        }
    }

    private static Outcome<Theme> Compile(string directory, string language, bool strict)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!Directory.Exists(directory))
        {
            return new(null, [new Diagnostic(DiagnosticCodes.MissingInput, Severity.Error, directory, 0, 0,
                "theme folder not found")]);
        }

        var (assets, urls, refused) = LoadAssets(directory);
        diagnostics.AddRange(refused);
        var configuration = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = strict };
        configuration.ObjectDescriptorProviders.Add(new PageModelDescriptors());
        configuration.FormatterProviders.Add(new JobViewPartials.Formatter());
        var handlebars = Handlebars.Create(configuration);
        handlebars.RegisterHelper("asset", (writer, _, arguments) => writer.Write(AssetUrl(urls, arguments)));
        var folder = Folder(directory);
        var translation = ThemeLanguages.Load(folder, directory, language, diagnostics);
        if (translation is not null)
        {
            handlebars.RegisterHelper("t", (output, _, arguments) => output.Write(ThemeLanguages.Translate(translation, arguments)));
        }

        string? Constant(string helper, string argument) => helper switch
        {
            "t" when translation?.Has(argument) == true => translation.Text(argument),
            "asset" => urls.GetValueOrDefault(argument),
            _ => null,
        };
        string Folded(string source) => configuration.TextEncoder is { } encoder ? ConstantCalls.Folded(source, Constant, encoder) : source;

        // Read, then compiled, in this order (layouts, partials, templates), so a theme's diagnostics come in it. Every
        // source is read first: which partials depend on their context alone is known from them all, and their lists are
        // written for that before they compile (JobViewPartials.ListedOnce).
        var partialFiles = new[] { "layouts", "partials" }.SelectMany(kind => Templates(folder, directory, kind, diagnostics)).ToList();
        var pageFiles = Templates(folder, directory, "templates", diagnostics).ToList();
        var partials = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, source) in partialFiles)
        {
            partials[Path.GetFileNameWithoutExtension(file)] = source;
        }

        string[] themeSources = [.. partials.Values, .. pageFiles.Select(page => page.Source)];
        var contextOnly = JobViewPartials.ContextOnly(partials, themeSources);
        var owned = PartialContexts.OwnedByEachCall(themeSources);
        string Prepared(string source) => JobViewPartials.ListedOnce(Folded(source), contextOnly);

        // Partials are looked up by name as a page renders, so they are registered after the templates compile.
        var partialTemplates = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, source) in partialFiles)
        {
            if (Compiled(handlebars, file, directory, source, Prepared, diagnostics) is { } template)
            {
                partialTemplates[Path.GetFileNameWithoutExtension(file)] = template;
            }
        }

        var compiled = ImmutableDictionary.CreateBuilder<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        foreach (var (file, source) in pageFiles)
        {
            if (Compiled(handlebars, file, directory, source, Prepared, diagnostics) is { } template)
            {
                compiled[Path.GetFileNameWithoutExtension(file)] = template;
            }
        }

        var memos = new JobViewPartials.Memos();
        foreach (var (name, partial) in partialTemplates)
        {
            var rendered = contextOnly.Contains(name) ? memos.Memoized(name, partial) : partial;
            handlebars.RegisterTemplate(name, owned.Contains(name) ? PartialContexts.Returned(rendered) : rendered);
        }

        handlebars.RegisterHelper(JobViewPartials.EachHelper, memos.Each(partial => handlebars.Compile(new StringReader($"{{{{#each this}}}}{{{{> {partial}}}}}{{{{/each}}}}"))));

        foreach (var required in new[] { "job", "list", "terms", "search", "404" })
        {
            if (!compiled.ContainsKey(required) && diagnostics.Count == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.TemplateError, Severity.Error,
                    Path.Combine(directory, "templates", required + ".hbs"), 0, 0, $"the theme has no '{required}' template"));
            }
        }

        return diagnostics.Count > 0
            ? new(null, diagnostics.ToImmutable())
            : new(new Theme(compiled.ToImmutable(), memos, assets, urls, translation!), []);
    }

    /// <summary>Ends a build of the preview server, whose theme outlives it: the partials' texts it did not use are dropped
    /// (<see cref="JobViewPartials.Memos"/>).</summary>
    internal void EndBuild() => memos.EndBuild();

    /// <summary>Drops every partial's text, for a build no other build follows, once its pages are made: a posting's card
    /// is no use after its lists, and at 100,000 postings the cards are a tenth of what the build holds.</summary>
    internal void ForgetPartials() => memos.Forget();

    /// <summary>The helpers the theme's templates can call besides Handlebars' own (docs/theming.md explains each).</summary>
    public static ImmutableArray<string> Helpers { get; } = ["asset", "t"];

    /// <summary><c>{{asset "style.css"}}</c>, <c>{{asset "img/logo.svg"}}</c>: the published, fingerprinted URL of a
    /// file of theme/assets/; a name that is none is an error of the template that asked.</summary>
    private static string AssetUrl(ImmutableDictionary<string, string> urls, Arguments arguments)
    {
        if (arguments.Length != 1 || arguments[0] is not string name)
        {
            throw new HandlebarsRuntimeException("asset takes the name of one file of theme/assets/, e.g. {{asset \"style.css\"}}");
        }

        return urls.TryGetValue(name, out var url)
            ? url
            : throw new HandlebarsRuntimeException($"asset '{name}' is no file of theme/assets/ (it has {string.Join(", ", urls.Keys.Order(StringComparer.Ordinal))})");
    }

    /// <summary>The page being written, per rendering thread: one buffer, grown to the largest page, serves every page.</summary>
    [ThreadStatic]
    private static PageWriter? page;

    /// <summary>Renders a page template and hands its UTF-8 bytes to <paramref name="take"/> (the thread's buffer, good
    /// until it returns); a failure, or a template the theme lacks, is a diagnostic naming the template.</summary>
    public Outcome<T> Render<T>(string template, object model, Func<ReadOnlySpan<byte>, T> take)
    {
        if (!templates.TryGetValue(template, out var compiled))
        {
            return new(default, [new Diagnostic(DiagnosticCodes.TemplateError, Severity.Error, $"theme/templates/{template}.hbs", 0, 0,
                $"the theme has no '{template}' template")]);
        }

        page ??= new PageWriter();
        page.Clear();
        try
        {
            compiled(page, model);
        }
        catch (HandlebarsException e)
        {
            return new(default, [new Diagnostic(DiagnosticCodes.TemplateError, Severity.Error,
                $"theme/templates/{template}.hbs", 0, 0, Causes(e))]);
        }

        return new(take(page.Written.Span), []);
    }

    /// <summary>An error's message and its causes': one inside a layout or partial says where, then what (an unknown asset).</summary>
    private static string Causes(Exception e)
    {
        var messages = new List<string>();
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
        {
            if (!messages.Contains(cause.Message))
            {
                messages.Add(cause.Message);
            }
        }

        return string.Join(": ", messages);
    }

    /// <summary>The <c>*.hbs</c> files of a theme folder and their text; one that may not be read is a diagnostic.</summary>
    private static IEnumerable<(string File, string Source)> Templates(ConfinedFolder folder, string directory, string name,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var path = Path.Combine(directory, name);
        if (!Directory.Exists(path))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(path, "*.hbs").Order(StringComparer.Ordinal))
        {
            var source = folder.ReadText(file, Shown(directory, file));
            diagnostics.AddRange(source.Diagnostics);
            if (source.Value is { } text)
            {
                yield return (file, text);
            }
        }
    }

    /// <summary>How diagnostics name a theme file: from the theme folder's parent (<c>theme/templates/job.hbs</c>).</summary>
    internal static string Shown(string directory, string file) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(directory)) ?? ".", file).Replace('\\', '/');

    /// <summary>The template compiled with its constant calls written out (<see cref="ConstantCalls"/>), or null with its
    /// syntax error, so that a broken partial names its own file.</summary>
    private static HandlebarsTemplate<TextWriter, object, object>? Compiled(IHandlebars handlebars, string file, string directory, string source,
        Func<string, string> folded, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        try
        {
            return handlebars.Compile(new StringReader(folded(source)));
        }
        catch (HandlebarsException)
        {
            // Compiled again as written: the error's line and column are then those of the file.
        }

        try
        {
            return handlebars.Compile(new StringReader(source));
        }
        catch (HandlebarsException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TemplateError, Severity.Error, Shown(directory, file), 0, 0, e.Message));
            return null;
        }
    }

    /// <summary>The theme's assets (every file under <c>{theme}/assets/</c>) under their fingerprinted names, and each one's published URL
    /// by file name, as a build publishes them; the preview server reads a saved stylesheet this way before the pages.
    /// An asset that may not be read (<see cref="Folder"/>) is left out with a diagnostic.</summary>
    public static (ImmutableArray<OutputFile> Files, ImmutableDictionary<string, string> Urls, ImmutableArray<Diagnostic> Diagnostics)
        LoadAssets(string directory)
    {
        var folder = Path.Combine(directory, "assets");
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var urls = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!Directory.Exists(folder))
        {
            return (files.ToImmutable(), urls.ToImmutable(), diagnostics.ToImmutable());
        }

        var theme = Folder(directory);
        var everyFile = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var file in ConfinedFolder.Entries(folder, everyFile).Order(StringComparer.Ordinal))
        {
            var read = theme.Read(file, Shown(directory, file));
            diagnostics.AddRange(read.Diagnostics);
            if (read.Value is not { } bytes)
            {
                continue;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var published = $"assets/{name[..^Path.GetExtension(name).Length]}.{hash}{Path.GetExtension(name)}";
            files.Add(new OutputFile(published, bytes));
            urls[name] = "/" + published;
        }

        return (files.ToImmutable(), urls.ToImmutable(), diagnostics.ToImmutable());
    }
}
