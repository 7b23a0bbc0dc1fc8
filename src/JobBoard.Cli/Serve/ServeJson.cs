using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobBoard.Cli.Serve;

/// <summary>The JSON the preview server sends to the browser (<see cref="Overlay"/>, <see cref="LiveReloadHub"/>),
/// generated at compile time: a native (AOT) build has no reflection for <c>JsonSerializer</c> to find the members with.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IEnumerable<Overlay.Entry>))]
[JsonSerializable(typeof(IEnumerable<string>))]
internal sealed partial class ServeJson : JsonSerializerContext;
