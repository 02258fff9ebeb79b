namespace ChatSwarm.Bots.Templating;

/// <summary>What a placeholder reads.</summary>
internal enum TemplatePartKind
{
    Literal,
    Customer,
    Memory,
    RandomInt,
    AgentName,
}
