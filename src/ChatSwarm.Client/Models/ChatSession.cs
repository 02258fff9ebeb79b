using ChatSwarm.Client.Events;

namespace ChatSwarm.Client.Models;

/// <summary>A chat session's properties, as returned by Request Chat and Get Active Chat.</summary>
public sealed record ChatSession
{
    /// <summary>The chat id.</summary>
    public required string ChatId { get; init; }
    /// <summary>The session state.</summary>
    public required ChatState State { get; init; }
    /// <summary>Estimated wait time in seconds, when given.</summary>
    public int? Ewt { get; init; }
    /// <summary>True when Request Chat created a new session; false when it returned this client's existing one (and for Get Active Chat).</summary>
    public bool IsNewChat { get; init; }
    /// <summary>Callback phone number, when given.</summary>
    public string? PhoneNumber { get; init; }
}
