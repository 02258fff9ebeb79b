using ChatSwarm.Bots.Phones;

namespace ChatSwarm.Bots.Tests.Phones;

public sealed class PhoneNormalizerTests
{
    [Theory]
    [InlineData("+420", "777 666 555", "+420777666555")]
    [InlineData("+420", "+420 777 666 555", "+420777666555")]
    [InlineData("+420", "00420 777-666-555", "+420777666555")]
    [InlineData("420", "0777 666 555", "+420777666555")]
    [InlineData("+1", "(650) 555-0100", "+16505550100")]
    [InlineData("+1", "650.555.0100", "+16505550100")]
    [InlineData("+44", "020 7946 0958", "+442079460958")]
    [InlineData("+420", "+1 650 555 0100", "+16505550100")]
    [InlineData("+420", "12345", null)]
    [InlineData("+420", "777 666 555 ext 3", null)]
    [InlineData("+420", "call me", null)]
    [InlineData("+420", "", null)]
    [InlineData("+420", "   ", null)]
    [InlineData("+420", "+0777666555", null)]
    [InlineData("+420", "+1234567890123456", null)]
    [InlineData("+420", "777+666", null)]
    [InlineData("+420", "77766655512345", null)]
    public void Normalize_Number_ReturnsInternationalFormOrNull(string country, string input, string? expected)
    {
        var normalizer = PhoneNormalizer.Create(country);

        Assert.Equal(expected, normalizer.Normalize(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("+1234")]
    [InlineData("+0")]
    [InlineData("CZ")]
    public void TryCreate_BadCountryCode_ReturnsOneLineError(string code)
    {
        var ok = PhoneNormalizer.TryCreate(code, out var normalizer, out var error);

        Assert.False(ok);
        Assert.Null(normalizer);
        Assert.Contains("expected + and 1-3 digits", error);
    }
}
