namespace ChatSwarm.Cluster.Wire;

/// <summary>Marks the messages nodes of a cluster run send each other; all of them travel through <see cref="ClusterMessageSerializer"/>.</summary>
internal interface IRunMessage;
