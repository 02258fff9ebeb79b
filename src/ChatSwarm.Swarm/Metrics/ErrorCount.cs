namespace ChatSwarm.Swarm.Metrics;

/// <summary>How often one error code occurred in one step, with the first message seen for it.</summary>
/// <param name="Step">The step name, e.g. "request_chat".</param>
/// <param name="Code">The error code (API error_code, HTTP status, or ChatSwarm transport code).</param>
/// <param name="Name">The code's snake_case name, e.g. "no_chat_server_available".</param>
/// <param name="Message">The first message received for this step and code (untrusted text).</param>
/// <param name="Count">Occurrences so far.</param>
public sealed record ErrorCount(string Step, int Code, string Name, string Message, long Count);
