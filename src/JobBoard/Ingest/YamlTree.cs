using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobBoard.Ingest;

/// <summary>A YAML node with its position in the front matter (1-based line and column).</summary>
internal abstract record YamlNode(int Line, int Column);

/// <summary>A scalar; <see cref="IsNull"/> for an empty plain value, <c>~</c> or <c>null</c>.</summary>
internal sealed record YamlScalar(string Text, bool IsNull, int Line, int Column) : YamlNode(Line, Column);

internal sealed record YamlSequence(ImmutableArray<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column);

internal sealed record YamlMapping(ImmutableArray<KeyValuePair<YamlNode, YamlNode>> Pairs, int Line, int Column)
    : YamlNode(Line, Column);

/// <summary>Why the YAML could not be turned into a tree; positions are YAML lines.</summary>
internal sealed record YamlProblem(bool TooComplex, string Message, int Line, int Column);

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet parser events, with hard limits so a
/// hostile file cannot exhaust time or memory: aliases are shared, not copied, and the node
/// count includes what every alias would expand to, so "billion laughs" stops after a few
/// levels without expanding anything.
/// </summary>
internal static class YamlTree
{
    public const int MaxDepth = 64;
    public const long MaxNodes = 10_000;

    private static readonly ImmutableHashSet<string> NullWords =
        ImmutableHashSet.Create(StringComparer.Ordinal, "", "~", "null", "Null", "NULL");

    /// <summary>The root node (null for an empty document) or the problem that stopped parsing.</summary>
    public static (YamlNode? Root, YamlProblem? Problem) Parse(string yaml)
    {
        var anchors = new Dictionary<string, (YamlNode Node, long Cost)>(StringComparer.Ordinal);
        var stack = new Stack<Open>();
        YamlNode? root = null;
        long total = 0;
        var documents = 0;
        var lastLine = 1;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                lastLine = Line(e);
                switch (e)
                {
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            return (null, new YamlProblem(false, "front matter must be a single YAML document", Line(e), Col(e)));
                        }

                        break;
                    case MappingStart or SequenceStart:
                        if (stack.Count >= MaxDepth)
                        {
                            return (null, new YamlProblem(true, $"YAML is nested deeper than {MaxDepth} levels", Line(e), Col(e)));
                        }

                        stack.Push(new Open(e, AnchorOf(e)));
                        break;
                    case MappingEnd or SequenceEnd:
                        var open = stack.Pop();
                        YamlNode node = open.Event is MappingStart
                            ? new YamlMapping(Pair(open.Children), Line(open.Event), Col(open.Event))
                            : new YamlSequence(open.Children.ToImmutableArray(), Line(open.Event), Col(open.Event));
                        if (Add(node, 1, open.Cost + 1, open.Anchor) is { } problem1)
                        {
                            return (null, problem1);
                        }

                        break;
                    case Scalar s:
                        var scalar = new YamlScalar(
                            s.Value,
                            s.Style == ScalarStyle.Plain && NullWords.Contains(s.Value),
                            Line(e),
                            Col(e));
                        if (Add(scalar, 1, 1, AnchorOf(e)) is { } problem2)
                        {
                            return (null, problem2);
                        }

                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            return (null, new YamlProblem(false, $"alias *{alias.Value.Value} refers to no anchor defined before it", Line(e), Col(e)));
                        }

                        // The alias costs what it would expand to, though it is shared, not copied.
                        if (Add(target.Node, target.Cost, target.Cost, null) is { } problem3)
                        {
                            return (null, problem3);
                        }

                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            return (null, new YamlProblem(false, Describe(ex), (int)ex.Start.Line, (int)ex.Start.Column));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException when the text ends
            // inside a flow collection ("title: [unclosed").
            return (null, new YamlProblem(false, "unexpected end of the front matter: is a [ or { left open?", lastLine, 1));
        }

        return (root, null);

        // added: new nodes counted now (children were counted when they were added);
        // cost: the whole subtree, which is what an alias to it would expand to.
        YamlProblem? Add(YamlNode node, long added, long cost, string? anchor)
        {
            total += added;
            if (total > MaxNodes)
            {
                return new YamlProblem(true, $"YAML expands to more than {MaxNodes} nodes (aliases included)", node.Line, node.Column);
            }

            if (anchor is not null)
            {
                anchors[anchor] = (node, cost);
            }

            if (stack.TryPeek(out var parent))
            {
                parent.Children.Add(node);
                parent.Cost = Math.Min(parent.Cost + cost, MaxNodes + 1);
            }
            else
            {
                root = node;
            }

            return null;
        }
    }

    /// <summary>Children of a mapping, alternately keys and values, as pairs.</summary>
    internal static ImmutableArray<KeyValuePair<YamlNode, YamlNode>> Pair(List<YamlNode> children)
    {
        var pairs = ImmutableArray.CreateBuilder<KeyValuePair<YamlNode, YamlNode>>(children.Count / 2);
        for (var i = 0; i + 1 < children.Count; i += 2)
        {
            pairs.Add(new(children[i], children[i + 1]));
        }

        return pairs.ToImmutable();
    }

    private static string? AnchorOf(ParsingEvent e) =>
        e is NodeEvent { Anchor.IsEmpty: false } n ? n.Anchor.Value : null;

    private static int Line(ParsingEvent e) => (int)e.Start.Line;

    private static int Col(ParsingEvent e) => (int)e.Start.Column;

    /// <summary>YamlDotNet prefixes messages with the position, which we report separately.</summary>
    private static string Describe(YamlException ex)
    {
        var message = ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    private sealed class Open(ParsingEvent e, string? anchor)
    {
        public ParsingEvent Event { get; } = e;

        public string? Anchor { get; } = anchor;

        public List<YamlNode> Children { get; } = [];

        public long Cost { get; set; }
    }
}
