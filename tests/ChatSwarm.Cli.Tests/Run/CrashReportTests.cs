using ChatSwarm.Cli.Run;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Cli.Tests.Run;

public sealed class CrashReportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "chatswarm-crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Write_AfterACrash_WritesEveryFormatOnceAndSaysWhere()
    {
        var error = new StringWriter();
        var builds = 0;
        using var crash = CrashReport.Arm(_directory, () =>
        {
            builds++;
            return new RunReport { Run = new RunInfo { Id = "r1", Profile = "smoke", TargetBaseUrl = "http://user:pw@127.0.0.1:1/?appId=x" } };
        }, error);

        crash.Write(new InvalidOperationException("boom"));
        crash.Write(new InvalidOperationException("again"));

        Assert.Equal(["report.csv", "report.html", "report.json", "report.md", "report.txt"], Directory.GetFiles(_directory).Select(Path.GetFileName).Order());
        Assert.Equal(1, builds);
        Assert.DoesNotContain("pw", File.ReadAllText(Path.Combine(_directory, "report.json")), StringComparison.Ordinal);
        Assert.Equal($"chatswarm run: crashed (InvalidOperationException: boom); wrote what was measured to {_directory}", error.ToString().TrimEnd());
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
