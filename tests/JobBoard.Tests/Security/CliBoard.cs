using JobBoard.Tests.Support;

namespace JobBoard.Tests.Security;

/// <summary>A board of a few postings in a temp folder, built by the real <c>jobboard</c> executable into <c>out/</c>.</summary>
internal sealed class CliBoard : IDisposable
{
    private readonly TempFolder temp = new();

    /// <param name="postings">File names under <c>input/jobs/</c> and their text.</param>
    public CliBoard(params (string File, string Text)[] postings)
    {
        temp.Write("input/site.yml", "title: Board\nbaseUrl: https://board.example.org/\n");
        foreach (var (file, text) in postings)
        {
            temp.Write("input/jobs/" + file, text);
        }
    }

    /// <summary>Runs <c>build</c> into <c>out/</c> with <paramref name="args"/> added; diagnostics go to standard error.</summary>
    public Cli.Result Build(string[] args, IDictionary<string, string>? environment = null) =>
        Cli.Run(["build", "--input", temp.Combine("input"), "--theme", RepoPaths.Theme, "--output", temp.Combine("out"), .. args], environment);

    /// <summary>The path of a file or folder of the built site.</summary>
    public string Output(params string[] parts) => temp.Combine(["out", .. parts]);

    public string Read(params string[] parts) => File.ReadAllText(Output(parts));

    public void Dispose() => temp.Dispose();
}
