using System.Net.Sockets;
using System.Text;

namespace JobBoard.Tests.Serve;

/// <summary>Sends a request target byte for byte (HttpClient would normalize <c>..</c> and slashes).</summary>
public static class RawHttp
{
    public static async Task<int> Status(Uri server, string target, string method = "GET")
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) ?? "";
        var parts = statusLine.Split(' ');
        return parts.Length > 1 && int.TryParse(parts[1], out var status) ? status : throw new InvalidDataException(statusLine);
    }
}
