using ChatSwarm.Configuration.Validation;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Transcripts;
using ChatSwarm.Swarm.Transcripts;

namespace ChatSwarm.Swarm.Tests.Transcripts;

public sealed class TranscriptKeeperTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Constructor_OptionsWithTwoProblems_OneExceptionListingBoth()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new TranscriptKeeper(new TranscriptKeeperOptions { Count = -1, MaxEntries = 1 }));

        Assert.Equal(["TranscriptKeeperOptions.Count is -1; expected 0 to 1000", "TranscriptKeeperOptions.MaxEntries is 1; expected at least 10"], error.Problems);
    }

    [Fact]
    public void Offer_ManyConversations_KeepsFirstFailedAndSlowestOnly()
    {
        var keeper = new TranscriptKeeper(new TranscriptKeeperOptions { Count = 3 });

        for (int i = 0; i < 100; i++)
        {
            keeper.Offer(Transcript($"c{i}", durationMs: (i * 37) % 100, succeeded: i % 10 != 0));
        }

        var (failed, slowest) = keeper.Snapshot();
        Assert.Equal(["c0", "c10", "c20"], failed.Select(t => t.ChatId));
        Assert.Equal([99.0, 98, 97], slowest.Select(t => t.DurationMs));
        Assert.Equal(100, keeper.Offered);
    }

    [Fact]
    public void IsWanted_FullKeeper_OnlySlowerOrFailedWhileRoom()
    {
        var keeper = new TranscriptKeeper(new TranscriptKeeperOptions { Count = 2 });
        keeper.Offer(Transcript("a", 100, succeeded: true));
        keeper.Offer(Transcript("b", 200, succeeded: true));

        Assert.False(keeper.IsWanted(failed: false, TimeSpan.FromMilliseconds(50)));
        Assert.True(keeper.IsWanted(failed: false, TimeSpan.FromMilliseconds(150)));
        Assert.True(keeper.IsWanted(failed: true, TimeSpan.FromMilliseconds(1)));

        keeper.Offer(Transcript("f1", 1, succeeded: false));
        keeper.Offer(Transcript("f2", 1, succeeded: false));

        Assert.False(keeper.IsWanted(failed: true, TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public void Offer_CountZero_KeepsNothing()
    {
        var keeper = new TranscriptKeeper(new TranscriptKeeperOptions { Count = 0 });

        Assert.False(keeper.IsWanted(failed: true, TimeSpan.FromHours(1)));
        Assert.False(keeper.Offer(Transcript("a", 1, succeeded: false)));
        Assert.Empty(keeper.Snapshot().Failed);
    }

    [Fact]
    public void Offer_LongTranscript_KeepsFirstEntriesAndATruncationMarker()
    {
        var keeper = new TranscriptKeeper(new TranscriptKeeperOptions { Count = 1, MaxEntries = 10 });
        var entries = Enumerable.Range(0, 50).Select(i => new TranscriptEntry(Start.AddSeconds(i), "agent", "message", $"m{i}")).ToArray();

        keeper.Offer(Transcript("a", 1, succeeded: true) with { Entries = entries });

        var kept = Assert.Single(keeper.Snapshot().Slowest);
        Assert.Equal(10, kept.Entries.Count);
        Assert.Equal("m8", kept.Entries[8].Text);
        Assert.Equal("truncated", kept.Entries[9].Kind);
        Assert.Contains("41 more entries", kept.Entries[9].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offer_ConcurrentOffers_KeepsExactlyTheSlowest()
    {
        var keeper = new TranscriptKeeper(new TranscriptKeeperOptions { Count = 5 });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (int i = 0; i < 1000; i++)
            {
                keeper.Offer(Transcript($"{w}-{i}", durationMs: w * 1000 + i, succeeded: true));
            }
        })));

        Assert.Equal([3999.0, 3998, 3997, 3996, 3995], keeper.Snapshot().Slowest.Select(t => t.DurationMs));
    }

    [Fact]
    public async Task WriteAsync_KeptTranscripts_WritesJsonFilesAndRelativeLinks()
    {
        var keeper = new TranscriptKeeper(new TranscriptKeeperOptions { Count = 2 });
        keeper.Offer(Transcript("slow", 500, succeeded: true));
        keeper.Offer(Transcript("bad", 10, succeeded: false) with { Errors = ["expected message (line 9), none came"] });
        string dir = Directory.CreateTempSubdirectory("chatswarm-transcripts-").FullName;
        try
        {
            var links = await keeper.WriteAsync(dir, CancellationToken.None);

            Assert.Equal(["transcripts/failed-01-greeting-and-question.json", "transcripts/slowest-01-greeting-and-question.json", "transcripts/slowest-02-greeting-and-question.json"], links.Select(l => l.File));
            Assert.Equal("expected message (line 9), none came", links[0].Reason);
            Assert.False(links[0].Succeeded);
            var read = TranscriptJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir, links[1].File)));
            Assert.Equal("slow", read.ChatId);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static ConversationTranscript Transcript(string chatId, double durationMs, bool succeeded) => new()
    {
        Script = "greeting-and-question",
        ChatId = chatId,
        StartedAt = Start,
        DurationMs = durationMs,
        Succeeded = succeeded,
        Completed = succeeded,
        Reason = succeeded ? "script finished" : "failed",
        Entries = [new TranscriptEntry(Start, "system", "status", "queued")],
    };
}
