using System.Diagnostics.Metrics;
using System.Globalization;

namespace JobBoard.Tests.Serve;

/// <summary>
/// The connections Kestrel itself holds open on one port, from its <c>kestrel.active_connections</c>
/// metric: what the server still keeps after every client has gone is a leak. The metric is tagged
/// with the port, so other servers in the same test process do not count.
/// </summary>
public sealed class KestrelConnections : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly string port;
    private long active;
    private long opened;

    /// <summary>Start before the first connection: connections opened earlier are not seen.</summary>
    public KestrelConnections(int port)
    {
        this.port = port.ToString(CultureInfo.InvariantCulture);
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument is { Name: "kestrel.active_connections", Meter.Name: "Microsoft.AspNetCore.Server.Kestrel" })
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>(OnMeasurement);
        listener.Start();
    }

    /// <summary>Whether Kestrel reported anything yet (the metric is live).</summary>
    public bool Seen => Interlocked.Read(ref opened) > 0;

    public long Opened => Interlocked.Read(ref opened);

    public long Active => Interlocked.Read(ref active);

    /// <summary>Waits for the open connections to drop to zero (the server notices closed sockets
    /// asynchronously) and returns how many are still open when it does or patience runs out.</summary>
    public async Task<long> SettleAsync(TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (Active > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return Active;
    }

    private void OnMeasurement(Instrument instrument, long delta, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "server.port" && Convert.ToString(tag.Value, CultureInfo.InvariantCulture) == port)
            {
                Interlocked.Add(ref active, delta);
                if (delta > 0)
                {
                    Interlocked.Add(ref opened, delta);
                }

                return;
            }
        }
    }

    public void Dispose() => listener.Dispose();
}
