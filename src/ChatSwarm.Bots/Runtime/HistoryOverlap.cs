using ChatSwarm.Client.Events;

namespace ChatSwarm.Bots.Runtime;

/// <summary>
/// The events of a resumed chat's history that its first polls may bring again. Events still pending when the history
/// was read (they arrived while the customer was restarting, or a cancelled poll left them) are in the history and in
/// the next polls too, and they come first there; the conversation already learned them from the history. So leading
/// repeats are dropped until the first event the history does not hold; after that nothing is filtered. Hosts use it
/// to keep the promise of <see cref="IBotConversation.Start"/>.
/// </summary>
public sealed class HistoryOverlap
{
    private ChatEvent[]? _history;
    private int _position;

    /// <summary>Starts filtering against <paramref name="history"/>, the resumed session's history as handed to the conversation.</summary>
    public HistoryOverlap(IReadOnlyList<ChatEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        _history = [.. history];
    }

    /// <summary>True once a new event came: nothing more is filtered and the history is let go.</summary>
    public bool IsDone => _history is null;

    /// <summary>Returns <paramref name="events"/> without the repeats of the history at its start (the same list when none).</summary>
    public IReadOnlyList<ChatEvent> Filter(IReadOnlyList<ChatEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (_history is not { } history)
        {
            return events;
        }

        var skip = 0;
        while (skip < events.Count)
        {
            var found = IndexOf(history, events[skip], _position);
            if (found < 0)
            {
                _history = null;
                break;
            }

            _position = found + 1;
            skip++;
        }

        if (_history is not null && _position >= _history.Length)
        {
            _history = null;
        }

        return skip switch
        {
            0 => events,
            _ when skip == events.Count => [],
            _ => events.Skip(skip).ToArray(),
        };
    }

    private static int IndexOf(ChatEvent[] history, ChatEvent e, int from)
    {
        for (int i = from; i < history.Length; i++)
        {
            if (Same(history[i], e))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Events with an id compare by it: a history may spell other fields differently (e.g. the party id of history
    /// events). The rest compare by value.
    /// </summary>
    internal static bool Same(ChatEvent a, ChatEvent b) => (a, b) switch
    {
        (MessageEvent x, MessageEvent y) when x.MsgId is not null && y.MsgId is not null => x.MsgId == y.MsgId,
        (FileEvent x, FileEvent y) => x.FileId == y.FileId,
        (FormShowEvent x, FormShowEvent y) => x.FormRequestId == y.FormRequestId,
        (SecureFormShowEvent x, SecureFormShowEvent y) => x.FormRequestId == y.FormRequestId,
        _ => a.Equals(b),
    };
}
