namespace ChatSwarm.Monitoring.Tests.Support;

/// <summary>Awaits a condition with a deadline instead of sleeping a fixed time.</summary>
internal static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan deadline, string what)
    {
        var until = DateTime.UtcNow + deadline;
        T value = await read();
        while (!done(value))
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"{what} not reached within {deadline}; last value: {value}");
            }

            await Task.Delay(100);
            value = await read();
        }

        return value;
    }
}
