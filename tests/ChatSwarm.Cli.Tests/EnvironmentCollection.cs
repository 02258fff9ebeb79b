namespace ChatSwarm.Cli.Tests;

/// <summary>Tests that set process environment variables (CHATSWARM_*) run alone, so no other test sees them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
