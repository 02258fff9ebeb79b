using ChatSwarm.Configuration.Validation;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Tests.TestData;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Writing;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chatswarm-writer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task WriteAllAsync_FixedReport_WritesFiveFilesAndJsonReadsBack()
    {
        var report = SampleReports.Fixed();
        string target = Path.Combine(_dir, "run");

        var files = await ReportWriter.WriteAllAsync(report, target, null, CancellationToken.None);

        Assert.Equal(
            ["report.json", "report.html", "report.csv", "report.md", "report.txt"],
            files.All.Select(Path.GetFileName));
        Assert.All(files.All, f => Assert.True(new FileInfo(f).Length > 0, f));
        Assert.Empty(Directory.GetFiles(target, "*.tmp"));
        var read = await ReportReader.ReadAsync(target, CancellationToken.None);
        Assert.Equal(ReportJson.Serialize(report), ReportJson.Serialize(read));
    }

    [Fact]
    public async Task WriteAllAsync_Twice_OverwritesFiles()
    {
        var report = SampleReports.Fixed();
        await ReportWriter.WriteAllAsync(report with { Run = report.Run with { Profile = "first" } }, _dir, null, CancellationToken.None);

        var files = await ReportWriter.WriteAllAsync(report with { Run = report.Run with { Profile = "second" } }, _dir, null, CancellationToken.None);

        Assert.Contains("second", await File.ReadAllTextAsync(files.Html), StringComparison.Ordinal);
        Assert.DoesNotContain(">first<", await File.ReadAllTextAsync(files.Html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1200, 600, "FastThresholdMs")]
    [InlineData(800, 800, 600, "SlowThresholdMs")]
    [InlineData(800, 1200, 5, "MaxChartPoints")]
    public async Task WriteAllAsync_InvalidOptions_ErrorNamesField(double fast, double slow, int points, string field)
    {
        var options = new ReportWriterOptions { FastThresholdMs = fast, SlowThresholdMs = slow, MaxChartPoints = points };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ReportWriter.WriteAllAsync(SampleReports.Fixed(), _dir, options, CancellationToken.None));

        Assert.StartsWith("ReportWriterOptions." + field + " is ", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Validate_TwoProblems_OneExceptionListingBoth()
    {
        var options = new ReportWriterOptions { MaxChartPoints = 1, ErrorRateHintThreshold = 2 };

        var error = Assert.Throws<OptionsValidationException>(options.Validate);

        Assert.Equal(2, error.Problems.Count);
        Assert.StartsWith("ReportWriterOptions.MaxChartPoints is 1", error.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("ReportWriterOptions.ErrorRateHintThreshold is 2", error.Problems[1], StringComparison.Ordinal);
        Assert.Equal(string.Join("; ", error.Problems), error.Message);
    }

    [Fact]
    public void RunDirectory_ProfileWithUnsafeCharacters_DatedSafeFolderName()
    {
        string path = ReportPaths.RunDirectory("reports", new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)), "soak/../x y");

        Assert.Equal(Path.Combine("reports", "2026-03-04_03.06.07_soak-..-x-y"), path);
    }
}
