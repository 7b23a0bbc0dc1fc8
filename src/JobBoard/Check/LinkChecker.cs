using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace JobBoard.Check;

/// <summary>
/// Requests apply links the way a polite crawler does: HEAD first, at most
/// <see cref="MaxRequests"/> at once and <see cref="PerHost"/> per host, each request given up after a
/// timeout, redirects followed one by one so that a permanent move can be reported.
/// </summary>
public sealed class LinkChecker : IDisposable
{
    public const int MaxRequests = 8;

    /// <summary>Most postings of a board apply through the same applicant-tracking host, which
    /// would otherwise get all <see cref="MaxRequests"/> at once.</summary>
    public const int PerHost = 2;

    public const int MaxRedirects = 10;

    /// <summary>Enough for the text of any apply page; a page's closing notice comes before its footer.</summary>
    public const int BodyLimit = 256 * 1024;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public const string UserAgent = "JobBoard (apply link check)";

    private readonly HttpClient client;
    private readonly TimeSpan timeout;
    private readonly SemaphoreSlim requests = new(MaxRequests);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> hosts = new(StringComparer.OrdinalIgnoreCase);

    public LinkChecker(TimeSpan timeout)
    {
        this.timeout = timeout;
        client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = PerHost,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = timeout,
        })
        {
            // Each request has its own timeout, counted from when it is sent, not from when it was queued.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        // Names the tool, so a site's operator can tell these requests from a browser's.
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    /// <summary>
    /// The link's status. HEAD is enough to learn that a link is gone, but a 200 says nothing about
    /// the job: applicant-tracking systems answer a closed posting with a page that says so. So an
    /// HTML page is fetched again with GET and its text read for <see cref="ClosedJobPhrases"/>, on
    /// any host (a careers page on the employer's own site closes jobs the same way). GET is also
    /// the fallback when HEAD is refused (405, 501) or fails.
    /// </summary>
    public async Task<LinkStatus> CheckAsync(string url, DateTime now)
    {
        var start = new Uri(url);
        var host = hosts.GetOrAdd(start.IdnHost, _ => new SemaphoreSlim(PerHost));
        await host.WaitAsync();
        try
        {
            await requests.WaitAsync();
            try
            {
                var head = await Follow(start, HttpMethod.Head);
                var answer = head.Status is 0 or 405 or 501 || head.IsPage ? await Follow(start, HttpMethod.Get) : head;
                return new LinkStatus
                {
                    Url = url,
                    Status = answer.Status,
                    FinalUrl = answer.At.AbsoluteUri,
                    Redirect = answer.Redirect,
                    ClosedPhrase = answer.ClosedPhrase,
                    Problem = answer.Problem,
                    CheckedAt = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc),
                };
            }
            finally
            {
                requests.Release();
            }
        }
        finally
        {
            host.Release();
        }
    }

    /// <summary>What one method got, at the end of the redirects: a status (0 with a problem when none) and, for
    /// an HTML page read with GET, the closing phrase it says.</summary>
    private sealed record Answer(int Status, Uri At, int? Redirect, bool IsPage = false, string? ClosedPhrase = null, string? Problem = null);

    /// <summary>One request per hop until an answer that is no redirect.</summary>
    private async Task<Answer> Follow(Uri start, HttpMethod method)
    {
        var uri = start;
        int? redirect = null;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                using var request = new HttpRequestMessage(method, uri);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    redirect ??= status;
                    uri = new Uri(uri, location);
                    if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                    {
                        return new Answer(0, uri, redirect, Problem: "it redirects to a link that is not http or https");
                    }

                    continue;
                }

                var isPage = response.IsSuccessStatusCode && IsHtml(response.Content.Headers.ContentType);
                var phrase = isPage && method == HttpMethod.Get ? ClosedJobPhrases.Find(await ReadText(response, cancel.Token)) : null;
                return new Answer(status, uri, redirect, isPage, phrase);
            }
            catch (OperationCanceledException)
            {
                var seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
                return new Answer(0, uri, redirect, Problem: $"no answer within {seconds} s");
            }
            catch (HttpRequestException e)
            {
                return new Answer(0, uri, redirect, Problem: Describe(e));
            }
            catch (IOException)
            {
                return new Answer(0, uri, redirect, Problem: "the connection broke while the page was read");
            }
        }

        return new Answer(0, uri, redirect, Problem: $"more than {MaxRedirects} redirects");
    }

    /// <summary>A page or an answer that names no type (some servers leave it out of HEAD answers).</summary>
    private static bool IsHtml(MediaTypeHeaderValue? type) =>
        type?.MediaType is null || type.MediaType.Contains("html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first <see cref="BodyLimit"/> bytes (after decompression) as UTF-8: the phrases are
    /// found in any page whose text is ASCII around them, and a huge or endless body costs no more.</summary>
    private static async Task<string> ReadText(HttpResponseMessage response, CancellationToken cancel)
    {
        var buffer = new byte[BodyLimit];
        await using var body = await response.Content.ReadAsStreamAsync(cancel);
        var read = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancel);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static string Describe(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "its host name is not found",
        HttpRequestError.ConnectionError => "no connection to its server",
        HttpRequestError.SecureConnectionError => "no secure (TLS) connection to its server",
        HttpRequestError.ResponseEnded => "the server closed the connection without an answer",
        HttpRequestError.InvalidResponse => "the server's answer is not valid HTTP",
        _ => e.Message,
    };

    public void Dispose()
    {
        client.Dispose();
        requests.Dispose();
        foreach (var host in hosts.Values)
        {
            host.Dispose();
        }
    }
}
