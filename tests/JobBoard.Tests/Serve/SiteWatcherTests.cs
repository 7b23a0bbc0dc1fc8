extern alias cli;

using System.Collections.Concurrent;
using cli::JobBoard.Cli.Serve;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Serve;

public sealed class SiteWatcherTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly BlockingCollection<IReadOnlyCollection<string>> batches = [];
    private readonly SiteWatcher watcher;

    public SiteWatcherTests()
    {
        temp.Write("input/jobs/a.md", "a");
        temp.Write("theme/assets/style.css", "body {}");
        watcher = new SiteWatcher([temp.Combine("input"), temp.Combine("theme")], () => TimeSpan.FromMilliseconds(200), batches.Add);
    }

    public void Dispose()
    {
        watcher.Dispose();
        temp.Dispose();
    }

    /// <summary>Waits for batches until one mentions <paramref name="path"/>.</summary>
    private IReadOnlyCollection<string> BatchWith(string path)
    {
        var deadline = DateTime.UtcNow + EventStream.Patience;
        while (batches.TryTake(out var batch, deadline - DateTime.UtcNow))
        {
            if (batch.Contains(path))
            {
                return batch;
            }
        }

        throw new TimeoutException($"no change reported for {path}");
    }

    [Fact]
    public void Edits_creations_and_deletions_are_reported()
    {
        File.WriteAllText(temp.Combine("input/jobs/a.md"), "changed");
        BatchWith(temp.Combine("input/jobs/a.md"));
        temp.Write("input/jobs/b.md", "new");
        BatchWith(temp.Combine("input/jobs/b.md"));
        File.Delete(temp.Combine("input/jobs/b.md"));
        BatchWith(temp.Combine("input/jobs/b.md"));
        File.AppendAllText(temp.Combine("theme/assets/style.css"), "p {}");
        BatchWith(temp.Combine("theme/assets/style.css"));
    }

    [Fact]
    public void A_save_through_a_temporary_file_and_a_rename_is_one_batch_naming_both()
    {
        var target = temp.Combine("input/jobs/a.md");
        var temporary = temp.Combine("input/jobs/.a.md.swp");
        File.WriteAllText(temporary, "saved");
        File.Move(temporary, target, overwrite: true);
        var batch = BatchWith(target);
        Assert.Contains(temporary, batch);
        Assert.Equal("saved", File.ReadAllText(target));
    }
}
