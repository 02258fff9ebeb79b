namespace ChatSwarm.Cluster.Wire;

/// <summary>Splits payloads into frame-sized parts and puts them back together (one assembler per receiving host).</summary>
internal sealed class PayloadParts
{
    /// <summary>Bytes per part: well under the remoting frame size, with room for the envelope.</summary>
    public const int PartSize = 256 * 1024;

    // Parts of payloads still arriving, by sender and payload number.
    private readonly Dictionary<(string Sender, long Id), byte[][]> _pending = [];

    /// <summary>The parts of <paramref name="payload"/>.</summary>
    public static IEnumerable<PayloadPart> Split(PayloadKind kind, long id, byte[] payload)
    {
        int count = Math.Max(1, (payload.Length + PartSize - 1) / PartSize);
        for (int i = 0; i < count; i++)
        {
            int offset = i * PartSize;
            yield return new PayloadPart(kind, id, i, count, payload.AsSpan(offset, Math.Min(PartSize, payload.Length - offset)).ToArray());
        }
    }

    /// <summary>Adds a part; returns the whole payload when <paramref name="part"/> completes it, otherwise null.</summary>
    public byte[]? Add(string sender, PayloadPart part)
    {
        if (part.Count == 1)
        {
            return part.Data;
        }

        if (part.Index < 0 || part.Index >= part.Count)
        {
            return null;
        }

        var key = (sender, part.Id);
        if (!_pending.TryGetValue(key, out var parts) || parts.Length != part.Count)
        {
            parts = new byte[part.Count][];
            _pending[key] = parts;
        }

        parts[part.Index] = part.Data;
        if (parts.Any(p => p is null))
        {
            return null;
        }

        _pending.Remove(key);
        var whole = new byte[parts.Sum(p => p.Length)];
        int at = 0;
        foreach (var p in parts)
        {
            p.CopyTo(whole, at);
            at += p.Length;
        }

        return whole;
    }

    /// <summary>Forgets what a sender had half-sent (it left).</summary>
    public void Forget(string sender)
    {
        foreach (var key in _pending.Keys.Where(k => k.Sender == sender).ToList())
        {
            _pending.Remove(key);
        }
    }
}
