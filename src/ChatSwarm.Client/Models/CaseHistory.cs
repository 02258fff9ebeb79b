using ChatSwarm.Client.Events;

namespace ChatSwarm.Client.Models;

/// <summary>Get Case History: the transcripts of all chat sessions linked to the session's CRM case.</summary>
/// <param name="Sessions">The sessions, as returned.</param>
public sealed record CaseHistory(IReadOnlyList<CaseSession> Sessions);

/// <summary>One chat session of a case thread.</summary>
/// <param name="ChatId">The session's chat id.</param>
/// <param name="CreatedTime">When it was created.</param>
/// <param name="Events">Its events.</param>
public sealed record CaseSession(string ChatId, DateTimeOffset? CreatedTime, IReadOnlyList<ChatEvent> Events);
