namespace ChatSwarm.Swarm.Profiles;

/// <summary>What a <see cref="LoadPlan"/> asks for at one moment of the run.</summary>
/// <param name="PhaseIndex">Index of the current phase; the last phase's index once finished.</param>
/// <param name="Phase">The current phase (the last one once finished).</param>
/// <param name="TargetConcurrent">Sessions to keep open, for closed-model phases; null otherwise.</param>
/// <param name="ArrivalRatePerSecond">New sessions per second, for open-model phases (0 during a pause); null otherwise.</param>
/// <param name="IsFinished">True once every phase has run.</param>
public sealed record LoadPoint(int PhaseIndex, LoadPhase Phase, int? TargetConcurrent, double? ArrivalRatePerSecond, bool IsFinished);
