namespace ChatSwarm.Cluster.Hosting;

/// <summary>What a node does in a cluster run.</summary>
public enum ClusterRole
{
    /// <summary>The one node that splits the plan, merges metrics and writes the report; the cluster's seed and oldest member.</summary>
    Coordinator,

    /// <summary>A node that runs its share of the plan.</summary>
    Worker,
}
