using System.Buffers;
using System.Text;
using System.Text.Json;
using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.AgentDesktop;

/// <summary>
/// WebRTC signaling and co-browsing as the connected agent, and what the customer answered. Signaling goes out as
/// chat_session_signaling (data = the signaling JSON as a string, kept out of the history); co-browsing requests as
/// chat_session_cobrowsing_requested (in the history).
/// </summary>
public sealed partial class AgentControl
{
    /// <summary>Offers a WebRTC call: OFFER_CALL with offerVideo and sdp.</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="offerVideo">Whether video is offered.</param>
    /// <param name="sdp">The session description.</param>
    /// <returns>The msg_id of the signaling event.</returns>
    public AgentOperationResult<string> OfferCall(ChatRef chat, bool offerVideo, string sdp) =>
        string.IsNullOrWhiteSpace(sdp)
            ? Invalid("sdp must not be empty")
            : Run(chat, AgentAction.Signal, Signal("OFFER_CALL", offerVideo, sdp), null, null);

    /// <summary>Asks the customer for a WebRTC call: REQUEST_CALL with offerVideo (bots answer CALL_REJECTED or END_CALL).</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="offerVideo">Whether video is asked for.</param>
    /// <returns>The msg_id of the signaling event.</returns>
    public AgentOperationResult<string> RequestCall(ChatRef chat, bool offerVideo) =>
        Run(chat, AgentAction.Signal, Signal("REQUEST_CALL", offerVideo, null), null, null);

    /// <summary>Ends the WebRTC call: END_CALL.</summary>
    /// <param name="chat">The chat.</param>
    /// <returns>The msg_id of the signaling event.</returns>
    public AgentOperationResult<string> EndCall(ChatRef chat) => Run(chat, AgentAction.Signal, Signal("END_CALL", null, null), null, null);

    /// <summary>Sends any signaling message, given as its JSON object text with a string "type".</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="signalJson">The signaling message, e.g. {"type":"ICE_CANDIDATE","sdpMid":"0","sdpMLineIndex":"0","candidate":"..."}.</param>
    /// <returns>The msg_id of the signaling event; invalid_args when the text is not such an object.</returns>
    public AgentOperationResult<string> SendSignal(ChatRef chat, string signalJson)
    {
        if (string.IsNullOrWhiteSpace(signalJson)) return Invalid("the signaling message must be a JSON object with a string \"type\"");
        try
        {
            using var doc = JsonDocument.Parse(signalJson);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(type.GetString()))
                return Invalid("the signaling message must be a JSON object with a string \"type\"");
        }
        catch (JsonException ex)
        {
            return Invalid("the signaling message is not valid JSON: " + ex.Message.Replace('\n', ' '));
        }

        return Run(chat, AgentAction.Signal, signalJson, null, null);
    }

    /// <summary>Requests a co-browsing session (chat_session_cobrowsing_requested, kept in the history).</summary>
    /// <param name="chat">The chat.</param>
    /// <returns>The msg_id of the request.</returns>
    public AgentOperationResult<string> RequestCobrowsing(ChatRef chat) => Run(chat, AgentAction.RequestCobrowsing, null, null, null);

    /// <summary>The signaling messages the customer sent in this chat, in order (also after it ended, when addressed by id).</summary>
    /// <param name="chat">The chat.</param>
    /// <returns>The received signals; no_interaction for an unknown chat.</returns>
    public AgentOperationResult<IReadOnlyList<ReceivedSignal>> GetReceivedSignals(ChatRef chat) =>
        Resolve(chat) is { } session
            ? AgentOperationResult<IReadOnlyList<ReceivedSignal>>.Success(session.ReceivedSignals())
            : AgentOperationResult<IReadOnlyList<ReceivedSignal>>.Failure(AgentErrorCode.NoInteraction, $"{chat} is not known");

    /// <summary>The co-browsing events the customer sent (chat_session_cobrowsing_rejected, _started, _ended), in order.</summary>
    /// <param name="chat">The chat.</param>
    /// <returns>The event names; no_interaction for an unknown chat.</returns>
    public AgentOperationResult<IReadOnlyList<string>> GetCobrowsingAnswers(ChatRef chat) =>
        Resolve(chat) is { } session
            ? AgentOperationResult<IReadOnlyList<string>>.Success(session.CobrowsingAnswers())
            : AgentOperationResult<IReadOnlyList<string>>.Failure(AgentErrorCode.NoInteraction, $"{chat} is not known");

    /// <summary>Waits until the customer has sent at least <paramref name="count"/> signaling messages in the chat.</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="count">How many to wait for (at least 1).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>All signals received so far.</returns>
    /// <exception cref="InvalidOperationException">The chat is unknown, or ended with fewer.</exception>
    public Task<IReadOnlyList<ReceivedSignal>> WaitForSignalsAsync(ChatRef chat, int count, CancellationToken cancellationToken) =>
        Require(chat, count).WaitForSignalsAsync(count, cancellationToken);

    /// <summary>Waits until the customer has sent at least <paramref name="count"/> co-browsing events in the chat.</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="count">How many to wait for (at least 1).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>All co-browsing event names received so far.</returns>
    /// <exception cref="InvalidOperationException">The chat is unknown, or ended with fewer.</exception>
    public Task<IReadOnlyList<string>> WaitForCobrowsingAnswersAsync(ChatRef chat, int count, CancellationToken cancellationToken) =>
        Require(chat, count).WaitForCobrowsingAnswersAsync(count, cancellationToken);

    private ChatSession Require(ChatRef chat, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return Resolve(chat) ?? throw new InvalidOperationException($"{chat} is not known.");
    }

    /// <summary>A signaling message in the seed's form: offerVideo as "true"/"false", as the reference shows it.</summary>
    private static string Signal(string type, bool? offerVideo, string? sdp)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + (sdp?.Length ?? 0));
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type"u8, type);
            if (offerVideo is { } video) w.WriteString("offerVideo"u8, video ? "true" : "false");
            if (sdp is not null) w.WriteString("sdp"u8, sdp);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
