namespace ChatSwarm.Bots.Conversations;

/// <summary>Values captured from the agent's messages, read by templates as <c>{{memory.name}}</c>. Allocated on the first capture.</summary>
internal sealed class ConversationMemory
{
    private Dictionary<string, string>? _values;

    /// <summary>The captured value, or empty when nothing was captured under <paramref name="name"/>.</summary>
    public string Get(string name) => _values is not null && _values.TryGetValue(name, out var value) ? value : string.Empty;

    /// <summary>Stores (or replaces) a captured value.</summary>
    public void Store(string name, string value)
    {
        _values ??= new Dictionary<string, string>(StringComparer.Ordinal);
        _values[name] = value;
    }
}
