using ChatSwarm.Configuration.Timing;
using ChatSwarm.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Configuration.Tests.Timing;

public sealed class DelayDistributionTests
{
    private static (DelayDistribution? Value, IReadOnlyList<string> Errors) Read(string yaml)
    {
        var reader = new YamlReader("p.yaml");
        Assert.True(reader.TryLoad(yaml, out var root));
        var value = reader.Delay(((YamlMappingNode)root!).Children[new YamlScalarNode("think")], "think");
        return (value, reader.Errors);
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
    public void Read_ValidYaml_ReturnsDistribution(string yaml, string expected)
    {
        var (value, errors) = Read(yaml);

        Assert.Empty(errors);
        Assert.Equal(expected, value!.ToString());
    }

    [Theory]
    [InlineData("think: 2x", "p.yaml:1:8: 'think': '2x' has unknown unit 'x'")]
    [InlineData("think: {uniform: [3s, 1s]}", "p.yaml:1:18: 'think.uniform' has max below min")]
    [InlineData("think: {uniform: [1s]}", "p.yaml:1:18: 'think.uniform' needs exactly two durations, got a list")]
    [InlineData("think: {uniform: {min: 1s}}", "p.yaml:1:18: 'think.uniform' needs both min and max")]
    [InlineData("think: {gauss: 1s}", "p.yaml:1:9: unknown key 'gauss' in think; expected one of constant, uniform, exponential, max")]
    [InlineData("think: {exponential: 0s}", "p.yaml:1:22: 'think.exponential' needs a positive mean")]
    [InlineData("think: [1s, 2s]", "p.yaml:1:8: 'think' must be a duration (2s)")]
    [InlineData("think: {uniform: [1s, 2s], max: 3s}", "p.yaml:1:8: 'think.max' only applies to exponential")]
    [InlineData("think: {constant: 1s, uniform: [1s, 2s]}", "p.yaml:1:32: 'think' gives 'uniform' together with 'constant'")]
    public void Read_InvalidYaml_ReportsFileLineColumn(string yaml, string expectedPrefix)
    {
        var (value, errors) = Read(yaml);

        Assert.Null(value);
        var error = Assert.Single(errors);
        Assert.StartsWith(expectedPrefix, error, StringComparison.Ordinal);
        Assert.True(error.Contains("expected", StringComparison.Ordinal) || error.Contains("must be", StringComparison.Ordinal), error);
    }

    [Fact]
    public void Read_SeveralBadDurations_ReportsEach()
    {
        var (value, errors) = Read("think: {uniform: {min: 1x, max: 2y}}");

        Assert.Null(value);
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("p.yaml:1:24: 'think.uniform.min': '1x' has unknown unit 'x'", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("p.yaml:1:33: 'think.uniform.max': '2y' has unknown unit 'y'", errors[1], StringComparison.Ordinal);
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
