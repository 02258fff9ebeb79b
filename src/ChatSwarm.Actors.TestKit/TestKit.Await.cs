using System.Diagnostics;

namespace ChatSwarm.Actors.TestKit;

public abstract partial class TestKit
{
    /// <summary>Polls <paramref name="condition"/> every <paramref name="interval"/> (default 10 ms) until true; fails after <paramref name="max"/>.</summary>
    protected void AwaitCondition(Func<bool> condition, TimeSpan? max = null, TimeSpan? interval = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var wait = _timing.Resolve(max);
        var start = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(start) > wait)
            {
                Assert.Fail($"Condition not met within {wait}{(message is null ? string.Empty : ": " + message)}.");
            }

            Thread.Sleep(interval ?? TimeSpan.FromMilliseconds(10));
        }
    }

    /// <summary>Async <see cref="AwaitCondition"/>.</summary>
    protected async Task AwaitConditionAsync(Func<bool> condition, TimeSpan? max = null, TimeSpan? interval = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var wait = _timing.Resolve(max);
        var start = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(start) > wait)
            {
                Assert.Fail($"Condition not met within {wait}{(message is null ? string.Empty : ": " + message)}.");
            }

            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(10)).ConfigureAwait(false);
        }
    }

    /// <summary>Retries <paramref name="assertion"/> until it stops throwing; rethrows its last failure after <paramref name="max"/>.</summary>
    protected void AwaitAssert(Action assertion, TimeSpan? max = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var wait = _timing.Resolve(max);
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                assertion();
                return;
            }
            catch (Exception) when (Stopwatch.GetElapsedTime(start) <= wait)
            {
                Thread.Sleep(interval ?? TimeSpan.FromMilliseconds(10));
            }
        }
    }

    /// <summary>Async <see cref="AwaitAssert"/>.</summary>
    protected async Task AwaitAssertAsync(Func<Task> assertion, TimeSpan? max = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var wait = _timing.Resolve(max);
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                await assertion().ConfigureAwait(false);
                return;
            }
            catch (Exception) when (Stopwatch.GetElapsedTime(start) <= wait)
            {
                await Task.Delay(interval ?? TimeSpan.FromMilliseconds(10)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="block"/>, whose expectations are capped to <paramref name="max"/> overall, and asserts it took
    /// at least <paramref name="min"/> and at most <paramref name="max"/> (both dilated).
    /// </summary>
    protected T Within<T>(TimeSpan min, TimeSpan max, Func<T> block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var (dilatedMin, dilatedMax) = (Dilated(min), Dilated(max));
        var previous = _timing.Enter(dilatedMax);
        var start = Stopwatch.GetTimestamp();
        try
        {
            var result = block();
            CheckWithin(Stopwatch.GetElapsedTime(start), dilatedMin, dilatedMax);
            return result;
        }
        finally
        {
            _timing.Exit(previous);
        }
    }

    /// <summary>Same as <see cref="Within{T}(TimeSpan, TimeSpan, Func{T})"/> for a block without result.</summary>
    protected void Within(TimeSpan min, TimeSpan max, Action block)
    {
        ArgumentNullException.ThrowIfNull(block);
        Within(min, max, () =>
        {
            block();
            return true;
        });
    }

    /// <summary>Same as <see cref="Within(TimeSpan, TimeSpan, Action)"/> with no lower bound.</summary>
    protected void Within(TimeSpan max, Action block) => Within(TimeSpan.Zero, max, block);

    /// <summary>Async <see cref="Within(TimeSpan, TimeSpan, Action)"/>.</summary>
    protected async Task WithinAsync(TimeSpan min, TimeSpan max, Func<Task> block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var (dilatedMin, dilatedMax) = (Dilated(min), Dilated(max));
        var previous = _timing.Enter(dilatedMax);
        var start = Stopwatch.GetTimestamp();
        try
        {
            await block().ConfigureAwait(false);
            CheckWithin(Stopwatch.GetElapsedTime(start), dilatedMin, dilatedMax);
        }
        finally
        {
            _timing.Exit(previous);
        }
    }

    /// <summary>Async <see cref="Within(TimeSpan, Action)"/>.</summary>
    protected Task WithinAsync(TimeSpan max, Func<Task> block) => WithinAsync(TimeSpan.Zero, max, block);

    private static void CheckWithin(TimeSpan elapsed, TimeSpan min, TimeSpan max)
    {
        if (elapsed < min)
        {
            Assert.Fail($"Block took {elapsed}, less than the minimum {min}.");
        }

        if (elapsed > max)
        {
            Assert.Fail($"Block took {elapsed}, more than the maximum {max}.");
        }
    }
}
