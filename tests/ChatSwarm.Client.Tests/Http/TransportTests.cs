using System.Net;
using System.Net.Sockets;
using ChatSwarm.Client.Tests.Support;

namespace ChatSwarm.Client.Tests.Http;

/// <summary>Timeouts, refused and reset connections become distinct error codes; the caller's token still throws.</summary>
public sealed class TransportTests
{
    [Fact]
    public async Task AnyMethod_ServerNeverAnswers_ReturnsTransportTimeoutAfterRequestTimeout()
    {
        var clock = new FakeTimeProvider();
        var handler = new NeverAnsweringHandler();
        using var client = TestClients.Create(handler, TestClients.Options() with { TimeProvider = clock, RequestTimeout = TimeSpan.FromSeconds(30) });

        var call = client.GetVersionAsync(TestClients.ClientId);
        await handler.Started;
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(call.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        var result = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ApiErrorCode.TransportTimeout, result.Error?.Code);
        Assert.True(result.Error!.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(30), result.Elapsed);
        Assert.Equal(0, result.HttpStatus);
    }

    [Fact]
    public async Task AnyMethod_SystemClockAndServerNeverAnswers_TimesOutNotBeforeRequestTimeoutAndAtMostATickAfter()
    {
        // On the system clock a timeout of a second or more waits on the client's timer wheel (250 ms slots).
        var handler = new NeverAnsweringHandler();
        using var client = TestClients.Create(handler, TestClients.Options() with { RequestTimeout = TimeSpan.FromSeconds(1.2) });

        var call = client.GetVersionAsync(TestClients.ClientId);
        var result = await call.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ApiErrorCode.TransportTimeout, result.Error?.Code);
        Assert.InRange(result.Elapsed, TimeSpan.FromSeconds(1.2), TimeSpan.FromSeconds(1.2 + 5));
    }

    [Fact]
    public async Task GetNewEventsAsync_Always_UsesPollTimeoutNotRequestTimeout()
    {
        var clock = new FakeTimeProvider();
        var handler = new NeverAnsweringHandler();
        var options = TestClients.Options() with { TimeProvider = clock, RequestTimeout = TimeSpan.FromSeconds(5), PollTimeout = TimeSpan.FromSeconds(45) };
        using var client = TestClients.Create(handler, options);

        var poll = client.GetNewEventsAsync(TestClients.ClientId, "chat-1");
        await handler.Started;
        clock.Advance(TimeSpan.FromSeconds(44));
        Assert.False(poll.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        var result = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ApiErrorCode.TransportTimeout, result.Error?.Code);
        Assert.Contains("45 s", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetNewEventsAsync_CallerCancels_ThrowsOperationCanceled()
    {
        var handler = new NeverAnsweringHandler();
        using var client = TestClients.Create(handler);
        using var cts = new CancellationTokenSource();

        var poll = client.GetNewEventsAsync(TestClients.ClientId, "chat-1", cts.Token);
        await handler.Started;
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task AnyMethod_ClosedLocalPort_ReturnsConnectionRefused()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = MessagingClient.Create(TestClients.Options(new Uri($"http://127.0.0.1:{port}")));

        var result = await client.CheckAvailabilityAsync(TestClients.ClientId);

        Assert.Equal(ApiErrorCode.ConnectionRefused, result.Error?.Code);
        Assert.True(result.Error!.IsTransient);
        Assert.StartsWith("CheckAvailability: ", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyMethod_ServerResetsConnection_ReturnsConnectionReset()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync();
            var buffer = new byte[4096];
            await socket.ReceiveAsync(buffer);
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        });
        using var client = MessagingClient.Create(TestClients.Options(new Uri($"http://127.0.0.1:{port}")));

        var result = await client.GetVersionAsync(TestClients.ClientId);
        await server.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ApiErrorCode.ConnectionReset, result.Error?.Code);
    }

    [Theory]
    [InlineData(SocketError.ConnectionRefused, ApiErrorCode.ConnectionRefused)]
    [InlineData(SocketError.ConnectionReset, ApiErrorCode.ConnectionReset)]
    [InlineData(SocketError.ConnectionAborted, ApiErrorCode.ConnectionReset)]
    [InlineData(SocketError.HostNotFound, ApiErrorCode.NameResolutionFailed)]
    public async Task AnyMethod_SocketError_MapsToTransportCode(SocketError socketError, ApiErrorCode expected)
    {
        var handler = new ThrowingHandler(() => new HttpRequestException("failed", new SocketException((int)socketError)));
        using var client = TestClients.Create(handler);

        var result = await client.GetIceServersAsync(TestClients.ClientId);

        Assert.Equal(expected, result.Error?.Code);
    }

    [Fact]
    public async Task AnyMethod_IOExceptionWhileSending_ReturnsConnectionReset()
    {
        var handler = new ThrowingHandler(() => new HttpRequestException("failed", new IOException("broken pipe")));
        using var client = TestClients.Create(handler);

        var result = await client.GetIceServersAsync(TestClients.ClientId);

        Assert.Equal(ApiErrorCode.ConnectionReset, result.Error?.Code);
    }

    [Fact]
    public async Task AnyMethod_OtherHttpFailure_ReturnsTransportFailure()
    {
        var handler = new ThrowingHandler(() => new HttpRequestException("bad protocol"));
        using var client = TestClients.Create(handler);

        var result = await client.GetIceServersAsync(TestClients.ClientId);

        Assert.Equal(ApiErrorCode.TransportFailure, result.Error?.Code);
        Assert.Equal("GetIceServers: bad protocol", result.Error!.Message);
    }

    [Fact]
    public async Task AnyMethod_MeasuredByClock_ReportsElapsedFromTimeProvider()
    {
        var clock = new FakeTimeProvider();
        var handler = new RecordingHandler(_ =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(250));
            return RecordingHandler.Json(HttpStatusCode.OK, SeedExamples.GetVersion);
        });
        using var client = TestClients.Create(handler, TestClients.Options() with { TimeProvider = clock });

        var result = await client.GetVersionAsync(TestClients.ClientId);

        Assert.Equal(TimeSpan.FromMilliseconds(250), result.Elapsed);
    }
}
