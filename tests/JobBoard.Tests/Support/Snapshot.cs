using System.Runtime.CompilerServices;
using System.Text;

namespace JobBoard.Tests.Support;

/// <summary>
/// Snapshot assertions with Verify's conventions: <c>Name.verified.ext</c> beside the test is the
/// reviewed expectation; a mismatch writes <c>Name.received.ext</c> and fails with a diff.
/// Set JOBBOARD_ACCEPT=1 to accept every received file. A missing verified file always
/// fails, and under CI (the CI variable set) accepting is refused, so nothing passes silently.
/// </summary>
public static class Snapshot
{
    private const int Context = 3;

    public static void Verify(string actual, string name, string extension = "html", [CallerFilePath] string testFile = "")
    {
        var folder = Path.GetDirectoryName(testFile)!;
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");
        var ci = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        var accept = !ci && Environment.GetEnvironmentVariable("JOBBOARD_ACCEPT") == "1";

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        var message = expected is null
            ? $"No verified snapshot {Path.GetFileName(verified)}. Review {received} and rename it, or run with JOBBOARD_ACCEPT=1."
            : $"Snapshot {Path.GetFileName(verified)} differs (received file: {received}):\n{Diff(expected, actual)}";
        Assert.Fail(message);
    }

    /// <summary>The first differing region, with line numbers and a few lines of context.</summary>
    internal static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var first = 0;
        while (first < left.Length && first < right.Length && left[first] == right[first])
        {
            first++;
        }

        var lastLeft = left.Length - 1;
        var lastRight = right.Length - 1;
        while (lastLeft >= first && lastRight >= first && left[lastLeft] == right[lastRight])
        {
            lastLeft--;
            lastRight--;
        }

        var text = new StringBuilder();
        for (var i = Math.Max(0, first - Context); i < first; i++)
        {
            text.Append($"  {i + 1,5}  {left[i]}\n");
        }

        for (var i = first; i <= lastLeft && i < first + 40; i++)
        {
            text.Append($"- {i + 1,5}  {left[i]}\n");
        }

        for (var i = first; i <= lastRight && i < first + 40; i++)
        {
            text.Append($"+ {i + 1,5}  {right[i]}\n");
        }

        return text.ToString();
    }
}
