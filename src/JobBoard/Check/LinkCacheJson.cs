using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobBoard.Check;

/// <summary><see cref="LinkCache"/>'s file format, generated at compile time: a native (AOT) build has no reflection
/// for <c>JsonSerializer</c> to find the members with.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LinkStatus[]))]
internal sealed partial class LinkCacheJson : JsonSerializerContext;
