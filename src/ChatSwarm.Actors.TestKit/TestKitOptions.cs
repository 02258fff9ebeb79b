using System.Globalization;

namespace ChatSwarm.Actors.TestKit;

/// <summary>Settings of the TestKit's expectations; validated by the <see cref="TestKit"/> constructor.</summary>
public sealed record TestKitOptions
{
    /// <summary>Environment variable read by <see cref="FromEnvironment"/> for <see cref="TimeFactor"/>.</summary>
    public const string TimeFactorVariable = "CHATSWARM_TESTKIT_TIMEFACTOR";

    /// <summary>Timeout of ExpectMsg and friends when none is given (before dilation). Default 3 seconds.</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long ExpectNoMsg waits when no duration is given (before dilation). Default 100 ms.</summary>
    public TimeSpan DefaultNoMessageDuration { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Multiplier applied to every timeout for slow machines (at least 1). Default 1.</summary>
    public double TimeFactor { get; init; } = 1.0;

    /// <summary>Defaults, with <see cref="TimeFactor"/> taken from <c>CHATSWARM_TESTKIT_TIMEFACTOR</c> when it is set.</summary>
    public static TestKitOptions FromEnvironment()
    {
        var raw = Environment.GetEnvironmentVariable(TimeFactorVariable);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return new TestKitOptions();
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) || factor < 1)
        {
            throw new ArgumentException($"Environment variable {TimeFactorVariable} must be a number of at least 1 (was '{raw}').");
        }

        return new TestKitOptions { TimeFactor = factor };
    }

    /// <summary>Returns a one-line description of the first invalid field, or null when valid.</summary>
    public string? Validate()
    {
        if (DefaultTimeout <= TimeSpan.Zero)
        {
            return $"TestKitOptions.DefaultTimeout must be positive (was {DefaultTimeout}).";
        }

        if (DefaultNoMessageDuration < TimeSpan.Zero)
        {
            return $"TestKitOptions.DefaultNoMessageDuration must not be negative (was {DefaultNoMessageDuration}).";
        }

        if (double.IsNaN(TimeFactor) || TimeFactor < 1)
        {
            return $"TestKitOptions.TimeFactor must be at least 1 (was {TimeFactor}).";
        }

        return null;
    }

    /// <summary>Scales <paramref name="duration"/> by <see cref="TimeFactor"/>.</summary>
    public TimeSpan Dilated(TimeSpan duration) =>
        duration == Timeout.InfiniteTimeSpan ? duration : TimeSpan.FromTicks((long)(duration.Ticks * TimeFactor));
}
