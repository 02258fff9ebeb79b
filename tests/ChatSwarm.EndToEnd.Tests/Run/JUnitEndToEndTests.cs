using ChatSwarm.Testing.JUnit;
using System.Xml.Linq;
using ChatSwarm.Bots.Transcripts;

namespace ChatSwarm.EndToEnd.Tests.Run;

/// <summary>--junit on <c>run</c> and <c>bot</c>, --transcript on <c>bot</c>, against the embedded simulator.</summary>
public sealed class JUnitEndToEndTests
{
    [Fact]
    public async Task Run_WithJunit_WritesValidReportWithOneCasePerThreshold()
    {
        using var run = await new CliRun().InvokeAsync("run", "--duration", "4s", "--sessions", "4", "--seed", "3", "--junit", "out/junit.xml");

        Assert.True(run.ExitCode is 0 or 1, run.Out + run.Error);
        string xml = await File.ReadAllTextAsync(Path.Combine(run.Directory, "out", "junit.xml"));
        Assert.Empty(JUnitSchema.Validate(xml));
        var doc = XDocument.Parse(xml);
        var thresholds = doc.Descendants("testsuite").Single(s => s.Attribute("name")!.Value == "thresholds").Elements("testcase").ToList();
        Assert.NotEmpty(thresholds);
        Assert.Equal(run.ExitCode == 1, thresholds.Any(t => t.Element("failure") is not null));
    }

    [Fact]
    public async Task Bot_WithJunitAndTranscript_WritesValidJunitAndReadableTranscript()
    {
        using var run = new CliRun();
        string script = Path.Combine(AppContext.BaseDirectory, "bots", "greeting-and-question.yaml");

        string junit = Path.Combine(run.Directory, "bot.xml");
        string transcriptPath = Path.Combine(run.Directory, "t", "transcript.json");

        await run.InvokeAsync("bot", script, "--junit", junit, "--transcript", transcriptPath);

        Assert.Equal(0, run.ExitCode);
        string xml = await File.ReadAllTextAsync(junit);
        Assert.Empty(JUnitSchema.Validate(xml));
        var cases = XDocument.Parse(xml).Descendants("testcase").ToList();
        Assert.True(cases.Count >= 4, xml);
        Assert.DoesNotContain(cases, c => c.Element("failure") is not null);
        var transcript = TranscriptJson.Parse(await File.ReadAllTextAsync(transcriptPath));
        Assert.Equal("greeting-and-question", transcript.Script);
        Assert.True(transcript.Succeeded);
        Assert.Contains(transcript.Entries, e => e.Kind == "expect");
        Assert.NotNull(transcript.ChatId);
    }
}
