using ChatSwarm.Cli.Parsing;

namespace ChatSwarm.Cli.Tests.Parsing;

public sealed class ValueParserTests
{
    [Theory]
    [InlineData("10", 10.0)]
    [InlineData("10%", 10.0)]
    [InlineData(" 2.5 % ", 2.5)]
    [InlineData("0", 0.0)]
    public void Percent_ValidText_Parses(string text, double expected)
    {
        Assert.Equal(expected, ValueParser.Percent(text));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("")]
    public void Percent_InvalidText_Throws(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ValueParser.Percent(text));

        Assert.Contains("expected a number of 0 or more", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("5m", 300_000)]
    [InlineData("1.5s", 1_500)]
    public void Duration_InRange_Parses(string text, double milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), ValueParser.Duration(text, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData("5", "expected a duration such as 500ms, 1.5s, 2m or 1h, got '5'")]
    [InlineData("0s", "expected a duration from 1ms to 1h, got '0s'")]
    [InlineData("2h", "expected a duration from 1ms to 1h, got '2h'")]
    public void Duration_Bad_SaysWhatIsExpected(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => ValueParser.Duration(text, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1)));

        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Duration_NoUpperLimit_SaysTheLowerOne()
    {
        var ex = Assert.Throws<FormatException>(() => ValueParser.Duration("0", TimeSpan.FromMilliseconds(1)));

        Assert.Equal("expected a duration of at least 1ms, got '0'", ex.Message);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("1.5")]
    public void WholeNumber_OutOfRangeOrNotANumber_Throws(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ValueParser.WholeNumber(text, 1, 10, "a whole number from 1 to 10"));

        Assert.Equal($"expected a whole number from 1 to 10, got '{text}'", ex.Message);
    }

    [Fact]
    public void HttpUrl_NotHttp_MasksCredentialsAndShowsTheExample()
    {
        var ex = Assert.Throws<FormatException>(() => ValueParser.HttpUrl("ftp://user:secret@files.example.com/", "an absolute http:// or https:// URL"));

        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("expected an absolute http:// or https:// URL, got 'ftp://", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_Relative_ResolvedAgainstTheCurrentDirectory()
    {
        Assert.Equal(Path.GetFullPath("/work/x/a.pem"), ValueParser.File("a.pem", "/work/x", "a file").FullName);
    }

    [Fact]
    public void ExistingFile_Missing_NamesTheTextAndWhatIsExpected()
    {
        var ex = Assert.Throws<FormatException>(() => ValueParser.ExistingFile("none.yaml", Path.GetTempPath(), "a fault plan YAML file"));

        Assert.Equal("'none.yaml' does not exist; expected a fault plan YAML file", ex.Message);
    }
}
