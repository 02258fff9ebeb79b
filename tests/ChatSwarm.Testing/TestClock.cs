namespace ChatSwarm.Testing;

/// <summary>The bots tests' clock: the TestKit's manual clock, starting at noon so transcripts read naturally.</summary>
public static class TestClock
{
    public static FakeTimeProvider Create() => new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
}
