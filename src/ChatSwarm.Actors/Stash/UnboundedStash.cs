namespace ChatSwarm.Actors;

/// <summary>The stash of one incarnation; used only on the actor's turn.</summary>
internal sealed class UnboundedStash(ActorCell cell) : IStash
{
    private List<Envelope>? _stashed;

    public int Count => _stashed?.Count ?? 0;

    public void Stash()
    {
        var envelope = cell.CurrentEnvelope
            ?? throw new InvalidOperationException("Stash() can only be called while the actor is processing a message.");
        var list = _stashed ??= [];
        if (list.Count > 0 && ReferenceEquals(list[^1].Message, envelope.Message) && ReferenceEquals(list[^1].Sender, envelope.Sender))
        {
            throw new InvalidOperationException($"The message {envelope.Message.GetType().Name} is already stashed.");
        }

        list.Add(envelope);
    }

    public void Unstash()
    {
        if (_stashed is not { Count: > 0 } list)
        {
            return;
        }

        var first = list[0];
        list.RemoveAt(0);
        cell.Prepend([first]);
    }

    public void UnstashAll()
    {
        if (_stashed is not { Count: > 0 } list)
        {
            return;
        }

        _stashed = null;
        cell.Prepend(list);
    }

    public IReadOnlyList<Envelope> ClearStash()
    {
        var list = (IReadOnlyList<Envelope>?)_stashed ?? [];
        _stashed = null;
        return list;
    }
}
