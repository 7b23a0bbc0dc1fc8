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
    private readonly ImmutableDictionary<string, HandlebarsTemplate<object, object>> templates;

    private Theme(
        ImmutableDictionary<string, HandlebarsTemplate<object, object>> templates,
        ImmutableArray<OutputFile> assets,
        ImmutableDictionary<string, string> assetUrls,
        Translation translation)
    {
        this.templates = templates;
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

    /// <summary>Asset file name (e.g. <c>style.css</c>) to its published URL path.</summary>
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

        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = strict });
        var folder = Folder(directory);
        var translation = ThemeLanguages.Load(folder, directory, language, diagnostics);
        if (translation is not null)
        {
            handlebars.RegisterHelper("t", (output, _, arguments) => output.Write(ThemeLanguages.Translate(translation, arguments)));
        }

        foreach (var layouts in new[] { "layouts", "partials" })
        {
            foreach (var (file, source) in Templates(folder, directory, layouts, diagnostics))
            {
                if (Check(handlebars, file, directory, source, diagnostics))
                {
                    handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), source);
                }
            }
        }

        var compiled = ImmutableDictionary.CreateBuilder<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var (file, source) in Templates(folder, directory, "templates", diagnostics))
        {
            if (Check(handlebars, file, directory, source, diagnostics))
            {
                compiled[Path.GetFileNameWithoutExtension(file)] = handlebars.Compile(source);
            }
        }

        foreach (var required in new[] { "job", "list", "terms", "search", "404" })
        {
            if (!compiled.ContainsKey(required) && diagnostics.Count == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.TemplateError, Severity.Error,
                    Path.Combine(directory, "templates", required + ".hbs"), 0, 0, $"the theme has no '{required}' template"));
            }
        }

        var (assets, urls, refused) = LoadAssets(directory);
        diagnostics.AddRange(refused);
        return diagnostics.Count > 0
            ? new(null, diagnostics.ToImmutable())
            : new(new Theme(compiled.ToImmutable(), assets, urls, translation!), []);
    }

    /// <summary>Renders a page template; a failure is a diagnostic naming the template.</summary>
    public Outcome<string> Render(string template, object model)
    {
        try
        {
            return new(templates[template](model), []);
        }
        catch (HandlebarsException e)
        {
            return new(null, [new Diagnostic(DiagnosticCodes.TemplateError, Severity.Error,
                $"theme/templates/{template}.hbs", 0, 0, e.Message)]);
        }
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

    /// <summary>Compiles once to find syntax errors, so a broken partial names its own file.</summary>
    private static bool Check(IHandlebars handlebars, string file, string directory, string source,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        try
        {
            handlebars.Compile(source);
            return true;
        }
        catch (HandlebarsException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TemplateError, Severity.Error, Shown(directory, file), 0, 0, e.Message));
            return false;
        }
    }

    /// <summary>The theme's assets (<c>{theme}/assets/*</c>) under their fingerprinted names, and each one's published URL
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
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var read = theme.Read(file, Shown(directory, file));
            diagnostics.AddRange(read.Diagnostics);
            if (read.Value is not { } bytes)
            {
                continue;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var name = Path.GetFileName(file);
            var published = $"assets/{Path.GetFileNameWithoutExtension(name)}.{hash}{Path.GetExtension(name)}";
            files.Add(new OutputFile(published, bytes));
            urls[name] = "/" + published;
        }

        return (files.ToImmutable(), urls.ToImmutable(), diagnostics.ToImmutable());
    }
}
