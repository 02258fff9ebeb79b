namespace ChatSwarm.Actors;

/// <summary>Marks messages that do not reset the receive timeout (e.g. periodic ticks).</summary>
public interface INotInfluenceReceiveTimeout
{
}
