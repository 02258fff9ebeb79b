namespace ChatSwarm.Bots.Scripting.Handlers;

/// <summary><c>on_case_set</c>: what to do once the scenario set a CRM case.</summary>
/// <param name="History">Fetch the case history.</param>
/// <param name="Close">Close the case (after the history, when both).</param>
internal sealed record CaseHandler(bool History, bool Close);
