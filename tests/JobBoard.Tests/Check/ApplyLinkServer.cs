using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobBoard.Tests.Check;

/// <summary>
/// The apply pages of <c>check --links</c> tests: Kestrel on 127.0.0.1 answering as employers' sites
/// do (see <see cref="Routes"/>), recording every request as <c>METHOD /path</c>; and beside it a port
/// that accepts connections and never answers. No test touches the internet.
/// </summary>
public sealed class ApplyLinkServer : IAsyncDisposable
{
    /// <summary>Longer than any test's <c>--link-timeout</c>.</summary>
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(60);

    /// <summary>Path to what it answers.</summary>
    public static readonly IReadOnlyDictionary<string, RequestDelegate> Routes = new Dictionary<string, RequestDelegate>(StringComparer.Ordinal)
    {
        ["/open"] = context => Page(context, "<h1>Backend Engineer</h1><p>Apply below.</p>"),
        ["/moved"] = context => Redirect(context, StatusCodes.Status301MovedPermanently, "/open"),
        ["/found"] = context => Redirect(context, StatusCodes.Status302Found, "/open"),
        ["/gone-404"] = context => Status(context, StatusCodes.Status404NotFound),
        ["/gone-410"] = context => Status(context, StatusCodes.Status410Gone),
        ["/closed"] = context => Page(context, "<h1>Backend Engineer</h1><p>This job is no longer\n<b>accepting</b> applications.</p>"),
        ["/head-refused"] = context => context.Request.Method == HttpMethods.Head
            ? Status(context, StatusCodes.Status405MethodNotAllowed)
            : Page(context, "<h1>Backend Engineer</h1>"),
        ["/server-error"] = context => Status(context, StatusCodes.Status503ServiceUnavailable),
        ["/slow"] = async context =>
        {
            await Task.Delay(Slow, context.RequestAborted);
            await Page(context, "<h1>Too late</h1>");
        },
    };

    private readonly WebApplication app;
    private readonly TcpListener silent;

    private ApplyLinkServer(WebApplication app, string origin, TcpListener silent)
    {
        this.app = app;
        this.silent = silent;
        Origin = origin;
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c>, no trailing slash.</summary>
    public string Origin { get; }

    /// <summary>A link whose server accepts the connection and never answers.</summary>
    public string Never => $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/never";

    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> UserAgents { get; } = new();

    /// <summary>The most requests the server was answering at the same time.</summary>
    public int MostAtOnce { get; private set; }

    private int atOnce;

    public static async Task<ApplyLinkServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        ApplyLinkServer? server = null;
        app.Run(async context =>
        {
            server!.Requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
            server.UserAgents.Enqueue(context.Request.Headers.UserAgent.ToString());
            lock (server.Requests)
            {
                server.MostAtOnce = Math.Max(server.MostAtOnce, ++server.atOnce);
            }

            try
            {
                var path = context.Request.Path.Value ?? "";
                await (path.StartsWith("/busy-", StringComparison.Ordinal) ? Busy(context)
                    : Routes.TryGetValue(path, out var answer) ? answer(context)
                    : Status(context, StatusCodes.Status404NotFound));
            }
            finally
            {
                lock (server.Requests)
                {
                    server.atOnce--;
                }
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // Listening without ever accepting: the system completes the connection, nobody answers.
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        server = new ApplyLinkServer(app, address.TrimEnd('/'), silent);
        return server;
    }

    /// <summary>The requests made for one path, e.g. <c>["HEAD /open", "GET /open"]</c>.</summary>
    public IReadOnlyList<string> RequestsFor(string path) =>
        [.. Requests.Where(r => r.EndsWith(" " + path, StringComparison.Ordinal))];

    /// <summary><c>/busy-1</c>, <c>/busy-2</c>…: a page that takes a moment, so that requests made at once overlap.</summary>
    private static async Task Busy(HttpContext context)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(300), context.RequestAborted);
        await Page(context, "<h1>Backend Engineer</h1>");
    }

    private static Task Page(HttpContext context, string body)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"<!doctype html><html><head><title>Jobs</title></head><body>{body}</body></html>");
    }

    private static Task Redirect(HttpContext context, int status, string location)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        silent.Stop();
        silent.Dispose();
        await app.DisposeAsync();
    }
}
