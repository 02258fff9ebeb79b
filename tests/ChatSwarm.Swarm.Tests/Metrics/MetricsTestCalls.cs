using ChatSwarm.Client;

namespace ChatSwarm.Swarm.Tests.Metrics;

/// <summary>Builds measured call results the way the client reports them.</summary>
internal static class MetricsTestCalls
{
    public static OperationResult<Unit> Ok(ApiMethod method, double ms, long sent = 100, long received = 200) =>
        OperationResult<Unit>.Success(method, Unit.Value).WithMeasurements(200, TimeSpan.FromMilliseconds(ms), sent, received);

    public static OperationResult<Unit> Fail(ApiMethod method, ApiErrorCode code, double ms = 5, string? message = null) =>
        OperationResult<Unit>.Failure(method, ApiError.From(code, message)).WithMeasurements(503, TimeSpan.FromMilliseconds(ms), 50, 30);
}
