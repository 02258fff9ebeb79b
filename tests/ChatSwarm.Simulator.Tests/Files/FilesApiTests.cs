using System.Net.Http.Headers;
using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Files;

public sealed class FilesApiTests : IAsyncLifetime
{
    private SimulatorHost _host = null!;
    private SimClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await SimulatorHost.StartAsync(Sim.Manual() with { MaxStoredFiles = 3 });
        _client = new SimClient(_host, "uploader");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<(int Status, string Body)> UploadAsync(byte[] content, string fileName = "photo.png", string contentType = "image/png")
    {
        using var request = _client.Request(HttpMethod.Post, "files");
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(part, "file", fileName);
        request.Content = form;
        using var response = await _client.Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string FileId(string body) => System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("file_id").GetString()!;

    [Fact]
    public async Task UploadFile_ThenGetFile_ReturnsSameBytesAndContentType()
    {
        var chatId = await _client.RequestChatAsync();
        var content = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();

        var (status, body) = await UploadAsync(content);
        using var get = await _client.Http.SendAsync(_client.Request(HttpMethod.Get, $"chats/{chatId}/files/{FileId(body)}"));

        Assert.Equal(200, status);
        Assert.Equal(200, (int)get.StatusCode);
        Assert.Equal("image/png", get.Content.Headers.ContentType!.MediaType);
        Assert.Equal(content, await get.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, _host.GetStats().FilesUploaded);
    }

    [Fact]
    public async Task UploadFile_Over25MB_Returns400With5501()
    {
        var (status, body) = await UploadAsync(new byte[(25 * 1024 * 1024) + 1]);

        Assert.Equal(400, status);
        Assert.Contains("\"error_code\":5501", body, StringComparison.Ordinal);
        Assert.Contains("Upload size limit exceeded", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadFile_NotMultipart_Returns400With5558()
    {
        var (status, body) = await _client.PostAsync("files", "{}");

        Assert.Equal(400, status);
        Assert.Equal(5558, body.GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task GetFile_UnknownFile_Returns404With5502()
    {
        var chatId = await _client.RequestChatAsync();

        var (status, body) = await _client.GetAsync($"chats/{chatId}/files/0123456789");

        Assert.Equal(404, status);
        Assert.Equal(5502, body.GetProperty("error_code").GetInt32());
        Assert.Equal("File not found", body.GetProperty("error_message").GetString());
    }

    [Fact]
    public async Task UploadFile_BeyondStoreSize_ReplacesOldestFile()
    {
        var chatId = await _client.RequestChatAsync();
        var ids = new List<string>();
        for (var i = 0; i < 4; i++) ids.Add(FileId((await UploadAsync([(byte)i])).Body));

        var oldest = await _client.GetAsync($"chats/{chatId}/files/{ids[0]}");
        using var newest = await _client.Http.SendAsync(_client.Request(HttpMethod.Get, $"chats/{chatId}/files/{ids[3]}"));

        Assert.Equal(404, oldest.Status);
        Assert.Equal(200, (int)newest.StatusCode);
    }

    [Fact]
    public async Task GetFile_WithoutTenantUrl_IsServedAsDocumented()
    {
        var chatId = await _client.RequestChatAsync();
        var id = FileId((await UploadAsync([1, 2, 3], "a.txt", "text/plain")).Body);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"clientweb/api/v2/chats/{chatId}/files/{id}");
        request.Headers.TryAddWithoutValidation("Authorization", $"MOBILE-API-140-327-PLAIN appId=\"{_host.AppId}\", clientId=\"uploader\"");

        using var response = await _client.Http.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task GetProfilePhoto_AgentParty_ReturnsPng()
    {
        var chatId = await _client.RequestChatAsync();
        var chat = await _host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        using var response = await _client.Http.SendAsync(_client.Request(HttpMethod.Get, $"chats/{chatId}/profilephotos/{chat.PartyId}"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    [Fact]
    public async Task GetProfilePhoto_UnknownParty_Returns404With5502()
    {
        var chatId = await _client.RequestChatAsync();

        var (status, body) = await _client.GetAsync($"chats/{chatId}/profilephotos/nobody");

        Assert.Equal(404, status);
        Assert.Equal(5502, body.GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task AgentSendFile_ClientDownloadsItFromChatSessionFileEvent()
    {
        var chatId = await _client.RequestChatAsync();
        await _host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var sent = _host.Agents.SendFile(ChatRef.ById(chatId), "invoice.pdf", "application/pdf", [37, 80, 68, 70]);
        var events = await _client.PollUntilAsync(chatId, ev => ev.Has("chat_session_file"), TimeSpan.FromSeconds(10));
        var fileEvent = events.Single(e => e.GetProperty("event").GetString() == "chat_session_file");
        using var response = await _client.Http.SendAsync(_client.Request(HttpMethod.Get, $"chats/{chatId}/files/{fileEvent.GetProperty("file_id").GetString()}"));

        Assert.True(sent.IsSuccess);
        Assert.Equal(sent.Data, fileEvent.GetProperty("file_id").GetString());
        Assert.Equal("attachment", fileEvent.GetProperty("file_type").GetString());
        Assert.Equal(new byte[] { 37, 80, 68, 70 }, await response.Content.ReadAsByteArrayAsync());
    }
}
