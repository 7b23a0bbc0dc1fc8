using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Render;

/// <summary>The language files of a theme (<c>theme/i18n/{language}.yml</c>): which one a board's <c>language</c>
/// picks, loading it over English, and the <c>{{t}}</c> helper that writes its texts.</summary>
public static partial class ThemeLanguages
{
    /// <summary>Whether the theme has a language file for <paramref name="language"/>, or for its primary language
    /// (<c>de</c> for <c>de-AT</c>).</summary>
    public static bool Speaks(string directory, string language) =>
        LanguageFile(Path.Combine(directory, Translation.Folder), language) is not null;

    /// <summary>
    /// <c>{{t "key"}}</c>, <c>{{t "key" name=value}}</c> (named), <c>{{t "key" a b}}</c> (<c>{0}</c>, <c>{1}</c>),
    /// <c>{{t "key" count=n}}</c> (plural forms); the text is HTML-encoded like any <c>{{value}}</c>.
    /// </summary>
    internal static string Translate(Translation translation, Arguments arguments)
    {
        if (arguments.Length == 0 || arguments[0] is not string key)
        {
            throw new HandlebarsRuntimeException("{{t}} needs the key of a text first, in quotes: {{t \"nav.jobs\"}}");
        }

        if (arguments.Length == 1)
        {
            return Text(translation, key, []);
        }

        // The helper runs a dozen times a page: its arguments go in a rented array, not a new list and array each call.
        var count = 0;
        for (var i = 1; i < arguments.Length; i++)
        {
            count += arguments[i] is IDictionary<string, object> hash ? hash.Count : 1;
        }

        var named = ArrayPool<(string, object?)>.Shared.Rent(count);
        try
        {
            var next = 0;
            for (var i = 1; i < arguments.Length; i++)
            {
                if (arguments[i] is IDictionary<string, object> hash)
                {
                    foreach (var (name, value) in hash)
                    {
                        named[next++] = (name, value);
                    }
                }
                else
                {
                    named[next++] = (i <= Positions.Length ? Positions[i - 1] : (i - 1).ToString(CultureInfo.InvariantCulture), arguments[i]);
                }
            }

            return Text(translation, key, named.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<(string, object?)>.Shared.Return(named, clearArray: true);
        }
    }

    /// <summary>The names of the first positional arguments: <c>{0}</c>, <c>{1}</c>...</summary>
    private static readonly string[] Positions = [.. Enumerable.Range(0, 10).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    private static string Text(Translation translation, string key, ReadOnlySpan<(string, object?)> arguments)
    {
        try
        {
            return translation.Text(key, arguments);
        }
        catch (KeyNotFoundException e)
        {
            throw new HandlebarsRuntimeException(e.Message);
        }
    }

    /// <summary>The language file of <paramref name="language"/> or of its primary language; null when there is neither,
    /// or when the setting is not a language tag (a name such as <c>../x</c> never leads out of the folder).</summary>
    private static string? LanguageFile(string folder, string language)
    {
        if (!LanguageTag().IsMatch(language))
        {
            return null;
        }

        return new[] { language, language.Split('-')[0].ToLowerInvariant() }.Select(l => Path.Combine(folder, l + ".yml")).FirstOrDefault(File.Exists);
    }

    /// <summary>BCP 47 in its common shape: <c>de</c>, <c>pt-BR</c>, <c>zh-Hant-TW</c>.</summary>
    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    /// <summary>The translation of <paramref name="language"/> over English, English alone when the theme has no file
    /// for it; null (with diagnostics) when English is missing or a file is invalid.</summary>
    internal static Translation? Load(ConfinedFolder folder, string directory, string language,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var i18n = Path.Combine(directory, Translation.Folder);
        var englishFile = Path.Combine(i18n, Translation.Fallback + ".yml");
        if (!File.Exists(englishFile))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingTranslation, Severity.Error, Theme.Shown(directory, englishFile), 0, 0,
                "the theme has no English UI text, which every language falls back to"));
            return null;
        }

        ImmutableDictionary<string, string>? Entries(string file)
        {
            var text = folder.ReadText(file, Theme.Shown(directory, file));
            diagnostics.AddRange(text.Diagnostics);
            if (text.Value is null)
            {
                return null;
            }

            var read = Translation.Read(text.Value, Theme.Shown(directory, file));
            diagnostics.AddRange(read.Diagnostics);
            return read.Value;
        }

        var english = Entries(englishFile);
        var ownFile = LanguageFile(i18n, language) ?? englishFile;
        var own = ownFile == englishFile ? english : Entries(ownFile);
        if (english is null || own is null)
        {
            return null;
        }

        var made = Translation.Make(Path.GetFileNameWithoutExtension(ownFile), own, english, Theme.Shown(directory, ownFile));
        diagnostics.AddRange(made.Diagnostics);
        var missing = made.Value is null ? [] : Translation.Required.Where(k => !made.Value.Has(k)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingTranslation, Severity.Error, Theme.Shown(directory, englishFile), 0, 0,
                $"the theme's English UI text has no {string.Join(", ", missing)}", "the generator writes these texts itself; see the default theme's en.yml"));
        }

        return missing.Count > 0 ? null : made.Value;
    }
}
