using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace JobBoard.Render;

/// <summary>
/// Handlebars.Net 2.4.3 makes a context of its own for a partial called with an argument or a block
/// (<c>{{> card job}}</c>, <c>{{> card title="x"}}</c>, <c>{{#> base}}…{{/base}}</c>) and never gives it back to its pool
/// of contexts. The pool then runs dry, and every context a page makes after (one per <c>{{#each}}</c>, <c>{{#with}}</c>,
/// partial) is made anew: about 9.6 KB for each page that has a layout. A partial every call of which gives it such a
/// context hands the context back itself, once it is rendered: nothing uses it after.
/// </summary>
internal static partial class PartialContexts
{
    /// <summary>The partials (by name, ignoring case as Handlebars.Net does) that every call in the theme gives an argument
    /// or a block; none when a call names its partial by an expression (<c>{{> (which)}}</c>), which may be any of them.</summary>
    public static IReadOnlySet<string> OwnedByEachCall(IEnumerable<string> themeSources)
    {
        var calls = themeSources.SelectMany(source => Calls().Matches(source)).ToList();
        if (calls.Any(call => call.Groups["name"].Value.StartsWith('(')))
        {
            return new HashSet<string>();
        }

        var owned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        owned.UnionWith(calls.Select(call => call.Groups["name"].Value));
        owned.ExceptWith(calls.Where(call => !call.Groups["block"].Success && call.Groups["rest"].ValueSpan.Trim(" \t\r\n~").IsEmpty)
            .Select(call => call.Groups["name"].Value));
        return owned;
    }

    /// <summary>The partial, handing back the context its call made for it once rendered.</summary>
    public static HandlebarsTemplate<TextWriter, object, object> Returned(HandlebarsTemplate<TextWriter, object, object> partial) =>
        (writer, context, data) =>
        {
            partial(writer, context, data);
            (context as BindingContext)?.Dispose();
        };

    /// <summary>A partial's call: <c>{{> name}}</c>, <c>{{#> name}}</c>, with what follows the name (its argument and hash);
    /// a name given by an expression (<c>{{> (which)}}</c>) is captured as <c>(which</c>, no partial's name.</summary>
    [GeneratedRegex(@"\{\{~?\s*(?<block>\#)?>\s*(?<name>[^\s}~]*)(?<rest>[^}]*)")]
    internal static partial Regex Calls();
}
