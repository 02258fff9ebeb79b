using ChatSwarm.Client;

namespace ChatSwarm.Bots.Runtime;

/// <summary>The outcome of a <see cref="BotOperation"/>.</summary>
/// <param name="Error">The API error of the first failed call, or null on success.</param>
/// <param name="Value">An operation-specific value (e.g. the uploaded file id, the downloaded byte count).</param>
public sealed record BotOperationResult(ApiError? Error, object? Value = null)
{
    /// <summary>True when no call failed.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A success without a value.</summary>
    public static BotOperationResult Ok { get; } = new(null, null);
}
