using ChatSwarm.Bots.Runtime;

namespace ChatSwarm.Swarm.Tests.Conversations;

/// <summary>Collects transcript lines from the runner's loop and lets the test await a line with a deadline.</summary>
internal sealed class TranscriptLog
{
    private readonly object _gate = new();
    private readonly List<TranscriptEntry> _entries = [];
    private readonly List<(Func<TranscriptEntry, bool> Match, TaskCompletionSource<TranscriptEntry> Done)> _waiters = [];

    public IReadOnlyList<TranscriptEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public void Add(TranscriptEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
            for (int i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(entry))
                {
                    _waiters[i].Done.TrySetResult(entry);
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    public async Task<TranscriptEntry> WaitForAsync(Func<TranscriptEntry, bool> match, string what, TimeSpan? timeout = null)
    {
        TaskCompletionSource<TranscriptEntry> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_entries.FirstOrDefault(match) is { } seen)
            {
                return seen;
            }

            _waiters.Add((match, done));
        }

        try
        {
            return await done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no transcript line for {what}; transcript so far:\n{Dump()}");
        }
    }

    public Task<TranscriptEntry> CustomerSaysAsync(string fragment) =>
        WaitForAsync(e => e.Who == "customer" && e.Kind == "message" && e.Text.Contains(fragment, StringComparison.OrdinalIgnoreCase), $"customer saying '{fragment}'");

    public Task<TranscriptEntry> CustomerDoesAsync(string kind) =>
        WaitForAsync(e => e.Who == "customer" && e.Kind == kind, $"customer {kind}");

    public string Dump() => string.Join('\n', Entries.Select(e => $"{e.Who} {e.Kind}: {e.Text}"));
}
