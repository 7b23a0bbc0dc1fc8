using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace JobBoard.Tests.Support;

/// <summary>
/// A built site served as a static host would: Kestrel on 127.0.0.1 on a free port, index.html
/// for folders, 404 otherwise. Records every requested path (the benchmark sums their bytes).
/// Optional response headers (e.g. the CSP from netlify.toml) are added to every response.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, string origin)
    {
        this.app = app;
        Origin = origin;
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c>, no trailing slash.</summary>
    public string Origin { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<StaticSiteServer> StartAsync(string root, IReadOnlyDictionary<string, string>? headers = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        StaticSiteServer? server = null;
        app.Use((context, next) =>
        {
            server?.Requests.Enqueue(context.Request.Path.Value ?? "");
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new StaticSiteServer(app, address.TrimEnd('/'));
        return server;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
