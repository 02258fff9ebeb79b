using System.Text.Json;
using ChatSwarm.Simulator.AgentDesktop;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>
/// WebRTC signaling and co-browsing: what the agent sends (signaling outside the history, co-browsing requests in it)
/// and what the customer answers, kept so the agent-control API can show it and tests can await it.
/// </summary>
internal sealed partial class ChatSession
{
    /// <summary>The signaling messages the customer sent, in order.</summary>
    public IReadOnlyList<ReceivedSignal> ReceivedSignals()
    {
        lock (_gate) return [.. _answers.Signals];
    }

    /// <summary>The co-browsing event names the customer sent (rejected, started, ended), in order.</summary>
    public IReadOnlyList<string> CobrowsingAnswers()
    {
        lock (_gate) return [.. _answers.Cobrowsing];
    }

    /// <summary>Waits until the customer has sent at least <paramref name="count"/> signaling messages.</summary>
    /// <exception cref="InvalidOperationException">The chat ended with fewer.</exception>
    public Task<IReadOnlyList<ReceivedSignal>> WaitForSignalsAsync(int count, CancellationToken cancellationToken) =>
        WaitForCustomerAsync(static a => a.Signals, count, "signaling messages", cancellationToken);

    /// <summary>Waits until the customer has sent at least <paramref name="count"/> co-browsing events.</summary>
    /// <exception cref="InvalidOperationException">The chat ended with fewer.</exception>
    public Task<IReadOnlyList<string>> WaitForCobrowsingAnswersAsync(int count, CancellationToken cancellationToken) =>
        WaitForCustomerAsync(static a => a.Cobrowsing, count, "co-browsing answers", cancellationToken);

    private async Task<IReadOnlyList<T>> WaitForCustomerAsync<T>(Func<CustomerAnswers, IReadOnlyList<T>> select, int count, string what, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var items = select(_answers);
                if (items.Count >= count) return [.. items];
                if (_ended) throw new InvalidOperationException($"chat {ChatId} ended after {items.Count} of {count} {what}");
                changed = _answers.Changed;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends chat_session_signaling to the client; like the real server, it is not stored in the history.</summary>
    private string SendSignalLocked(string signalJson)
    {
        var msgId = NextServerMessageId();
        EmitTransientLocked(EventJson.Write("chat_session_signaling", (msgId, signalJson), static (w, s) =>
        {
            w.WriteString("msg_id"u8, s.msgId);

            // The seed shows data as a string holding the signaling JSON; the client reads that and a bare object.
            w.WriteString("data"u8, s.signalJson);
        }));
        return msgId;
    }

    private string RequestCobrowsingLocked()
    {
        var msgId = NextServerMessageId();
        EmitLocked(EventJson.Write("chat_session_cobrowsing_requested", msgId, static (w, id) => w.WriteString("msg_id"u8, id)));
        return msgId;
    }

    /// <summary>Queues an event for the client without keeping it in the history.</summary>
    private void EmitTransientLocked(byte[] evt)
    {
        _log.EmitTransient(evt);
        _poll.Wake();
    }

    /// <summary>Records a client chat_session_signaling; data may be a JSON string holding the message or the object itself.</summary>
    private void RecordSignalLocked(byte[] raw)
    {
        using var doc = JsonDocument.Parse(raw);
        var root = doc.RootElement;
        string data;
        var type = string.Empty;
        if (root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.String) data = d.GetString() ?? string.Empty;
        else if (d.ValueKind == JsonValueKind.Object) data = d.GetRawText();
        else data = d.ValueKind == JsonValueKind.Undefined ? string.Empty : d.GetRawText();

        try
        {
            using var signal = JsonDocument.Parse(data);
            if (signal.RootElement.ValueKind == JsonValueKind.Object && signal.RootElement.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String)
                type = t.GetString() ?? string.Empty;
        }
        catch (JsonException)
        {
            // Not JSON: kept with an empty type so the test sees what arrived.
        }

        _answers.AddSignal(new ReceivedSignal(Str(root, "msg_id"), Str(root, "destination_party_id"), type, data));
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
