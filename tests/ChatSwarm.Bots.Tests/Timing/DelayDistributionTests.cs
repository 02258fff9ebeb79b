using ChatSwarm.Bots.Timing;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Bots.Tests.Timing;

public sealed class DelayDistributionTests
{
    private static YamlNode Node(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("think")];
    }

    [Fact]
    public void Sample_Constant_AlwaysReturnsValue()
    {
        var d = DelayDistribution.Constant(TimeSpan.FromSeconds(2));

        Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal(TimeSpan.FromSeconds(2), d.Sample(new Random(1))));
    }

    [Fact]
    public void Sample_UniformWithSeed_StaysInBoundsAndIsReproducible()
    {
        var d = DelayDistribution.Uniform(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
        var a = new Random(42);
        var b = new Random(42);

        var first = Enumerable.Range(0, 1000).Select(_ => d.Sample(a)).ToList();
        var second = Enumerable.Range(0, 1000).Select(_ => d.Sample(b)).ToList();

        Assert.Equal(first, second);
        Assert.All(first, s => Assert.InRange(s, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)));
        var mean = first.Average(s => s.TotalSeconds);
        Assert.InRange(mean, 1.9, 2.1);
    }

    [Fact]
    public void Sample_ExponentialWithSeed_HasMeanNearConfigured()
    {
        var d = DelayDistribution.Exponential(TimeSpan.FromSeconds(2));
        var random = new Random(7);

        var mean = Enumerable.Range(0, 20_000).Average(_ => d.Sample(random).TotalSeconds);

        Assert.InRange(mean, 1.9, 2.1);
        Assert.Equal(TimeSpan.FromSeconds(2), d.Mean);
    }

    [Fact]
    public void Sample_ExponentialWithCap_NeverExceedsCap()
    {
        var d = DelayDistribution.Exponential(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3));
        var random = new Random(3);

        Assert.All(Enumerable.Range(0, 5000), _ => Assert.True(d.Sample(random) <= TimeSpan.FromSeconds(3)));
    }

    [Theory]
    [InlineData("think: 2s", "2s")]
    [InlineData("think: {constant: 500ms}", "500ms")]
    [InlineData("think: {uniform: [1s, 3s]}", "uniform(1s, 3s)")]
    [InlineData("think: {uniform: {min: 1s, max: 3s}}", "uniform(1s, 3s)")]
    [InlineData("think: {exponential: 2s}", "exponential(2s)")]
    [InlineData("think: {exponential: 2s, max: 10s}", "exponential(2s, 10s)")]
    public void TryParse_ValidYaml_ReturnsDistribution(string yaml, string expected)
    {
        var ok = DelayDistributionParser.TryParse(Node(yaml), "p.yaml", out var value, out var error);

        Assert.True(ok, error);
        Assert.Equal(expected, value!.ToString());
    }

    [Theory]
    [InlineData("think: 2x", "p.yaml:1:8: '2x' has unknown unit 'x'")]
    [InlineData("think: {uniform: [3s, 1s]}", "p.yaml:1:9: 'uniform' has max below min")]
    [InlineData("think: {uniform: [1s]}", "p.yaml:1:9: uniform needs exactly two durations")]
    [InlineData("think: {gauss: 1s}", "p.yaml:1:9: unknown delay key 'gauss'")]
    [InlineData("think: {exponential: 0s}", "p.yaml:1:9: 'exponential' needs a positive mean")]
    [InlineData("think: [1s, 2s]", "p.yaml:1:8: a list is not a delay")]
    [InlineData("think: {uniform: [1s, 2s], max: 3s}", "p.yaml:1:8: 'max' only applies to exponential")]
    public void TryParse_InvalidYaml_ReportsFileLineColumn(string yaml, string expectedPrefix)
    {
        var ok = DelayDistributionParser.TryParse(Node(yaml), "p.yaml", out _, out var error);

        Assert.False(ok);
        Assert.StartsWith(expectedPrefix, error);
        Assert.Contains("expected", error);
    }

    [Theory]
    [InlineData("2s", "2s")]
    [InlineData("uniform(1s, 3s)", "uniform(1s, 3s)")]
    [InlineData("exponential(2s)", "exponential(2s)")]
    [InlineData("exponential(2s, 10s)", "exponential(2s, 10s)")]
    public void Parse_CompactText_ReturnsDistribution(string text, string expected)
    {
        Assert.Equal(expected, DelayDistribution.Parse(text).ToString());
    }

    [Theory]
    [InlineData("normal(1s)")]
    [InlineData("uniform(1s")]
    [InlineData("uniform(1s, x)")]
    public void Parse_BadCompactText_ThrowsFormatExceptionWithExpectation(string text)
    {
        var ex = Assert.Throws<FormatException>(() => DelayDistribution.Parse(text));

        Assert.Contains("expected", ex.Message);
    }
}
