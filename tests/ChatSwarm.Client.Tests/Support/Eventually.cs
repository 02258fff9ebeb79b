namespace ChatSwarm.Client.Tests.Support;

/// <summary>Awaits a condition with a deadline instead of sleeping for a fixed time.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, TimeSpan? deadline = null, string? because = null)
    {
        var until = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > until) Assert.Fail($"condition not met in time{(because is null ? "" : ": " + because)}");
            await Task.Delay(5);
        }
    }
}
