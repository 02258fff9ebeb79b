namespace ChatSwarm.Swarm.Running;

/// <summary>How open-model phases space their arrivals.</summary>
public enum ArrivalProcess
{
    /// <summary>Evenly: the expected arrivals accumulate (fractions carry over) and whole customers start as they add up.</summary>
    Uniform,

    /// <summary>Randomly: each control step starts a Poisson-distributed number of customers with the expected mean.</summary>
    Poisson,
}
