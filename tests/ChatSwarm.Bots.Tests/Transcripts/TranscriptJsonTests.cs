using ChatSwarm.Bots.Running;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Transcripts;

namespace ChatSwarm.Bots.Tests.Transcripts;

public sealed class TranscriptJsonTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Serialize_FinishedConversation_SnakeCaseAndRoundTrips()
    {
        var result = new ConversationRunResult
        {
            ScriptName = "greeting",
            ChatId = "chat-7",
            Outcome = new BotOutcome(true, "script ended", SendEnd: true),
            Counters = new Dictionary<BotCounter, long> { [BotCounter.ExpectationMet] = 2, [BotCounter.FileSent] = 0 },
            Errors = [],
            Elapsed = TimeSpan.FromMilliseconds(1234.5),
        };
        var transcript = ConversationTranscript.From(result, Start, "client-1", [new TranscriptEntry(Start.AddSeconds(1), "agent", "message", "Hi \"there\"")]);

        string json = TranscriptJson.Serialize(transcript);
        var read = TranscriptJson.Parse(json);

        Assert.Contains("\"chat_id\": \"chat-7\"", json, StringComparison.Ordinal);
        Assert.Contains("\"duration_ms\": 1234.5", json, StringComparison.Ordinal);
        Assert.DoesNotContain("FileSent", json, StringComparison.Ordinal);
        Assert.Equal(2, read.Counters["ExpectationMet"]);
        Assert.Equal(transcript.Entries, read.Entries);
        Assert.True(read.Succeeded);
    }
}
