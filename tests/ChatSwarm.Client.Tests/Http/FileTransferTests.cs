using System.Net;
using System.Net.Http.Headers;
using ChatSwarm.Client.Models;
using ChatSwarm.Client.Tests.Support;

namespace ChatSwarm.Client.Tests.Http;

/// <summary>Uploads are streamed and refused over the limit before sending; downloads stream and own the response.</summary>
public sealed class FileTransferTests
{
    /// <summary>A stream that cannot seek and reports no length, like a network or pipe source.</summary>
    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public bool Disposed { get; private set; }
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task UploadFileAsync_KnownLengthOverLimit_Returns5501WithoutSending()
    {
        var handler = new RecordingHandler(body: SeedExamples.UploadFile);
        using var client = TestClients.Create(handler, TestClients.Options() with { MaxUploadBytes = 10 });
        using var content = new MemoryStream(new byte[11]);

        var result = await client.UploadFileAsync(TestClients.ClientId, new FileUpload { FileName = "big.bin", ContentType = "application/octet-stream", Content = content });

        Assert.Equal(ApiErrorCode.UploadSizeLimitExceeded, result.Error?.Code);
        Assert.Contains("'big.bin' has 11 bytes", result.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
        Assert.Equal(0, result.BytesSent);
    }

    [Fact]
    public async Task UploadFileAsync_DeclaredLengthOverDefault25MB_Returns5501WithoutReading()
    {
        var handler = new RecordingHandler(body: SeedExamples.UploadFile);
        using var client = TestClients.Create(handler);
        using var content = new ForwardOnlyStream([1]);

        var result = await client.UploadFileAsync(TestClients.ClientId,
            new FileUpload { FileName = "big.bin", ContentType = "application/octet-stream", Content = content, Length = 25L * 1024 * 1024 + 1 });

        Assert.Equal(ApiErrorCode.UploadSizeLimitExceeded, result.Error?.Code);
        Assert.Equal(0, content.Position);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task UploadFileAsync_UnknownLengthOverLimit_Returns5501()
    {
        var handler = new RecordingHandler(body: SeedExamples.UploadFile);
        using var client = TestClients.Create(handler, TestClients.Options() with { MaxUploadBytes = 10 });
        using var content = new ForwardOnlyStream(new byte[100]);

        var result = await client.UploadFileAsync(TestClients.ClientId, new FileUpload { FileName = "f", ContentType = "text/plain", Content = content });

        Assert.Equal(ApiErrorCode.UploadSizeLimitExceeded, result.Error?.Code);
    }

    [Fact]
    public async Task UploadFileAsync_UnknownLengthWithinLimit_StreamsAndLeavesStreamOpen()
    {
        var handler = new RecordingHandler(body: SeedExamples.UploadFile);
        using var client = TestClients.Create(handler);
        using var content = new ForwardOnlyStream("hello"u8.ToArray());

        var result = await client.UploadFileAsync(TestClients.ClientId, new FileUpload { FileName = "f.txt", ContentType = "text/plain", Content = content });

        Assert.True(result.IsSuccess);
        Assert.Equal("8c1d3bf2-0b5e-4d43-a1b7-5d8f0c1c9e11", result.Data.FileId);
        Assert.Contains("\r\n\r\nhello\r\n", handler.Single.BodyText, StringComparison.Ordinal);
        Assert.False(content.Disposed);
    }

    [Fact]
    public async Task UploadFileAsync_KnownLength_ReportsBytesSentIncludingBody()
    {
        var handler = new RecordingHandler(body: SeedExamples.UploadFile);
        using var client = TestClients.Create(handler);
        using var content = new MemoryStream(new byte[5000]);

        var result = await client.UploadFileAsync(TestClients.ClientId, new FileUpload { FileName = "f", ContentType = "image/png", Content = content });

        Assert.True(result.BytesSent > 5000);
    }

    [Fact]
    public async Task GetFileAsync_Success_StreamsBodyWithHeaders()
    {
        var payload = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        var handler = new RecordingHandler(_ =>
        {
            var content = new ByteArrayContent(payload);
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"photo.png\"" };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var client = TestClients.Create(handler);

        var result = await client.GetFileAsync(TestClients.ClientId, "chat-1", "file-1");

        Assert.True(result.IsSuccess);
        await using var download = result.Data;
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);
        Assert.Equal(payload, copy.ToArray());
        Assert.Equal("image/png", download.ContentType);
        Assert.Equal("photo.png", download.FileName);
        Assert.Equal(1000, download.Length);
        Assert.Equal(1000, result.BytesReceived);
    }

    [Fact]
    public async Task GetFileAsync_ServerNeverAnswers_ReturnsTransportTimeout()
    {
        var clock = new FakeTimeProvider();
        var handler = new NeverAnsweringHandler();
        using var client = TestClients.Create(handler, TestClients.Options() with { TimeProvider = clock });

        var call = client.GetAgentProfilePhotoAsync(TestClients.ClientId, "chat-1", "agent-1");
        await handler.Started;
        clock.Advance(TimeSpan.FromSeconds(30));
        var result = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ApiErrorCode.TransportTimeout, result.Error?.Code);
    }
}
