using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// The skill vocabulary of the board (<c>input/taxonomy.yml</c>): maps the many spellings
/// of a skill to one canonical tag id, and finds skills mentioned in prose. All lookup
/// tables are built once here, so each call is a handful of dictionary probes.
/// </summary>
public sealed class Taxonomy
{
    private readonly FrozenDictionary<string, string> _names;
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _synonyms;
    private readonly FrozenDictionary<string, string> _anyWord;
    private readonly FrozenDictionary<string, string> _proseWord;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _ambiguousLookup;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _proseLookup;
    private readonly FrozenSet<string> _prosePrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prosePrefixLookup;
    private readonly int _maxProseWords;

    /// <summary><see cref="Nearest"/>'s answers by skill key: a board repeats its few unknown tags in many postings,
    /// and each answer scans the whole vocabulary.</summary>
    private readonly ConcurrentDictionary<string, string?> _nearest = new(StringComparer.Ordinal);

    private Taxonomy(IEnumerable<SkillEntry> entries)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var synonyms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var anyWord = new Dictionary<string, string>(StringComparer.Ordinal);
        var proseWord = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguousWord = new Dictionary<string, string>(StringComparer.Ordinal);
        var prosePrefixes = new HashSet<string>(StringComparer.Ordinal);
        var maxProseWords = 1;
        foreach (var entry in entries)
        {
            if (!names.TryAdd(entry.Id, entry.Name))
            {
                continue;
            }

            synonyms[entry.Id] = entry.Synonyms;

            foreach (var word in entry.Words)
            {
                var key = SkillKey.Of(word);
                // The reader rejects a spelling claimed by two skills; first come wins here regardless.
                if (key.Length == 0 || !string.Equals(anyWord.GetValueOrDefault(key, entry.Id), entry.Id, StringComparison.Ordinal))
                {
                    continue;
                }

                anyWord[key] = entry.Id;
                if (entry.AmbiguousWords.Contains(key))
                {
                    ambiguousWord[key] = entry.Id;
                    continue;
                }

                // Every spelling adds its phrase prefixes: "Node.js" and "nodejs" share a key, not words.
                proseWord[key] = entry.Id;
                maxProseWords = Math.Max(maxProseWords, AddPrefixes(word, prosePrefixes));
            }
        }

        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
        _synonyms = synonyms.ToFrozenDictionary(StringComparer.Ordinal);
        _anyWord = anyWord.ToFrozenDictionary(StringComparer.Ordinal);
        _proseWord = proseWord.ToFrozenDictionary(StringComparer.Ordinal);
        _proseLookup = _proseWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _ambiguousLookup = ambiguousWord.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _maxProseWords = maxProseWords;
        _prosePrefixes = prosePrefixes.ToFrozenSet(StringComparer.Ordinal);
        _prosePrefixLookup = _prosePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

