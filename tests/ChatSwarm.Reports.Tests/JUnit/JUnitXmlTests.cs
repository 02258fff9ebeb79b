using ChatSwarm.Testing.JUnit;
using System.Xml.Linq;
using ChatSwarm.Reports.JUnit;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Tests.TestData;

namespace ChatSwarm.Reports.Tests.JUnit;

public sealed class JUnitXmlTests
{
    [Fact]
    public void Render_FixedRun_ValidAgainstJUnitSchema()
    {
        var xml = JUnitXml.Render("chatswarm run smoke", RunJUnit.Build(SampleReports.Fixed(), stopReason: null));

        Assert.Empty(JUnitSchema.Validate(xml));
    }

    [Fact]
    public void Build_FixedRun_OneCasePerThresholdAndPerScript()
    {
        var report = SampleReports.Fixed();

        var doc = XDocument.Parse(JUnitXml.Render("run", RunJUnit.Build(report, null)));

        var cases = doc.Descendants("testcase").ToList();
        Assert.Equal(
            ["p95(send_events) < 800ms", "error_rate < 1%", "faq<i>bot</i>: expectations"],
            cases.Select(c => (string)c.Attribute("name")!));
        var failed = Assert.Single(cases, c => c.Element("failure") is not null && c.Attribute("classname")!.Value == RunJUnit.ThresholdClass);
        Assert.Equal("error_rate < 1%", failed.Attribute("name")!.Value);
        Assert.Equal("threshold failed: measured 2.4", failed.Element("failure")!.Attribute("message")!.Value);
        var bot = cases.Last();
        Assert.Equal("2 of 122 expectations failed across 40 conversations", bot.Element("failure")!.Attribute("message")!.Value);
        var root = doc.Root!;
        Assert.Equal("3", root.Attribute("tests")!.Value);
        Assert.Equal("2", root.Attribute("failures")!.Value);
    }

    [Fact]
    public void Build_ScriptWithoutExpectations_SkippedCase()
    {
        var report = SampleReports.Fixed() with { Bots = [new BotStats { Script = "silent", Conversations = 3 }], Thresholds = [] };

        var xml = JUnitXml.Render("run", RunJUnit.Build(report, null));

        Assert.Empty(JUnitSchema.Validate(xml));
        var suite = XDocument.Parse(xml).Descendants("testsuite").Single(s => s.Attribute("name")!.Value == "bot expectations");
        Assert.Equal("1", suite.Attribute("skipped")!.Value);
        Assert.NotNull(suite.Element("testcase")!.Element("skipped"));
    }

    [Fact]
    public void Build_StoppedEarly_FailingRunCase()
    {
        var xml = JUnitXml.Render("run", RunJUnit.Build(SampleReports.Fixed(), "most customers failed with 401"));

        Assert.Empty(JUnitSchema.Validate(xml));
        var run = XDocument.Parse(xml).Descendants("testsuite").Single(s => s.Attribute("name")!.Value == "run");
        Assert.Equal("stopped early: most customers failed with 401", run.Element("testcase")!.Element("failure")!.Attribute("message")!.Value);
    }

    [Fact]
    public void Render_ControlCharactersAndMarkup_StayWellFormedAndValid()
    {
        var suite = new JUnitSuite("s", SampleReports.Start, 1.5, [new JUnitCase("a\u0001b <c> & \"d\"", "k", 0.25, "bad\u0007 text", Skipped: false)]);

        var xml = JUnitXml.Render("x", [suite]);

        Assert.Empty(JUnitSchema.Validate(xml));
        var testcase = XDocument.Parse(xml).Descendants("testcase").Single();
        Assert.Equal("a b <c> & \"d\"", testcase.Attribute("name")!.Value);
        Assert.Equal("0.25", testcase.Attribute("time")!.Value);
    }

    [Fact]
    public void Validate_MissingClassname_SchemaRejects()
    {
        const string xml = "<testsuites><testsuite name=\"s\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase name=\"x\" time=\"0\"/></testsuite></testsuites>";

        Assert.NotEmpty(JUnitSchema.Validate(xml));
    }

    [Fact]
    public async Task WriteAsync_NewFolder_CreatesFile()
    {
        string dir = Directory.CreateTempSubdirectory("chatswarm-junit-").FullName;
        try
        {
            string path = await JUnitXml.WriteAsync(Path.Combine(dir, "ci", "junit.xml"), "run", RunJUnit.Build(SampleReports.Fixed(), null), CancellationToken.None);

            Assert.Empty(JUnitSchema.Validate(await File.ReadAllTextAsync(path)));
            Assert.Empty(Directory.GetFiles(Path.Combine(dir, "ci"), "*.tmp"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
