namespace ChatSwarm.Client.Tests.Support;

/// <summary>A handler that fails every request with the given exception, as the socket layer would.</summary>
public sealed class ThrowingHandler(Func<Exception> exception) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromException<HttpResponseMessage>(exception());
}
