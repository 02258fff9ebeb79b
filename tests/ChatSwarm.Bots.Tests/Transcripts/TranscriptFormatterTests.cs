using ChatSwarm.Bots.Running;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Transcripts;

namespace ChatSwarm.Bots.Tests.Transcripts;

public sealed class TranscriptFormatterTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static ConversationRunResult Result(bool completed, long failed = 0, params string[] errors) => new()
    {
        ScriptName = "demo",
        ChatId = "chat-9",
        Outcome = new BotOutcome(completed, "script finished", true),
        Counters = new Dictionary<BotCounter, long> { [BotCounter.MessageSent] = 2, [BotCounter.ExpectationFailed] = failed, [BotCounter.FileSent] = 0 },
        Errors = errors,
        Elapsed = TimeSpan.FromSeconds(3.25),
    };

    [Fact]
    public void Format_Entry_ShowsElapsedWhoKindAndText()
    {
        var formatter = new TranscriptFormatter(Start, verbose: false);

        var line = formatter.Format(new TranscriptEntry(Start.AddSeconds(63.5), "customer", "form", "answers form 'contact': name=Ann"));

        Assert.Equal("+01:03.500  customer      form             answers form 'contact': name=Ann", line);
    }

    [Fact]
    public void Format_FailedExpectation_IsMarked()
    {
        var line = new TranscriptFormatter(Start, verbose: false).Format(new TranscriptEntry(Start, "system", "expect_failed", "expected x"));

        Assert.EndsWith("FAIL expected x", line);
    }

    [Theory]
    [InlineData("receipt")]
    [InlineData("typing")]
    [InlineData("hook")]
    public void Format_NoisyKinds_HiddenUnlessVerbose(string kind)
    {
        var entry = new TranscriptEntry(Start, "customer", kind, "x");

        Assert.Null(new TranscriptFormatter(Start, verbose: false).Format(entry));
        Assert.NotNull(new TranscriptFormatter(Start, verbose: true).Format(entry));
    }

    [Fact]
    public void Summarize_Success_ListsNonZeroCounters()
    {
        var text = TranscriptFormatter.Summarize(Result(completed: true));

        Assert.StartsWith("PASSED: demo (completed: script finished) in 3.3s, chat chat-9", text);
        Assert.Contains("counters: MessageSent=2", text);
        Assert.DoesNotContain("FileSent", text);
        Assert.Equal(TranscriptFormatter.ExitSuccess, TranscriptFormatter.ExitCodeOf(Result(completed: true)));
    }

    [Fact]
    public void Summarize_Failures_ListedAndExitCodeOne()
    {
        var result = Result(true, 1, "expected refund within 30s (line 4), none came");

        var text = TranscriptFormatter.Summarize(result);

        Assert.StartsWith("FAILED: demo", text);
        Assert.Contains("  failure: expected refund within 30s (line 4), none came", text);
        Assert.Equal(TranscriptFormatter.ExitFailed, TranscriptFormatter.ExitCodeOf(result));
        Assert.Equal(TranscriptFormatter.ExitFailed, TranscriptFormatter.ExitCodeOf(Result(completed: false)));
    }
}
