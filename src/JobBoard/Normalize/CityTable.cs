using System.Globalization;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace JobBoard.Normalize;

/// <summary>
/// The cities of <c>cities.tsv</c> (name, country code, division code, population, other names separated by "|"; most
/// populous first), found by the <see cref="PlaceTable.Key"/> of any of their names. Loading indexes the UTF-8 rows
/// where they are, in a few large arrays: 23,000 rows and 25,000 other names would otherwise be some 150,000 small
/// objects, made at every start and copied by every garbage collection that follows. A row becomes a
/// <see cref="City"/> when a lookup first finds it.
/// </summary>
internal sealed class CityTable
{
    /// <summary>A name a row goes by: where it is in <see cref="rows"/>, and the next spelling whose key has the same hash.</summary>
    private record struct Spelling(int Row, int Start, int Length, int Next);

    private readonly byte[] rows;

    /// <summary>Where each row is in <see cref="rows"/>.</summary>
    private readonly List<Range> rowRanges;

    /// <summary>Each row's city, made when it is first found.</summary>
    private readonly City?[] made;

    /// <summary>The first and last spelling of each key's hash, chained in the order of the rows.</summary>
    private readonly Dictionary<ulong, (int First, int Last)> byKey;

    private readonly List<Spelling> spellings;

    /// <summary>The longest spelling's length in bytes: no key is longer in characters.</summary>
    private readonly int longest;

    private CityTable(byte[] rows, List<Range> rowRanges, Dictionary<ulong, (int, int)> byKey, List<Spelling> spellings, int longest)
    {
        (this.rows, this.rowRanges, this.byKey, this.spellings, this.longest) = (rows, rowRanges, byKey, spellings, longest);
        made = new City?[rowRanges.Count];
    }

    // Runs once per process, so tiered compilation would run its loop as unoptimized code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CityTable Read(byte[] rows)
    {
        var rowRanges = new List<Range>(24_000);
        var byKey = new Dictionary<ulong, (int First, int Last)>(50_000);
        var spellings = new List<Spelling>(50_000);
        var longest = 0;
        var text = new char[1024];
        var key = new char[2048];
        foreach (var range in rows.AsSpan().SplitAny(PlaceTable.LineBreaks))
        {
            var (start, length) = range.GetOffsetAndLength(rows.Length);
            if (length == 0)
            {
                continue;
            }

            if (text.Length < length)
            {
                text = new char[length]; // UTF-8 never decodes to more characters than bytes
                key = new char[2 * length]; // and a character folds to at most two
            }

            var row = rowRanges.Count;
            rowRanges.Add(range);
            var line = rows.AsSpan(start, length);
            var nameEnd = line.IndexOf((byte)'\t');
            Add(start, nameEnd);

            var others = start + nameEnd;
            for (var field = 1; field < 5; field++)
            {
                others += rows.AsSpan(others, start + length - others).IndexOf((byte)'\t') + 1;
            }

            foreach (var other in rows.AsSpan(others, start + length - others).Split((byte)'|'))
            {
                var (offset, otherLength) = other.GetOffsetAndLength(start + length - others);
                Add(others + offset, otherLength);
            }

            void Add(int spellingStart, int spellingLength)
            {
                var folded = Folded(rows.AsSpan(spellingStart, spellingLength), text, key);
                if (folded.IsEmpty)
                {
                    return; // a name in another script ("Зуунмод") has no Latin key: "..." must not find it
                }

                longest = Math.Max(longest, spellingLength);
                var index = spellings.Count;
                spellings.Add(new Spelling(row, spellingStart, spellingLength, -1));
                ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(byKey, Hash(folded), out var exists);
                if (exists)
                {
                    CollectionsMarshal.AsSpan(spellings)[chain.Last].Next = index;
                    chain.Last = index;
                }
                else
                {
                    chain = (index, index);
                }
            }
        }

        return new CityTable(rows, rowRanges, byKey, spellings, longest);
    }

    /// <summary>The cities that go by a name with this key, most populous first.</summary>
    public IReadOnlyList<City> Named(ReadOnlySpan<char> key)
    {
        var found = new List<City>();
        foreach (var spelling in Spellings(key))
        {
            // A city's other names may fold to its name's key ("München", "Munchen"): it is listed once.
            if (City(spelling.Row) is var city && (found.Count == 0 || found[^1] != city))
            {
                found.Add(city);
            }
        }

        return found;
    }

    /// <summary>Another row of the same country has a name with the same key ("Austin", US).</summary>
    public bool SharesName(City city)
    {
        var named = 0;
        foreach (var spelling in Spellings(PlaceTable.Key(city.Name)))
        {
            if (spelling.Start == rowRanges[spelling.Row].GetOffsetAndLength(rows.Length).Offset
                && City(spelling.Row).Country == city.Country && ++named == 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The spellings whose key is <paramref name="key"/>: those of its hash, each folded again to rule out another key with the same hash.</summary>
    private List<Spelling> Spellings(ReadOnlySpan<char> key)
    {
        var matching = new List<Spelling>();
        if (key.IsEmpty || !byKey.TryGetValue(Hash(key), out var chain))
        {
            return matching;
        }

        Span<char> text = longest <= 512 ? stackalloc char[longest] : new char[longest];
        Span<char> folded = longest <= 512 ? stackalloc char[2 * longest] : new char[2 * longest];
        for (var index = chain.First; index >= 0; index = spellings[index].Next)
        {
            var spelling = spellings[index];
            if (Folded(rows.AsSpan(spelling.Start, spelling.Length), text, folded).SequenceEqual(key))
            {
                matching.Add(spelling);
            }
        }

        return matching;
    }

    private City City(int row)
    {
        if (made[row] is { } city)
        {
            return city;
        }

        Span<Range> field = stackalloc Range[5];
        var line = Encoding.UTF8.GetString(rows.AsSpan(rowRanges[row]));
        line.AsSpan().Split(field, '\t');
        city = new City(
            line[field[0]], line[field[1]], line[field[2]], int.Parse(line.AsSpan(field[3]), CultureInfo.InvariantCulture));
        return Interlocked.CompareExchange(ref made[row], city, null) ?? city;
    }

    /// <summary>The key of a UTF-8 spelling: decoded into <paramref name="text"/> (as many characters as bytes), folded
    /// into <paramref name="key"/> (twice as many).</summary>
    private static Span<char> Folded(ReadOnlySpan<byte> utf8, Span<char> text, Span<char> key) =>
        key[..PlaceTable.Fold(text[..Encoding.UTF8.GetChars(utf8, text)], key)];

    private static ulong Hash(ReadOnlySpan<char> key) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key));
}
