namespace JobBoard.Model;

/// <summary>
/// Which link targets a posting may use: absolute http, https and mailto only. Relative links
/// in a posting point at the employer's site, not ours, and every other scheme
/// (javascript:, data:, vbscript:, file:) is a way to run script or leak data.
/// </summary>
public static class UrlPolicy
{
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(char.IsControl))
        {
            return false;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme switch
        {
            "http" or "https" => uri.Host.Length > 0,
            "mailto" => uri.OriginalString.Length > "mailto:".Length,
            _ => false,
        };
    }
}
