namespace ChatSwarm.Client.Tests.Support;

/// <summary>A handler that holds every request until its token is canceled, like a server that never answers.</summary>
public sealed class NeverAnsweringHandler : HttpMessageHandler
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first request reaches the handler.</summary>
    public Task Started => _started.Task;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
