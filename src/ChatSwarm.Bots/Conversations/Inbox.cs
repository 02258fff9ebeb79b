using ChatSwarm.Bots.Scripting.Steps;

namespace ChatSwarm.Bots.Conversations;

/// <summary>
/// Events that arrived but no step consumed yet; later expect steps look here first. Bounded so a chatty agent cannot
/// grow a customer's memory: when full, the oldest item makes room.
/// </summary>
internal sealed class Inbox
{
    /// <summary>How many unconsumed events are kept.</summary>
    public const int Capacity = 32;

    private readonly List<InboxItem> _items = [];

    /// <summary>How many events wait unconsumed.</summary>
    public int Count => _items.Count;

    /// <summary>Keeps an event no step took, dropping the oldest when full.</summary>
    public void Remember(ExpectTarget kind, string? text = null)
    {
        if (_items.Count == Capacity)
        {
            _items.RemoveAt(0);
        }

        _items.Add(new InboxItem(kind, text));
    }

    /// <summary>Removes and reports the oldest event of <paramref name="kind"/> (for messages, the oldest <paramref name="matches"/> accepts).</summary>
    public bool Take(ExpectTarget kind, Func<string, bool> matches)
    {
        for (int i = 0; i < _items.Count; i++)
        {
            var item = _items[i];
            if (item.Kind == kind && (kind != ExpectTarget.Message || matches(item.Text!)))
            {
                _items.RemoveAt(i);
                return true;
            }
        }

        return false;
    }

    /// <summary>The customer spoke: agent messages before that answered something earlier, so no later expect takes them.</summary>
    public void ForgetMessages() => _items.RemoveAll(item => item.Kind == ExpectTarget.Message);

    /// <summary>The texts of the agent messages waiting, oldest first, as a copy.</summary>
    public List<string> MessageTexts()
    {
        var texts = new List<string>();
        foreach (var item in _items)
        {
            if (item.Kind == ExpectTarget.Message)
            {
                texts.Add(item.Text!);
            }
        }

        return texts;
    }
}
