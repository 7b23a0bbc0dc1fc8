using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace JobBoard.Cli.Serve;

/// <summary>
/// The HTTP side of <c>serve</c>: Kestrel serving the current <see cref="SiteSnapshot"/> from
/// memory, with pretty URLs, ETag / 304, the site's 404 page, GET and HEAD only, and the
/// live-reload script and event stream under <c>/__jobboard/</c>.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private PreviewServer(WebApplication app, Uri url)
    {
        this.app = app;
        Url = url;
    }

    /// <summary>Where the site is served, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Url { get; }

    /// <param name="host">An IP address or <c>localhost</c>.</param>
    /// <param name="port">0 picks a free port.</param>
    public static async Task<PreviewServer> StartAsync(string host, int port, Func<SiteSnapshot> site, LiveReloadHub hub)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (host == "localhost")
            {
                kestrel.ListenLocalhost(port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(host), port);
            }
        });
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();
        app.Lifetime.ApplicationStopping.Register(hub.Close);
        app.Run(context => Handle(context, site(), hub));
        await app.StartAsync();

        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var bound = new Uri(address);
        return new PreviewServer(app, new UriBuilder("http", host, bound.Port, "/").Uri);
    }

    public static bool IsValidHost(string host) => host == "localhost" || IPAddress.TryParse(host, out _);

    private static async Task Handle(HttpContext context, SiteSnapshot site, LiveReloadHub hub)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path == ReloadClient.EventsPath)
        {
            await hub.Stream(context);
            return;
        }

        if (path == ReloadClient.ScriptPath)
        {
            await Send(context, ReloadClient.Script, "text/javascript; charset=utf-8", StatusCodes.Status200OK);
            return;
        }

        var target = SitePath.Resolve(path);
        if (target.Refused)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (site.Find(target.File!) is { } file)
        {
            await Send(context, file.Content, SiteSnapshot.ContentType(file.Path), StatusCodes.Status200OK);
            return;
        }

        if (target.DirectoryFile is not null && site.Contains(target.DirectoryFile))
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = path + "/" + request.QueryString;
            return;
        }

        // Before the first good build there is no 404 page; a bare one still carries the overlay.
        var notFound = site.Find("404.html")?.Content ?? NoSiteYet;
        await Send(context, notFound, "text/html; charset=utf-8", StatusCodes.Status404NotFound);
    }

    private static readonly byte[] NoSiteYet =
        "<!doctype html>\n<title>Not found</title>\n<body><p>Not found: the site has not been built yet.</p></body>\n"u8.ToArray();

    private static async Task Send(HttpContext context, byte[] content, string contentType, int status)
    {
        var response = context.Response;
        var etag = SiteSnapshot.ETag(content);
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = etag;
        if (status == StatusCodes.Status200OK
            && context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var body = contentType.StartsWith("text/html", StringComparison.Ordinal) ? ReloadClient.Inject(content) : content;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
