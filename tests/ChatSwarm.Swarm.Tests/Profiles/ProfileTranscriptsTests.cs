using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Tests.Profiles;

public sealed class ProfileTranscriptsTests
{
    private const string Phases = "phases:\n  - constant: {sessions: 10, duration: 30s}\n";

    [Fact]
    public void Parse_NoTranscriptsKey_DefaultsToTwenty()
    {
        Assert.Equal(20, LoadProfileLoader.Parse(Phases, "p.yaml").Transcripts);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("5", 5)]
    public void Parse_TranscriptsKey_ReadsCount(string text, int expected)
    {
        Assert.Equal(expected, LoadProfileLoader.Parse(Phases + "transcripts: " + text + "\n", "p.yaml").Transcripts);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("many")]
    [InlineData("5000")]
    public void Parse_BadTranscripts_OneLineErrorNamingTheKey(string text)
    {
        var ex = Assert.Throws<ProfileValidationException>(() => LoadProfileLoader.Parse(Phases + "transcripts: " + text + "\n", "p.yaml"));

        Assert.Contains("transcripts", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }
}
