using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
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
        while (pure.RemoveWhere(name => PartialContexts.Calls().Matches(partials[name]).Any(call => !pure.Contains(call.Groups["name"].Value))) > 0)
        {
        }

        return pure;
    }

    /// <summary>The block helper a list of a context-only partial is written as (<see cref="ListedOnce"/>).</summary>
    public const string EachHelper = "jobboard-each";

    [GeneratedRegex("""(?<!\\)\{\{#each\s+(?<list>[A-Za-z_][\w.]*)\s*\}\}\{\{>\s*(?<partial>[\w-]+)\s*\}\}\{\{/each\}\}""",
        RegexOptions.CultureInvariant)]
    private static partial Regex EachOfPartial();

    /// <summary>
    /// <c>{{#each jobs}}{{> job-card}}{{/each}}</c> of a context-only partial written as a call of <see cref="EachHelper"/>
    /// (<see cref="Memos.Each"/>), which writes each kept card as it is: the native tool interprets every step of an
    /// <c>{{#each}}</c> and of the partial call in it, and the cards of the lists were about ten such steps a posting.
    /// A template with raw blocks is left as it is.
    /// </summary>
    public static string ListedOnce(string source, IReadOnlySet<string> contextOnly) =>
        source.Contains("{{{{", StringComparison.Ordinal) ? source : EachOfPartial().Replace(source, each =>
            contextOnly.Contains(each.Groups["partial"].Value)
                ? $"{{{{#{EachHelper} {each.Groups["list"].Value} \"{each.Groups["partial"].Value}\"}}}}{{{{> {each.Groups["partial"].Value}}}}}{{{{/{EachHelper}}}}}"
                : each.Value);

    /// <summary>The texts of a theme's context-only partials (<see cref="Memoized"/>). A build keeps them while it lasts;
    /// the preview server, whose theme outlives its builds, ends each (<see cref="EndBuild"/>), and then only the texts the
    /// build before used are kept. Plain dictionaries, not weak tables: the garbage collector scans every entry of a
    /// weak table at each collection, and at 100,000 postings that was a sixth of the build's time.</summary>
    public sealed class Memos
    {
        private readonly List<Action> endBuild = [];
        private readonly List<Action> forget = [];

        /// <summary>Each memoized partial's texts by its name (ignoring case, as Handlebars.Net names partials).</summary>
        private readonly Dictionary<string, (Kept<JobView> Views, Kept<LinkView> Links)> byName = new(StringComparer.OrdinalIgnoreCase);

        /// <summary><paramref name="partial"/>, rendered once per job view it is given (by reference: a view is one
        /// posting's in one build, and the serve cache hands the same view to the next build when it is unchanged) and once
        /// per link (a tag's or a place's, which every job page and card shows through <c>tag-link-text</c>; by value: a
        /// link is three values, and a board has a few thousand).</summary>
        public HandlebarsTemplate<TextWriter, object, object> Memoized(string name, HandlebarsTemplate<TextWriter, object, object> partial)
        {
            var byView = new Kept<JobView>(ReferenceEqualityComparer.Instance);
            var byLink = new Kept<LinkView>(EqualityComparer<LinkView>.Default);
            byName[name] = (byView, byLink);
            endBuild.Add(byView.EndBuild);
            endBuild.Add(byLink.EndBuild);
            forget.Add(byView.Forget);
            forget.Add(byLink.Forget);
            return (writer, context, data) =>
            {
                switch (context)
                {
                    case BindingContext { Value: JobView view }:
                        writer.Write(byView.Get(view, partial, context, data));
                        break;
                    case BindingContext { Value: LinkView link }:
                        writer.Write(byLink.Get(link, partial, context, data));
                        break;
                    default:
                        partial(writer, context, data);
                        break;
                }
            };
        }

        /// <summary>
        /// <c>{{#jobboard-each list "partial"}}{{> partial}}{{/jobboard-each}}</c>, which <see cref="ListedOnce"/> writes for
        /// <c>{{#each list}}{{> partial}}{{/each}}</c>: the partial for each item of the list, an item whose text is kept
        /// written as it is, any other through the block. A list of another kind goes to <paramref name="each"/>, the
        /// <c>{{#each this}}{{> partial}}{{/each}}</c> of the partial, rendered with the list as its context.
        /// </summary>
        public HandlebarsBlockHelper Each(Func<string, HandlebarsTemplate<TextWriter, object, object>> each)
        {
            var others = new ConcurrentDictionary<string, Lazy<HandlebarsTemplate<TextWriter, object, object>>>(StringComparer.OrdinalIgnoreCase);
            return (output, options, _, arguments) =>
            {
                var name = (string)arguments[1]!;
                var (views, links) = byName[name];
                switch (arguments[0])
                {
                    case ImmutableArray<JobView> { IsDefault: false } jobs:
                        foreach (var job in jobs)
                        {
                            Write(output, options, job, views.Find(job));
                        }

                        break;
                    case ImmutableArray<LinkView> { IsDefault: false } items:
                        foreach (var link in items)
                        {
                            Write(output, options, link, links.Find(link));
                        }

                        break;
                    case var list:
                        others.GetOrAdd(name, partial => new(() => each(partial))).Value(Underlying(ref output), list!);
                        break;
                }
            };

            static void Write(in EncodedTextWriter output, BlockHelperOptions options, object item, Markup? kept)
            {
                if (kept is null)
                {
                    options.Template(output, item);
                }
                else
                {
                    kept.WriteTo(Underlying(ref Unsafe.AsRef(in output)));
                }
            }
        }

        /// <summary>Ends a build: the texts it used are kept for the next, the others are dropped.</summary>
        public void EndBuild() => endBuild.ForEach(end => end());

        /// <summary>Drops every text, those of this build and of the one before.</summary>
        public void Forget() => forget.ForEach(drop => drop());
    }

    /// <summary>The texts a build used, and those the build before used (reused, and kept again, when asked for).</summary>
    private sealed class Kept<TKey>(IEqualityComparer<TKey> comparer) where TKey : notnull
    {
        private ConcurrentDictionary<TKey, Markup> used = new(comparer);
        private ConcurrentDictionary<TKey, Markup> before = new(comparer);

        public Markup Get(TKey key, HandlebarsTemplate<TextWriter, object, object> partial, object context, object? data)
        {
            if (Find(key) is not { } html)
            {
                html = Render(partial, context, data);
                used.TryAdd(key, html); // a thread rendering the same key at once made the same text
            }

            return html;
        }

        /// <summary>The text kept for <paramref name="key"/> by this build or the one before (kept again by this one), or null.</summary>
        public Markup? Find(TKey key)
        {
            var now = used;
            if (now.TryGetValue(key, out var html))
            {
                return html;
            }

            if (before.TryGetValue(key, out html))
            {
                now.TryAdd(key, html);
                return html;
            }

            return null;
        }

        public void EndBuild() => (before, used) = (used, new(comparer));

        public void Forget() => (before, used) = (new(comparer), new(comparer));
    }

    /// <summary>The partial's output, kept as UTF-8, half the size of the text: a build holds every posting's card until
    /// its lists are made.</summary>
    private static Markup Render(HandlebarsTemplate<TextWriter, object, object> partial, object context, object? data)
    {
        // A card renders its tags' links inside it, so a thread can be rendering several partials at once: one writer each.
        var writers = spareWriters ??= new Stack<PageWriter>();
        var text = writers.TryPop(out var spare) ? spare : new PageWriter();
        text.Clear();
        try
        {
            partial(text, context, data);
            return new Markup(text.Written.ToArray());
        }
        finally
        {
            writers.Push(text);
        }
    }

    /// <summary>This thread's writers not in use, reused from partial to partial: a board renders a card per posting.</summary>
    [ThreadStatic]
    private static Stack<PageWriter>? spareWriters;

    /// <summary>The writer under Handlebars.Net's, to write a text in one call: its own unencoded writes take a string
    /// (which the markup would have to be decoded into) or go one character at a time, and were a tenth of the lists' time.
    /// Internal to Handlebars.Net 2.4.3; a version without it fails every test that renders a list.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "UnderlyingWriter")]
    private static extern ref TextWriter Underlying(ref EncodedTextWriter writer);

    /// <summary>Writes <see cref="Markup"/> unencoded and <see cref="Prose"/> as a string; a template writes any other value as
    /// before.</summary>
    public sealed class Formatter : IFormatterProvider, IFormatter
    {
        public bool TryCreateFormatter(Type type, [NotNullWhen(true)] out IFormatter? formatter)
        {
            formatter = type == typeof(Markup) || type == typeof(Prose) ? this : null;
            return formatter is not null;
        }

        public void Format<T>(T value, in EncodedTextWriter writer)
        {
            if (value is Markup markup)
            {
                markup.WriteTo(Underlying(ref Unsafe.AsRef(in writer)));
            }
            else
            {
                // Encoded unless the template placed it with three braces, as a string is.
                Unsafe.AsRef(in writer).Write(value!.ToString());
            }
        }
    }
}
