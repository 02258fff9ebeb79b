namespace ChatSwarm.Bots.Scripting.Handlers;

/// <summary>How the customer answers a call (chat_session_signaling REQUEST_CALL / OFFER_CALL); bots never take calls.</summary>
internal enum CallPolicy
{
    /// <summary>REQUEST_CALL gets CALL_REJECTED; OFFER_CALL gets END_CALL.</summary>
    Reject,
    /// <summary>Both get END_CALL.</summary>
    End,
}
