namespace ChatSwarm.Cluster.Content;

/// <summary>One file a run needs, as it travels to a worker.</summary>
/// <param name="Path">The file's full path on the coordinator.</param>
/// <param name="Data">The file's bytes.</param>
public sealed record ContentFile(string Path, byte[] Data);
