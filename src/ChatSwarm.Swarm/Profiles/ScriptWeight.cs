namespace ChatSwarm.Swarm.Profiles;

/// <summary>One entry of the session mix: a bot script and its relative weight.</summary>
/// <param name="ScriptPath">Absolute path of the bot script (written relative to the profile).</param>
/// <param name="Weight">Relative weight; positive. A script with weight 3 starts three times as often as one with weight 1.</param>
public sealed record ScriptWeight(string ScriptPath, double Weight);
