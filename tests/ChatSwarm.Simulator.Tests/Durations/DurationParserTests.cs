namespace ChatSwarm.Simulator.Tests.Durations;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("10s", 10_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("2m", 120_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData(" 0s ", 0)]
    public void TryParse_ValidText_ReturnsDuration(string text, int expectedMs)
    {
        var ok = DurationParser.TryParse(text, out var value, out var error);

        Assert.True(ok);
        Assert.Null(error);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), value);
    }

    [Theory]
    [InlineData("10", "expected a duration like 500ms, 10s, 2m or 1h, got '10'")]
    [InlineData("fast", "expected a duration like 500ms, 10s, 2m or 1h, got 'fast'")]
    [InlineData("", "expected a duration like 500ms, 10s, 2m or 1h, got an empty value")]
    [InlineData("-1s", "expected a non-negative duration, got '-1s'")]
    [InlineData("5d", "expected a duration like 500ms, 10s, 2m or 1h, got '5d'")]
    public void TryParse_BadText_ReturnsOneLineError(string text, string expected)
    {
        var ok = DurationParser.TryParse(text, out _, out var error);

        Assert.False(ok);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_BadText_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => DurationParser.Parse("ten seconds"));
    }
}
