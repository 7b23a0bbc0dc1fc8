using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace JobBoard.Model;

/// <summary>Content hashes of declared inputs (XXH128). A key is made of parts of fixed size (16 bytes), a
/// text being its own hash, so no two sequences of inputs run together into the same bytes.</summary>
public static class InputKey
{
    /// <summary>The key of a text; null has its own.</summary>
    public static UInt128 Of(string? text) =>
        text is null ? UInt128.MaxValue : XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>A key no other input has: for an input whose content is not known.</summary>
    public static UInt128 Fresh() => Of(Guid.NewGuid().ToString("N"));

    /// <summary>The key of a sequence of keys.</summary>
    public static UInt128 Of(params ReadOnlySpan<UInt128> parts) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(parts));

    /// <summary>Adds a sequence of numbers to a key being made, with its length: sequences of sequences
    /// that run together into the same numbers still differ.</summary>
    public static void Add(XxHash128 hash, ReadOnlySpan<int> numbers)
    {
        ReadOnlySpan<int> length = [numbers.Length];
        hash.Append(MemoryMarshal.AsBytes(length));
        hash.Append(MemoryMarshal.AsBytes(numbers));
    }
}
