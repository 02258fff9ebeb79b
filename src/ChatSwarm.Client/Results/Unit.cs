namespace ChatSwarm.Client;

/// <summary>The result value of methods whose success carries no data (Send Events, Close Case).</summary>
public readonly record struct Unit
{
    /// <summary>The single value.</summary>
    public static Unit Value => default;
}
