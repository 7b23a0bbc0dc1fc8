using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.IO;

namespace JobBoard.Render;

/// <summary>
/// A posting's card is the same on every list that shows it (the home page, remote, each of its tags, its company,
/// its places, its pairs...), about ten lists a posting. So a partial whose output depends on nothing but its context,
/// rendered with a posting's <see cref="JobView"/> or with a <see cref="LinkView"/>, is rendered once per view or link
/// and its text copied after. The native build interprets Handlebars.Net's compiled templates, and the cards were most
/// of the lists' time and allocations, the tag links most of the job pages'.
/// </summary>
internal static partial class JobViewPartials
{
    /// <summary>What in a partial makes its output depend on more than its context: data variables (<c>@index</c>,
    /// <c>@root</c>, <c>@partial-block</c>) and the parent context.</summary>
    private static readonly string[] ReadsBeyondContext = ["@", "../"];

    /// <summary>What anywhere in a theme can change what a partial's names mean: inline partials (which shadow a
    /// registered one) and block parameters (which a partial sees before its context's members).</summary>
    private static readonly string[] RebindsNames = ["*inline", " as |"];

    /// <summary>The partials (by name, ignoring case as Handlebars.Net does) whose output depends on their context alone:
    /// none reads beyond it, nor calls a partial that does or one named by an expression; none when the theme rebinds names.</summary>
    public static IReadOnlySet<string> ContextOnly(IReadOnlyDictionary<string, string> partials, IEnumerable<string> themeSources)
    {
        var pure = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (themeSources.Any(source => RebindsNames.Any(r => source.Contains(r, StringComparison.Ordinal))))
        {
            return pure;
        }

        pure.UnionWith(partials.Where(p => !ReadsBeyondContext.Any(r => p.Value.Contains(r, StringComparison.Ordinal))).Select(p => p.Key));
        // A partial is pure when those it calls are: drop the others until none is left to drop.
        while (pure.RemoveWhere(name => PartialCalls().Matches(partials[name]).Any(call => !pure.Contains(call.Groups[1].Value))) > 0)
        {
        }

        return pure;
    }

    /// <summary><c>{{> name}}</c>, <c>{{#> name}}</c>; a name given by an expression (<c>{{> (which)}}</c>) is captured as <c>(which</c>, no partial's name.</summary>
    [GeneratedRegex(@"\{\{~?\s*#?>\s*([^\s}~]*)")]
    private static partial Regex PartialCalls();

    /// <summary><paramref name="partial"/>, rendered once per job view it is given (the text is kept while the view lives)
    /// and once per link (a tag's or a place's, which every job page and card shows through <c>tag-link-text</c>).</summary>
    public static HandlebarsTemplate<TextWriter, object, object> Memoized(HandlebarsTemplate<TextWriter, object, object> partial)
    {
        var byView = new ConditionalWeakTable<JobView, Rendered>();
        // A link is three values, equal links render the same text, and a board has a few thousand: kept by value for the build.
        var byLink = new ConcurrentDictionary<LinkView, Rendered>();
        return (writer, context, data) =>
        {
            Rendered? html;
            switch (context)
            {
                case BindingContext { Value: JobView view }:
                    if (!byView.TryGetValue(view, out html))
                    {
                        html = Render(partial, context, data);
                        byView.TryAdd(view, html); // a thread rendering the same view at once made the same text
                    }

                    break;
                case BindingContext { Value: LinkView link }:
                    html = byLink.GetOrAdd(link, static (_, call) => Render(call.partial, call.context, call.data), (partial, context, data));
                    break;
                default:
                    partial(writer, context, data);
                    return;
            }

            writer.Write(html);
        };
    }

    private static Rendered Render(HandlebarsTemplate<TextWriter, object, object> partial, object context, object? data)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        partial(text, context, data);
        return new Rendered(text.ToString());
    }

    /// <summary>A partial's output, already encoded: written as it is (<see cref="Formatter"/>).</summary>
    private sealed class Rendered(string html)
    {
        public string Html { get; } = html;

        public override string ToString() => Html;
    }

    /// <summary>Writes <see cref="Rendered"/> text unencoded; a template writes any other value as before.</summary>
    public sealed class Formatter : IFormatterProvider, IFormatter
    {
        public bool TryCreateFormatter(Type type, [NotNullWhen(true)] out IFormatter? formatter)
        {
            formatter = type == typeof(Rendered) ? this : null;
            return formatter is not null;
        }

        public void Format<T>(T value, in EncodedTextWriter writer) => writer.Write(((Rendered)(object)value!).Html, encode: false);
    }
}
