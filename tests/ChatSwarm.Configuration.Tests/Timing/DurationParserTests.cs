using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Configuration.Tests.Timing;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("10s", 10_000)]
    [InlineData("1.5s", 1500)]
    [InlineData("2m", 120_000)]
    [InlineData("2min", 120_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData(" 3S ", 3000)]
    [InlineData("5 s", 5000)]
    [InlineData("0", 0)]
    [InlineData(" 0s ", 0)]
    public void Parse_ValidText_ReturnsDuration(string text, double expectedMs)
    {
        var value = DurationParser.Parse(text);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), value);
    }

    [Theory]
    [InlineData("", "empty duration")]
    [InlineData("5", "'5' has no unit")]
    [InlineData("10", "'10' has no unit")]
    [InlineData("5d", "'5d' has unknown unit 'd'")]
    [InlineData("-1s", "'-1s' is negative")]
    [InlineData("abc", "'abc' is not a number with a unit")]
    [InlineData("1e3s", "'1e3s' is not a number with a unit")]
    [InlineData("99999999999h", "'99999999999h' is too long")]
    public void TryParse_InvalidText_ReturnsOneLineErrorWithExpectedForm(string text, string start)
    {
        var ok = DurationParser.TryParse(text, out _, out var error);

        Assert.False(ok);
        Assert.StartsWith(start, error, StringComparison.Ordinal);
        Assert.EndsWith("; expected " + DurationParser.ExpectedForm, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error!);
    }

    [Fact]
    public void Parse_BadText_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => DurationParser.Parse("ten seconds"));
    }

    [Theory]
    [InlineData(1500, "1.5s")]
    [InlineData(250, "250ms")]
    [InlineData(120_000, "2m")]
    [InlineData(3_600_000, "1h")]
    [InlineData(0, "0")]
    public void Format_Duration_RoundTripsThroughParse(double ms, string expected)
    {
        var text = DurationParser.Format(TimeSpan.FromMilliseconds(ms));

        Assert.Equal(expected, text);
        Assert.Equal(TimeSpan.FromMilliseconds(ms), DurationParser.Parse(text));
    }
}
