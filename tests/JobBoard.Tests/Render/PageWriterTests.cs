using System.Text;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Tests.Render;

/// <summary>
/// <see cref="PageWriter"/> encodes a page as it is written, a character, a string or markup at a time: its bytes must be
/// those the whole text encoded at once makes, whatever the writes, with surrogate pairs split across two of them and
/// surrogates left alone.
/// </summary>
public sealed class PageWriterTests
{
    private static readonly string[] Pieces =
    [
        "<p>", "a", "Zürich", "東京", "🚀", "\uD83D", "\uDE80", "&amp;", " ", "\n", "é", "\uD800x", "",
    ];

    [Fact]
    public void Its_bytes_are_the_whole_text_encoded_at_once()
    {
        var random = new Random(19);
        var writer = new PageWriter();
        var differ = new List<string>();
        for (var i = 0; i < 20_000 && differ.Count < 3; i++)
        {
            writer.Clear();
            var text = new StringBuilder();
            var writes = new List<string>();
            for (var count = random.Next(1, 12); count > 0; count--)
            {
                var piece = Pieces[random.Next(Pieces.Length)];
                text.Append(piece);
                var how = random.Next(4);
                writes.Add(new[] { "string", "chars", "array", "markup" }[how] + " " + Escaped(piece));
                switch (how)
                {
                    case 0:
                        writer.Write(piece);
                        break;
                    case 1:
                        foreach (var c in piece)
                        {
                            writer.Write(c);
                        }

                        break;
                    case 2:
                        writer.Write(piece.ToCharArray(), 0, piece.Length);
                        break;
                    default:
                        // Markup is kept as UTF-8, so what it holds is the piece's text encoded alone.
                        var utf8 = OutputFile.Utf8.GetBytes(piece);
                        new Markup(utf8).WriteTo(writer);
                        text.Remove(text.Length - piece.Length, piece.Length).Append(Encoding.UTF8.GetString(utf8));
                        break;
                }
            }

            if (!writer.Written.Span.SequenceEqual(OutputFile.Utf8.GetBytes(text.ToString())))
            {
                differ.Add(string.Join(", ", writes));
            }
        }

        Assert.True(differ.Count == 0, $"the writer's bytes differ for: {string.Join(" | ", differ)}");
    }

    [Fact]
    public void Clearing_starts_a_new_page()
    {
        var writer = new PageWriter();
        writer.Write("first \uD83D");
        writer.Clear();
        writer.Write('\uDE80');
        writer.Write("new");

        Assert.Equal(OutputFile.Utf8.GetBytes("\uDE80new"), writer.Written.ToArray());
    }

    private static string Escaped(string text) =>
        string.Concat(text.Select(c => char.IsSurrogate(c) || char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
