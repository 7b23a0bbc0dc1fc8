using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace JobBoard.Cli.Serve;

/// <summary>
/// Server-Sent Events to every open tab. Each connection gets its own queue; a new connection
/// first receives the current overlay state, so a tab opened on a broken build shows the errors.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly Lock gate = new();
    private readonly HashSet<Channel<string>> clients = [];
    private string? state;
    private bool closed;

    public int ClientCount
    {
        get
        {
            lock (gate)
            {
                return clients.Count;
            }
        }
    }

    /// <summary>Tells every tab to reload.</summary>
    public void Reload() => Publish(Format("reload", "{}"), state: null);

    /// <summary>Tells every tab to swap its stylesheets for these URLs.</summary>
    public void SwapStylesheets(IEnumerable<string> urls) =>
        Publish(Format("css", System.Text.Json.JsonSerializer.Serialize(urls, ServeJson.Default.IEnumerableString)), state: null);

    /// <summary>Shows the overlay in every tab, now and in tabs opened later, until the next good build.</summary>
    public void ShowErrors(string overlayJson)
    {
        var message = Format("errors", overlayJson);
        Publish(message, message);
    }

    /// <summary>Removes the overlay (a fixed file whose site is the same as the last good one).</summary>
    public void ClearErrors() => Publish(Format("ok", "{}"), state: null);

    /// <summary>Ends every connection (server shutdown).</summary>
    public void Close()
    {
        lock (gate)
        {
            closed = true;
            foreach (var client in clients)
            {
                client.Writer.TryComplete();
            }

            clients.Clear();
        }
    }

    /// <summary>Streams events to one client until it disconnects or the hub closes.</summary>
    public async Task Stream(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            channel.Writer.TryWrite(": connected\nretry: 500\n\n");
            if (state is not null)
            {
                channel.Writer.TryWrite(state);
            }

            clients.Add(channel);
        }

        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab was closed.
        }
        finally
        {
            lock (gate)
            {
                clients.Remove(channel);
            }
        }
    }

    private void Publish(string message, string? state)
    {
        lock (gate)
        {
            this.state = state;
            foreach (var client in clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    private static string Format(string name, string data) => $"event: {name}\ndata: {data}\n\n";
}
