using System.Collections.Immutable;
using System.Globalization;
using Tomlyn;
using Tomlyn.Parsing;

namespace JobBoard.Ingest;

/// <summary>
/// Builds the front-matter tree (<see cref="YamlNode"/>, the shape every front matter is flattened
/// from) out of Hugo's TOML front matter (<c>+++</c> fences), from Tomlyn's parse events. Positions
/// are 1-based lines and columns of the TOML text; the limits of <see cref="YamlTree"/> apply.
/// </summary>
internal static class TomlTree
{
    public static (YamlNode? Root, YamlProblem? Problem) Parse(string toml)
    {
        var stack = new Stack<(bool IsTable, int Line, int Column, List<YamlNode> Children)>();
        YamlNode? root = null;
        var nodes = 0L;
        var (keyLine, keyColumn) = (1, 1);
        try
        {
            var parser = TomlParser.Create(toml);
            while (parser.MoveNext())
            {
                var e = parser.Current;
                // Tables opened by a [header] carry no position: the key before them has it.
                var (line, column) = e.Line > 0 ? (e.Line, e.Column) : (keyLine, keyColumn);
                YamlNode? node = null;
                switch (e.Kind)
                {
                    case TomlParseEventKind.StartTable or TomlParseEventKind.StartArray:
                        if (stack.Count >= YamlTree.MaxDepth)
                        {
                            return (null, new YamlProblem(true, $"TOML is nested deeper than {YamlTree.MaxDepth} levels", line, column));
                        }

                        stack.Push((e.Kind == TomlParseEventKind.StartTable, line, column, []));
                        break;
                    case TomlParseEventKind.EndTable or TomlParseEventKind.EndArray:
                        var open = stack.Pop();
                        node = open.IsTable
                            ? new YamlMapping(YamlTree.Pair(open.Children), open.Line, open.Column)
                            : new YamlSequence([.. open.Children], open.Line, open.Column);
                        break;
                    case TomlParseEventKind.PropertyName:
                        (keyLine, keyColumn) = (line, column);
                        node = new YamlScalar(parser.GetPropertyName(), false, line, column);
                        break;
                    case TomlParseEventKind.String:
                        node = new YamlScalar(parser.GetString(), false, line, column);
                        break;
                    case TomlParseEventKind.Integer:
                        node = new YamlScalar(e.GetInt64().ToString(CultureInfo.InvariantCulture), false, line, column);
                        break;
                    case TomlParseEventKind.Float:
                        node = new YamlScalar(e.GetDouble().ToString("R", CultureInfo.InvariantCulture), false, line, column);
                        break;
                    case TomlParseEventKind.Boolean:
                        node = new YamlScalar(e.GetBoolean() ? "true" : "false", false, line, column);
                        break;
                    case TomlParseEventKind.DateTime:
                        node = new YamlScalar(e.GetTomlDateTime().ToString(), false, line, column);
                        break;
                }

                if (node is null)
                {
                    continue;
                }

                if (++nodes > YamlTree.MaxNodes)
                {
                    return (null, new YamlProblem(true, $"TOML has more than {YamlTree.MaxNodes} values", line, column));
                }

                if (stack.TryPeek(out var parent))
                {
                    parent.Children.Add(node);
                }
                else
                {
                    root = node;
                }
            }
        }
        catch (TomlException e)
        {
            // Tomlyn lists every problem, one a line, each as "(line,column) : error : text": the first says it.
            var message = e.Message.Split('\n')[0].Trim();
            var cut = message.IndexOf(" : error : ", StringComparison.Ordinal);
            return (null, new YamlProblem(false, cut >= 0 ? message[(cut + 11)..] : message, Math.Max(e.Line ?? 1, 1), Math.Max(e.Column ?? 1, 1)));
        }

        return (root, null);
    }
}
