using ChatSwarm.Client;

namespace ChatSwarm.Swarm.Metrics;

public sealed partial class SwarmMetrics
{
    /// <summary>
    /// Records one API call: ok/fail, latency (from <see cref="OperationResult{T}.Elapsed"/>), bytes in and out and, for a
    /// failure, its error code under the call's step. A 5511 "no events" answer counts as a successful poll; a 5509 also
    /// counts as a concurrent-poll error. Safe to call from any thread; does not allocate after the first error of a kind.
    /// </summary>
    /// <typeparam name="T">The method's result type.</typeparam>
    /// <param name="result">The call's outcome.</param>
    public void RecordCall<T>(OperationResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var method = result.Method;
        var step = (uint)method < (uint)_steps.Length ? _steps[(int)method] : null;
        if (step is null)
        {
            return;
        }

        var error = result.Error;
        bool failed = error is not null && error.Code != ApiErrorCode.NoEvents;
        step.Latency.Record(result.Elapsed);
        Interlocked.Add(ref step.BytesIn, result.BytesReceived);
        Interlocked.Add(ref step.BytesOut, result.BytesSent);
        Interlocked.Increment(ref _requests);

        if (!failed)
        {
            Interlocked.Increment(ref step.Ok);
            return;
        }

        Interlocked.Increment(ref step.Fail);
        Interlocked.Increment(ref _failed);
        int code = (int)error!.Code;
        if (error.Code == ApiErrorCode.ConcurrentPoll)
        {
            Interlocked.Increment(ref _concurrentPollErrors);
        }

        var key = new ErrorKey(method, code);
        if (!_errors.TryGetValue(key, out var counter))
        {
            counter = _errors.GetOrAdd(key, static (_, e) => new ErrorCounter(e.Name, e.Message ?? e.Code.GetDescription()), error);
        }

        Interlocked.Increment(ref counter.Count);
    }

    /// <summary>Records how long the server held one long poll open before answering.</summary>
    /// <param name="hold">The hold time.</param>
    public void RecordPollHold(TimeSpan hold) => _pollHold.Record(hold);
}
