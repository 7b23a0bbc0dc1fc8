using System.Threading.Channels;

namespace JobBoard.Tests.Serve;

/// <summary>A Server-Sent Events client for tests: connects, then hands out events in order.</summary>
public sealed class EventStream : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<(string Name, string Data)> events = Channel.CreateUnbounded<(string, string)>();
    private readonly TaskCompletionSource connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? reading;

    public static async Task<EventStream> Connect(Uri url)
    {
        var stream = new EventStream();
        stream.reading = stream.Read(url);
        await stream.connected.Task.WaitAsync(Patience);
        return stream;
    }

    /// <summary>The next event, which must arrive within <see cref="Patience"/>.</summary>
    public async Task<(string Name, string Data)> Next() =>
        await events.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>Skips events until one named <paramref name="name"/> arrives.</summary>
    public async Task<string> Until(string name)
    {
        while (true)
        {
            var (n, data) = await Next();
            if (n == name)
            {
                return data;
            }
        }
    }

    private async Task Read(Uri url)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, stop.Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            string? name = null;
            var data = "";
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith(": connected", StringComparison.Ordinal))
                {
                    connected.TrySetResult();
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line["data: ".Length..];
                }
                else if (line.Length == 0 && name is not null)
                {
                    events.Writer.TryWrite((name, data));
                    name = null;
                    data = "";
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            connected.TrySetException(e);
        }
        finally
        {
            events.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (reading is not null)
        {
            await reading;
        }

        http.Dispose();
        stop.Dispose();
    }
}
