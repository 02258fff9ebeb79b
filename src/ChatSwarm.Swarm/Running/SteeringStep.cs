namespace ChatSwarm.Swarm.Running;

/// <summary>What one control step of a run does.</summary>
/// <param name="Start">Customers to start now.</param>
/// <param name="End">Customers to end now (the newest first).</param>
/// <param name="CapReached">True when customers were due but the session cap allowed none.</param>
internal readonly record struct SteeringStep(int Start, int End, bool CapReached);
