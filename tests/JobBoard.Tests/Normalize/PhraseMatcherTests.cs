using System.Text;
using System.Text.RegularExpressions;
using JobBoard.Normalize;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Normalize;

/// <summary>
/// A <see cref="PhraseMatcher"/> switches engines in the middle of a read, so its two engines must find
/// exactly the same matches: on every posting here and beside the repository, and on random runs of the words and
/// punctuation its phrases are made of (NonBacktracking has known differences around optional elements at a match's start).
/// </summary>
public sealed class PhraseMatcherTests
{
    public static TheoryData<int> Matchers => [.. Enumerable.Range(0, PostingNormalizer.Phrases.Length)];

    private static readonly string[] Words =
    [
        "remote", "Remote", "REMOTE", "location", "Lieu", "ort", ":", " : ", "\n", "\r\n", " ", "\t", "-", "_", "*", "**", "#", ">",
        "fully", "100", "%", "100 %", "work", "from", "anywhere", "in", "full", "time", "full-time", "part-time", "contract",
        "position", "role", "job", "a", "an", "paid", "internship", "1099", "12", "month", "year", "term", "fixed", "CDI", "cdi",
        "stage", "de", "3", "hybrid", "days", "per", "week", "office", "the", "not", "no", "telecommuting", "on-site", "onsite",
        "https://x.example/a", "www.", "a@b.example", "x.y@z-w.example", ".", ",", "é", "ß", "télétravail", "possible", "ok",
        "open to", "K", "İ", "vollzeit", "homeoffice", "möglich", "tiempo completo", "pełny etat",
    ];

    [Theory]
    [MemberData(nameof(Matchers))]
    public void Both_engines_find_the_same_matches(int index)
    {
        var matcher = PostingNormalizer.Phrases[index];
        Assert.NotSame(matcher.Generated, matcher.Automaton);
        var differences = Texts().Where(text => !Same(matcher.Generated, matcher.Automaton, text)).Take(3).ToList();
        Assert.True(differences.Count == 0, $"{matcher.Generated}: the engines differ on {string.Join(" | ", differences.Select(d => d.ReplaceLineEndings("\\n")))}");
    }

    [Fact]
    public void The_automaton_takes_over_once_the_generated_regex_has_spent_its_budget()
    {
        var text = "a remote job";
        var spendthrift = new PhraseMatcher(new Regex(@"\bremote\b", RegexOptions.IgnoreCase), TimeSpan.Zero);
        Assert.Same(spendthrift.Generated, spendthrift.Apply(text, (regex, _) => regex));
        var automaton = spendthrift.Apply(text, (regex, _) => regex);
        Assert.Same(spendthrift.Automaton, automaton);
        Assert.True(automaton.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.True(spendthrift.Apply(text, (regex, t) => regex.IsMatch(t)));

        spendthrift.Reset();
        Assert.Same(spendthrift.Generated, spendthrift.Apply(text, (regex, _) => regex));
        Assert.NotSame(automaton, spendthrift.Automaton);

        var patient = new PhraseMatcher(new Regex(@"\bremote\b", RegexOptions.IgnoreCase), TimeSpan.FromDays(1));
        var big = new string('x', 8_000_000);
        Assert.All(Enumerable.Range(0, 3), _ => Assert.Same(patient.Generated, patient.Apply(big, (regex, _) => regex)));
    }

    private static bool Same(Regex generated, Regex automaton, string text) =>
        generated.IsMatch(text) == automaton.IsMatch(text)
        && generated.Matches(text).Select(m => (m.Index, m.Length)).SequenceEqual(automaton.Matches(text).Select(m => (m.Index, m.Length)));

    /// <summary>The postings of the sample board, the fixtures, the seeds and the corpus (when beside the repository),
    /// then 20,000 random runs of <paramref name="words"/> (<see cref="Words"/> unless given) from a fixed seed.</summary>
    internal static IEnumerable<string> Texts(string[]? words = null)
    {
        words ??= Words;
        string?[] folders = [RepoPaths.Input, RepoPaths.Fixtures, RepoPaths.Seeds, RepoPaths.Corpus];
        foreach (var folder in folders.OfType<string>())
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f) is ".md" or ".txt" or ".markdown" or "" && new FileInfo(f).LinkTarget is null); // the fixtures hold link loops
            foreach (var file in files)
            {
                yield return File.ReadAllText(file);
            }
        }

        var random = new Random(19);
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            text.Clear();
            for (var count = random.Next(1, 14); count > 0; count--)
            {
                text.Append(words[random.Next(words.Length)]).Append(random.Next(3) == 0 ? " " : "");
            }

            yield return text.ToString();
        }
    }
}
