namespace JobBoard.Ingest;

/// <summary>A posting file as read from disk, decoded to text.</summary>
/// <param name="Path">Path relative to the input folder, forward slashes (e.g. <c>jobs/x.md</c>).</param>
/// <param name="Text">Decoded text; line endings normalized to <c>\n</c>, no BOM.</param>
public sealed record SourceFile(string Path, string Text);
