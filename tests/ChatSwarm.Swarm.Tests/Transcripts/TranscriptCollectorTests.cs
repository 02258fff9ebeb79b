using ChatSwarm.Bots.Runtime;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Tests.Fakes;
using ChatSwarm.Swarm.Tests.Running;
using ChatSwarm.Swarm.Transcripts;
using ChatSwarm.Testing;

namespace ChatSwarm.Swarm.Tests.Transcripts;

public sealed class TranscriptCollectorTests
{
    [Fact]
    public async Task RunAsync_SomeConversationsFail_TheKeeperGetsTheirTranscriptsAndTheSlowest()
    {
        var client = new FakeMessagingClient();
        var keeper = new TranscriptKeeper(new TranscriptKeeperOptions { Count = 2 });
        var options = new SwarmRunOptions
        {
            Profile = SwarmRunnerTests.Profile(new ConstantPhase(4, TimeSpan.FromSeconds(1))) with { MaxSessions = 4 },
            Client = client,
            Metrics = new SwarmMetrics(TimeProvider.System),
            Scripts = [new SwarmScript("fake", 1, Conversation)],
            Seed = 42,
            ControlInterval = TimeSpan.FromMilliseconds(20),
            Transcripts = keeper,
        };

        await new SwarmRunner().RunAsync(options, null, default, default);

        var folder = Directory.CreateTempSubdirectory("chatswarm-transcripts-");
        try
        {
            var written = await keeper.WriteAsync(folder.FullName, CancellationToken.None);
            Assert.Equal(4, keeper.Offered);
            var failed = written.Where(t => t.Kind == "failed").ToList();
            Assert.Equal(2, failed.Count);
            Assert.Equal(2, written.Count(t => t.Kind == "slowest"));
            var texts = failed.Select(t => File.ReadAllText(Path.Combine(folder.FullName, t.File))).ToList();
            Assert.All(texts, text => Assert.Contains("no answer for ", text, StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Odd customers fail an expectation; even ones finish their script at once.</summary>
    private static FakeConversation Conversation(SwarmConversationRequest request)
    {
        FakeConversation? conversation = null;
        conversation = new FakeConversation
        {
            OnStart = (host, _, _) =>
            {
                host.Transcript(new TranscriptEntry(DateTimeOffset.UtcNow, "bot", "say", "hello from " + request.CustomerIndex));
                if (request.CustomerIndex % 2 == 1)
                {
                    host.Transcript(new TranscriptEntry(DateTimeOffset.UtcNow, "bot", "expect_failed", "no answer for " + request.CustomerIndex));
                }
                else
                {
                    conversation!.Finish(host, new BotOutcome(true, "script finished", SendEnd: true));
                }
            },
        };
        return conversation;
    }
}
