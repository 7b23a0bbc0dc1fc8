using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// The old URLs of a posting (<c>redirect_from</c>, set when its slug is renamed), each as a plain site path
/// <c>/a/b/</c>. Netlify's <c>_redirects</c> reads <c>*</c>, <c>:name</c>, <c>!</c>, query strings and white
/// space as syntax, so a value holding them could redirect pages the posting does not own
/// (<c>/:splat</c>, <c>*</c>); the site root is never an old URL either. Such a value is an error.
/// A full http(s) URL of the old site keeps only its path.
/// </summary>
internal static class RedirectNormalizer
{
    public static ImmutableArray<string> Normalize(FieldCandidates fields, NormalizeContext context)
    {
        var paths = new List<string>();
        foreach (var field in fields.All(PostingField.RedirectFrom))
        {
            foreach (var value in field.Values.Select(PostingNormalizer.Clean).Where(v => v.Length > 0))
            {
                if (PlainPath(value) is { } path)
                {
                    paths.Add(path);
                    continue;
                }

                context.Error(DiagnosticCodes.UnsafeRedirect, field.Line,
                    $"redirect_from '{PostingNormalizer.Shorten(value)}' is not a plain path of an old page",
                    "write the old page's path, e.g. /jobs/old-slug/ (letters, digits, - _ . ~ between slashes)", field.Column);
            }
        }

        return [.. paths.Distinct(StringComparer.Ordinal)];
    }

    /// <summary><c>/a/b/</c> when every segment of the value's path is plain (letters, digits, <c>- _ . ~</c>,
    /// not <c>.</c> or <c>..</c>); null for anything else, the site root and empty segments (<c>//</c>) included.</summary>
    public static string? PlainPath(string value)
    {
        var path = value;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
            {
                return null;
            }

            path = uri.AbsolutePath;
        }

        var segments = path.Trim('/').Split('/');
        return segments.All(IsPlainSegment) ? "/" + string.Join('/', segments) + "/" : null;
    }

    private static bool IsPlainSegment(string segment) =>
        segment.Length > 0 && segment is not ("." or "..")
        && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~');
}
