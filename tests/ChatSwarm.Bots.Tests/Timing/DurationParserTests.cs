using ChatSwarm.Bots.Timing;

namespace ChatSwarm.Bots.Tests.Timing;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("1.5s", 1500)]
    [InlineData("2m", 120_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData(" 3S ", 3000)]
    [InlineData("0", 0)]
    public void Parse_ValidText_ReturnsDuration(string text, double expectedMs)
    {
        var value = DurationParser.Parse(text);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), value);
    }

    [Theory]
    [InlineData("", "empty duration")]
    [InlineData("5", "has no unit")]
    [InlineData("5d", "unknown unit 'd'")]
    [InlineData("-1s", "is not a number")]
    [InlineData("abc", "is not a number")]
    public void TryParse_InvalidText_ReturnsOneLineErrorWithExpectedForm(string text, string fragment)
    {
        var ok = DurationParser.TryParse(text, out _, out var error);

        Assert.False(ok);
        Assert.Contains(fragment, error);
        Assert.Contains("expected a duration such as", error);
        Assert.DoesNotContain('\n', error!);
    }

    [Theory]
    [InlineData(1500, "1.5s")]
    [InlineData(250, "250ms")]
    [InlineData(120_000, "2m")]
    [InlineData(3_600_000, "1h")]
    public void Format_Duration_RoundTripsThroughParse(double ms, string expected)
    {
        var text = DurationParser.Format(TimeSpan.FromMilliseconds(ms));

        Assert.Equal(expected, text);
        Assert.Equal(TimeSpan.FromMilliseconds(ms), DurationParser.Parse(text));
    }
}
