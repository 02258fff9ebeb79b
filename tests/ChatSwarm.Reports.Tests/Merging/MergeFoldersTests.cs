using ChatSwarm.Reports.Merging;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Tests.TestData;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Merging;

public sealed class MergeFoldersTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chatswarm-merge-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task MergeFoldersAsync_TwoShardFolders_WritesTheWholeRun()
    {
        var (whole, a, b) = SampleReports.WholeAndHalves();
        await ReportWriter.WriteAllAsync(a, Path.Combine(_dir, "a"), null, CancellationToken.None);
        await ReportWriter.WriteAllAsync(b, Path.Combine(_dir, "b"), null, CancellationToken.None);

        var files = await ReportMerger.MergeFoldersAsync([Path.Combine(_dir, "a"), Path.Combine(_dir, "b", "report.json")], Path.Combine(_dir, "merged"), null, CancellationToken.None);

        var merged = await ReportReader.ReadAsync(files.Json, CancellationToken.None);
        Assert.Equal(ReportJson.Serialize(whole with { Run = whole.Run with { Shards = 2 } }), ReportJson.Serialize(merged with { Workers = [] }));
        Assert.Equal(["a", "b"], merged.Workers.Select(w => w.Name));
        Assert.True(File.Exists(files.Html));
        Assert.Contains("id=\"workers\"", await File.ReadAllTextAsync(files.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergeFoldersAsync_OutputIsAShardFolder_RefusesWithoutWriting()
    {
        var (_, a, b) = SampleReports.WholeAndHalves();
        await ReportWriter.WriteAllAsync(a, Path.Combine(_dir, "a"), null, CancellationToken.None);
        await ReportWriter.WriteAllAsync(b, Path.Combine(_dir, "b"), null, CancellationToken.None);
        string before = await File.ReadAllTextAsync(Path.Combine(_dir, "a", "report.json"));

        var error = await Assert.ThrowsAsync<ReportFormatException>(() =>
            ReportMerger.MergeFoldersAsync([Path.Combine(_dir, "a"), Path.Combine(_dir, "b")], Path.Combine(_dir, "a") + "/", null, CancellationToken.None));

        Assert.Contains("is also a shard folder", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(Path.Combine(_dir, "a", "report.json")));
    }

    [Fact]
    public async Task MergeFoldersAsync_SameShardTwice_RefusedWhetherSameFolderOrACopy()
    {
        var (_, a, _) = SampleReports.WholeAndHalves();
        await ReportWriter.WriteAllAsync(a, Path.Combine(_dir, "a"), null, CancellationToken.None);
        await ReportWriter.WriteAllAsync(a, Path.Combine(_dir, "copy"), null, CancellationToken.None);

        var sameFolder = await Assert.ThrowsAsync<ReportFormatException>(() =>
            ReportMerger.MergeFoldersAsync([Path.Combine(_dir, "a"), Path.Combine(_dir, "a", "report.json")], Path.Combine(_dir, "out"), null, CancellationToken.None));
        var copy = await Assert.ThrowsAsync<ReportFormatException>(() =>
            ReportMerger.MergeFoldersAsync([Path.Combine(_dir, "a"), Path.Combine(_dir, "copy")], Path.Combine(_dir, "out"), null, CancellationToken.None));

        Assert.Contains("the same shard folder is given twice", sameFolder.Message, StringComparison.Ordinal);
        Assert.Contains("is the same shard as", copy.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Fact]
    public async Task MergeFoldersAsync_ShardsOfDifferentProfiles_OneLineError()
    {
        var (_, a, b) = SampleReports.WholeAndHalves();
        await ReportWriter.WriteAllAsync(a, Path.Combine(_dir, "a"), null, CancellationToken.None);
        await ReportWriter.WriteAllAsync(b with { Run = b.Run with { Profile = "other" } }, Path.Combine(_dir, "b"), null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ReportFormatException>(() =>
            ReportMerger.MergeFoldersAsync([Path.Combine(_dir, "a"), Path.Combine(_dir, "b")], Path.Combine(_dir, "out"), null, CancellationToken.None));

        Assert.Equal("cannot merge shards of different load profiles: run.profile 'smoke <b>tenant</b>' and 'other'", error.Message);
    }

    [Fact]
    public async Task MergeFoldersAsync_ShardFoldersWithTheSameName_WorkersNamedByFullPath()
    {
        var (_, a, b) = SampleReports.WholeAndHalves();
        string first = Path.Combine(_dir, "host1", "run");
        string second = Path.Combine(_dir, "host2", "run");
        await ReportWriter.WriteAllAsync(a, first, null, CancellationToken.None);
        await ReportWriter.WriteAllAsync(b, second, null, CancellationToken.None);

        var files = await ReportMerger.MergeFoldersAsync([first, second], Path.Combine(_dir, "merged"), null, null, CancellationToken.None);

        var merged = await ReportReader.ReadAsync(files.Json, CancellationToken.None);
        Assert.Equal([first, second], merged.Workers.Select(w => w.Name));
    }

    [Fact]
    public async Task RenderAsync_ReportJsonOnly_RecreatesOtherFormatsNextToIt()
    {
        string run = Path.Combine(_dir, "run");
        var written = await ReportWriter.WriteAllAsync(SampleReports.Fixed(), run, null, CancellationToken.None);
        string html = await File.ReadAllTextAsync(written.Html);
        foreach (var f in written.All.Skip(1))
        {
            File.Delete(f);
        }

        var files = await ReportWriter.RenderAsync(written.Json, null, null, CancellationToken.None);

        Assert.Equal(written, files);
        Assert.Equal(html, await File.ReadAllTextAsync(files.Html));
    }
}