        // Records the keys of the first words of a phrase ("spring" of "Spring Boot"), so a
        // prose window only grows while it can still become a phrase: most words stop at one probe.
        static int AddPrefixes(string phrase, HashSet<string> into)
        {
            var tokens = ProseTokenizer.Tokenize(phrase);
            Span<char> key = stackalloc char[SkillKey.MaxLength];
            var length = 0;
            for (var n = 0; n < tokens.Count - 1; n++)
            {
                if (!SkillKey.Append(phrase.AsSpan(tokens[n].Start, tokens[n].Length), key, ref length))
                {
                    break;
                }

                into.Add(new string(key[..length]));
            }

            return tokens.Count;
        }
    }

    /// <summary>A taxonomy that knows no skill: every tag is kept as its slug.</summary>
    public static Taxonomy Empty { get; } = new([]);

    /// <summary>The other spellings of a skill (<c>k8s</c> for <c>kubernetes</c>): search finds its jobs by them too.</summary>
    public IReadOnlyList<string> Synonyms(string id) => _synonyms.GetValueOrDefault(id) ?? [];

    /// <summary>Number of skills.</summary>
    public int Count => _names.Count;

    /// <summary>
    /// Reads a taxonomy file. Bad YAML gives no value; a bad entry is reported and skipped.
    /// Every problem is a JB0401 error with its line. Never throws.
    /// </summary>
    public static Outcome<Taxonomy> Parse(string yaml, string file)
    {
        var (entries, diagnostics) = TaxonomyReader.Read(yaml, file);
        return new Outcome<Taxonomy>(entries is { } list ? new Taxonomy(list) : null, diagnostics);
    }

    /// <summary>
    /// The canonical id of a tag as written: <c>#reactjs</c>, <c>React.js</c> and <c>ReactJS</c>
    /// are all <c>react</c>; <c>AWS (EC2, RDS)</c> is <c>aws</c>; <c>Python 3.12</c> is
    /// <c>python</c>. An unknown tag becomes its slug, with <see cref="TagMatch.Known"/> false.
    /// </summary>
    public TagMatch Canonicalize(string raw)
    {
        var text = StripDecorations(raw.AsSpan());
        if (_anyWord.Count > 0)
        {
            if (_anyWord.TryGetValue(SkillKey.Of(text), out var id))
            {
                return new TagMatch(id, true);
            }

            var unversioned = StripVersion(text);
            if (unversioned.Length < text.Length && _anyWord.TryGetValue(SkillKey.Of(unversioned), out id))
            {
                return new TagMatch(id, true);
            }
        }

        return new TagMatch(Slugger.Slugify(text.ToString()), false);
    }

    /// <summary>The display name of a canonical id, or the id itself when unknown.</summary>
    public string DisplayName(string id) => _names.TryGetValue(id, out var name) ? name : id;

    /// <summary>Whether <paramref name="id"/> is a canonical id of this taxonomy.</summary>
    public bool IsKnown(string id) => _names.ContainsKey(id);

    /// <summary>
    /// The canonical ids of the skills mentioned in <paramref name="text"/>, distinct, in order
    /// of first mention. Ambiguous words ("go", "rest", "spring") are skipped, since in prose they
    /// are usually English, unless they are capitalized and listed with a skill: in "Git and GitHub"
    /// or "(Python, Shell)" the word is the tool. The longest phrase wins, so "Kafka Streams" is kafka-streams.
    /// </summary>
    public ImmutableArray<string> FindInText(string text)
    {
        if (string.IsNullOrEmpty(text) || _proseWord.Count == 0)
        {
            return [];
        }

        var tokens = ProseTokenizer.Tokenize(text);
        var found = ImmutableArray.CreateBuilder<string>();
        var skills = new List<(int First, int Last)>();
        var ambiguous = new List<(int Token, string Id)>();
        Span<char> key = stackalloc char[SkillKey.MaxLength];
        var i = 0;
        while (i < tokens.Count)
        {
            string? bestId = null;
            var bestLength = 1;
            var length = 0;
            var wordLength = 0;
            for (var n = 0; n < _maxProseWords && i + n < tokens.Count; n++)
            {
                var token = tokens[i + n];
                if (!SkillKey.Append(text.AsSpan(token.Start, token.Length), key, ref length))
                {
                    break;
                }

                wordLength = n == 0 ? length : wordLength;

                if (_proseLookup.TryGetValue(key[..length], out var id))
                {
                    bestId = id;
                    bestLength = n + 1;
                }

                if (!token.JoinsNext || !_prosePrefixLookup.Contains(key[..length]))
                {
                    break;
                }
            }

            if (bestId is not null)
            {
                skills.Add((i, i + bestLength - 1));
                if (!found.Contains(bestId))
                {
                    found.Add(bestId);
                }
            }
            else if (wordLength > 0 && char.IsUpper(text[tokens[i].Start]) && _ambiguousLookup.TryGetValue(key[..wordLength], out var word))
            {
                ambiguous.Add((i, word));
            }

            i += bestLength;
        }

        foreach (var (token, id) in ambiguous)
        {
            if (!found.Contains(id) && skills.Exists(skill => ListedTogether(text, tokens, skill.Last, token) || ListedTogether(text, tokens, token, skill.First)))
            {
                found.Add(id);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Words that join two items of a list, in the languages of the key tables.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Conjunctions = FrozenSet.ToFrozenSet(
        ["and", "or", "und", "oder", "et", "ou", "y", "o", "e", "en", "och", "eller", "i", "lub"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the word ending at token <paramref name="left"/> and the one starting at <paramref name="right"/>
    /// are neighbouring items of one list: "Git, GitHub", "Git and GitHub", "Git &amp; GitHub", on one line.
    /// </summary>
    private static bool ListedTogether(string text, List<ProseToken> tokens, int left, int right)
    {
        if (right == left + 2 && Conjunctions.Contains(text.AsSpan(tokens[left + 1].Start, tokens[left + 1].Length)))
        {
            return Gap(left).IsWhiteSpace() && Gap(left + 1).IsWhiteSpace() && OneLine(left, right);
        }

        return right == left + 1 && Gap(left).Trim() is [',' or '&' or ';' or '+'] && OneLine(left, right);

        bool OneLine(int from, int to) => text.AsSpan(tokens[from].Start, tokens[to].Start - tokens[from].Start).IndexOf('\n') < 0;

        ReadOnlySpan<char> Gap(int token)
        {
            var end = tokens[token].Start + tokens[token].Length;
            return text.AsSpan(end, tokens[token + 1].Start - end);
        }
    }

    /// <summary>
    /// The known id closest to <paramref name="id"/> in spelling (any synonym counts), for
    /// "did you mean" hints; null when nothing is close enough to be a plausible typo.
    /// </summary>
    public string? Nearest(string id)
    {
        var key = SkillKey.Of(id);
        if (key.Length < 3)
        {
            return null;
        }

        return _anyWord.TryGetValue(key, out var exact) ? exact : _nearest.GetOrAdd(key, Closest);
    }

    private string? Closest(string key)
    {
        // Short words tolerate one typo; longer ones a few. More would suggest unrelated skills.
        var budget = key.Length <= 5 ? 1 : key.Length <= 9 ? 2 : 3;
        string? best = null;
        var bestDistance = budget + 1;
        foreach (var (candidate, candidateId) in _anyWord)
        {
            var distance = EditDistance.Bounded(key, candidate, bestDistance);
            if (distance < bestDistance
                || (distance == bestDistance && best is not null && string.CompareOrdinal(candidateId, best) < 0))
            {
                best = candidateId;
                bestDistance = distance;
            }
        }

        return bestDistance <= budget ? best : null;
    }

    /// <summary>
    /// Removes what authors wrap around a tag: a hashtag mark and trailing details in
    /// parentheses, as in "AWS (EC2, RDS, Lambda)".
    /// </summary>
    private static ReadOnlySpan<char> StripDecorations(ReadOnlySpan<char> text)
    {
        text = text.Trim().TrimStart('#').Trim();
        while (text.Length > 0 && text[^1] == ')')
        {
            var open = text.LastIndexOf('(');
            if (open <= 0 || text[..open].Trim().Length == 0)
            {
                break;
            }

            text = text[..open].Trim();
        }

        return text;
    }

    /// <summary>"Python 3.12", "Vue 3", "Java 17+" name the skill plus a version.</summary>
    private static ReadOnlySpan<char> StripVersion(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        if (space <= 0)
        {
            return text;
        }

        var last = text[(space + 1)..].TrimStart('v').TrimEnd('+').TrimEnd('x');
        if (last.Length == 0 || !char.IsAsciiDigit(last[0]))
        {
            return text;
        }

        foreach (var c in last)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return text;
            }
        }

        return text[..space].TrimEnd();
    }
}
