using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using HandlebarsDotNet.Iterators;
using HandlebarsDotNet.MemberAccessors;
using HandlebarsDotNet.ObjectDescriptors;
using HandlebarsDotNet.PathStructure;

namespace JobBoard.Render;

/// <summary>
/// How the templates read the page models (Render/PageModels.cs: <see cref="SiteView"/>, <see cref="JobView"/>...) and the
/// <c>ImmutableArray</c>s they hold, in place of Handlebars.Net's own readers. Those make a typed getter per
/// member through <c>MakeGenericMethod</c>/<c>MakeGenericType</c>; the native (AOT) build of the tool has no
/// code for such a method over a value type (a <c>bool</c> property, an <c>ImmutableArray</c>), and renders
/// nothing. These read members through <see cref="PropertyInfo.GetValue(object)"/>, which needs no new code, and
/// resolve names as Handlebars.Net does: public instance properties, then fields, ignoring case.
/// </summary>
internal sealed class PageModelDescriptors : IObjectDescriptorProvider
{
    private static readonly Assembly Models = typeof(PageModelDescriptors).Assembly;

    public bool TryGetDescriptor(Type type, [NotNullWhen(true)] out ObjectDescriptor? value)
    {
        // An ImmutableArray: a list the templates iterate (`{{#each tags}}`), index (`tags.[0]`) and measure (`tags.length`).
        if (type.IsValueType && typeof(IList).IsAssignableFrom(type))
        {
            var members = new Members(type);
            value = new ObjectDescriptor(type, members, (_, _) => Array.Empty<object>(), _ => new ListIterator<IList>());
            return true;
        }

        if (type.Assembly == Models && !typeof(IEnumerable).IsAssignableFrom(type))
        {
            var members = new Members(type);
            value = new ObjectDescriptor(type, members, (_, _) => members.Names, self => new ObjectIterator(self));
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>The readable members of one type, by name ignoring case; the first of a name wins, as in Handlebars.Net.</summary>
    private sealed class Members : IMemberAccessor
    {
        private readonly FrozenDictionary<string, Func<object, object?>> getters;

        [UnconditionalSuppressMessage("Trimming", "IL2070",
            Justification = "The page models' assembly is kept whole (TrimmerRootAssembly in JobBoard.Cli.csproj). Of an ImmutableArray, "
                + "the trimmer may drop members no code uses (a theme's {{tags.isDefault}}); the theme reads its items.")]
        public Members(Type type)
        {
            var properties = type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                .Select(p => (p.Name, Get: (Func<object, object?>)p.GetValue));
            var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public)
                .Select(f => (f.Name, Get: (Func<object, object?>)f.GetValue));
            var all = properties.Concat(fields).ToList();
            getters = all.DistinctBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(m => m.Name, m => m.Get, StringComparer.OrdinalIgnoreCase);
            Names = [.. all.Select(m => ChainSegment.Create(m.Name))];
        }

        public ChainSegment[] Names { get; }

        public bool TryGetValue(object instance, ChainSegment memberName, out object? value)
        {
            if (instance is IList list && int.TryParse(memberName.TrimmedValue, out var index) && index >= 0 && index < list.Count)
            {
                value = list[index];
                return true;
            }

            var found = getters.TryGetValue(memberName.TrimmedValue, out var getter);
            value = found ? getter!(instance) : null;
            return found;
        }
    }
}
