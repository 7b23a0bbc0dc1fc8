using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace JobBoard.Ingest;

/// <summary>
/// Builds the front-matter tree (<see cref="YamlNode"/>, the shape every front matter is flattened
/// from) out of JSON front matter, as scrapers and Hugo write it: <c>---{…}---</c> or a bare
/// <c>{…}</c> at the top of the file. Positions are 1-based lines and columns of the JSON text;
/// the limits of <see cref="YamlTree"/> apply.
/// </summary>
internal static class JsonTree
{
    private static readonly JsonReaderOptions Options = new()
    {
        MaxDepth = YamlTree.MaxDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static (YamlNode? Root, YamlProblem? Problem) Parse(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, Options);
        var nodes = 0L;
        try
        {
            if (!reader.Read())
            {
                return (null, null);
            }

            var root = Node(ref reader, lineStarts, bytes, ref nodes);
            return nodes > YamlTree.MaxNodes
                ? (null, new YamlProblem(true, $"JSON has more than {YamlTree.MaxNodes} values", 1, 1))
                : (root, null);
        }
        catch (JsonException e)
        {
            var message = e.Message.Contains("maximum configured depth", StringComparison.Ordinal)
                ? $"JSON is nested deeper than {YamlTree.MaxDepth} levels"
                : Describe(e.Message);
            return (null, new YamlProblem(message.StartsWith("JSON is nested", StringComparison.Ordinal),
                message, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1));
        }
    }

    private static YamlNode Node(ref Utf8JsonReader reader, int[] lineStarts, byte[] bytes, ref long nodes)
    {
        var (line, column) = Position(reader.TokenStartIndex, lineStarts, bytes);
        if (++nodes > YamlTree.MaxNodes)
        {
            reader.Skip();
            return new YamlScalar(string.Empty, true, line, column);
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var pairs = ImmutableArray.CreateBuilder<KeyValuePair<YamlNode, YamlNode>>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var (keyLine, keyColumn) = Position(reader.TokenStartIndex, lineStarts, bytes);
                    var key = new YamlScalar(reader.GetString()!, false, keyLine, keyColumn);
                    reader.Read();
                    pairs.Add(new(key, Node(ref reader, lineStarts, bytes, ref nodes)));
                }

                return new YamlMapping(pairs.ToImmutable(), line, column);
            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<YamlNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Node(ref reader, lineStarts, bytes, ref nodes));
                }

                return new YamlSequence(items.ToImmutable(), line, column);
            case JsonTokenType.String:
                return new YamlScalar(reader.GetString()!, false, line, column);
            case JsonTokenType.Null:
                return new YamlScalar(string.Empty, true, line, column);
            default:
                // Numbers as written (no double rounding), true and false.
                return new YamlScalar(Encoding.UTF8.GetString(reader.ValueSpan), false, line, column);
        }
    }

    private static int[] LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>1-based line and column (in characters) of a byte offset.</summary>
    private static (int Line, int Column) Position(long offset, int[] lineStarts, byte[] bytes)
    {
        var index = Array.BinarySearch(lineStarts, (int)offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = lineStarts[line];
        return (line + 1, Encoding.UTF8.GetCharCount(bytes, start, (int)offset - start) + 1);
    }

    /// <summary>System.Text.Json appends the position ("… LineNumber: 2 | BytePositionInLine: 4."), reported separately.</summary>
    private static string Describe(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
