namespace ChatSwarm.Bots.Templating;

/// <summary>What a placeholder reads.</summary>
internal enum TemplatePartKind
{
    Literal,
    Customer,
    Memory,
    RandomInt,
    AgentName,

    /// <summary>An environment value, read once by the command line and handed in: {{env.NAME}}.</summary>
    Env,
}
