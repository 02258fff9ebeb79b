using System.Net;
using System.Text;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Client.Signaling;
using ChatSwarm.Client.Tests.Support;

namespace ChatSwarm.Client.Tests.Http;

/// <summary>Pins every one of the 16 requests to the reference: method, path, query, headers and JSON body.</summary>
public sealed class WireFormatTests
{
    private const string Authorization = "MOBILE-API-140-327-PLAIN appId=\"test\", clientId=\"123\"";
    private const string Query = "?tenantUrl=yourcompany.brightpattern.com";
    private const string Prefix = "https://yourcompany.brightpattern.com/clientweb/api/v2/";
    private const string ChatId = "d6c1adc2-385b-42e5-9e0a-1883c2bc5f81";

    private static void AssertRequest(RecordedRequest request, HttpMethod method, string path)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(Prefix + path + Query, request.Uri.AbsoluteUri);
        Assert.Equal(Authorization, request.Headers["Authorization"]);
        Assert.Equal("MobileClient", request.Headers["User-Agent"]);
    }

    private static void AssertJsonBody(RecordedRequest request, string expectedJson)
    {
        Assert.Equal("application/json; charset=UTF-8", request.ContentHeaders["Content-Type"]);
        Assert.Equal(expectedJson, request.BodyText);
    }

    [Fact]
    public async Task CheckAvailabilityAsync_Always_SendsGetAvailability()
    {
        var handler = new RecordingHandler(body: SeedExamples.CheckAvailability);
        using var client = TestClients.Create(handler);

        var result = await client.CheckAvailabilityAsync(TestClients.ClientId);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Get, "availability");
        Assert.Empty(handler.Single.Body);
    }

    [Fact]
    public async Task GetExpectedParametersAsync_Always_SendsGetParameters()
    {
        var handler = new RecordingHandler(body: SeedExamples.ExpectedParameters);
        using var client = TestClients.Create(handler);

        var result = await client.GetExpectedParametersAsync(TestClients.ClientId);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Get, "parameters");
    }

    [Fact]
    public async Task RequestChatAsync_WithSeedExample_SendsPostChatsWithSnakeCaseBody()
    {
        var handler = new RecordingHandler(body: SeedExamples.RequestChat);
        using var client = TestClients.Create(handler);
        var request = new ChatRequest
        {
            PhoneNumber = "3001",
            Parameters = new Dictionary<string, string> { ["first_name"] = "John", ["last_name"] = "Lee" },
        };

        var result = await client.RequestChatAsync(TestClients.ClientId, request);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Post, "chats");
        AssertJsonBody(handler.Single, """{"phone_number":"3001","parameters":{"first_name":"John","last_name":"Lee"}}""");
    }

    [Fact]
    public async Task RequestChatAsync_WithFrom_SendsFromField()
    {
        var handler = new RecordingHandler(body: SeedExamples.RequestChat);
        using var client = TestClients.Create(handler);

        await client.RequestChatAsync(TestClients.ClientId, new ChatRequest { From = "John" });

        AssertJsonBody(handler.Single, """{"from":"John"}""");
    }

    [Fact]
    public async Task SubscribeNotificationsAsync_WithApnsToken_SendsPostNotifications()
    {
        var handler = new RecordingHandler(body: SeedExamples.NotificationSubscription);
        using var client = TestClients.Create(handler);
        var subscription = new NotificationSubscription { IosApnsDeviceToken = "tok", IosAppBundleId = "com.example.app" };

        var result = await client.SubscribeNotificationsAsync(TestClients.ClientId, ChatId, subscription);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Post, $"chats/{ChatId}/notifications");
        AssertJsonBody(handler.Single, """{"ios_apns_device_token":"tok","ios_app_bundle_id":"com.example.app"}""");
    }

    [Theory]
    [InlineData("ios_firebase_device_token")]
    [InlineData("android_firebase_device_token")]
    public async Task SubscribeNotificationsAsync_WithFirebaseToken_SendsOnlyThatField(string field)
    {
        var handler = new RecordingHandler(body: "{}");
        using var client = TestClients.Create(handler);
        var subscription = field == "ios_firebase_device_token"
            ? new NotificationSubscription { IosFirebaseDeviceToken = "fb" }
            : new NotificationSubscription { AndroidFirebaseDeviceToken = "fb" };

        await client.SubscribeNotificationsAsync(TestClients.ClientId, ChatId, subscription);

        AssertJsonBody(handler.Single, $$"""{"{{field}}":"fb"}""");
    }

    [Fact]
    public async Task SubscribeNotificationsAsync_WithNoToken_SendsEmptyObjectToCancel()
    {
        var handler = new RecordingHandler(body: "{}");
        using var client = TestClients.Create(handler);

        await client.SubscribeNotificationsAsync(TestClients.ClientId, ChatId, new NotificationSubscription());

        AssertJsonBody(handler.Single, "{}");
    }

    [Fact]
    public async Task GetActiveChatAsync_Always_SendsGetChatsActive()
    {
        var handler = new RecordingHandler(body: SeedExamples.GetActiveChat);
        using var client = TestClients.Create(handler);

        var result = await client.GetActiveChatAsync(TestClients.ClientId);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Get, "chats/active");
    }

    [Fact]
    public async Task SendEventsAsync_WithClientEvents_SendsPostEventsWithSeedFormats()
    {
        var handler = new RecordingHandler(body: SeedExamples.SendEvents);
        using var client = TestClients.Create(handler);
        var events = new ChatEvent[]
        {
            new MessageEvent { MsgId = "chat1:1", Msg = "Hello", Channel = "web" },
            new TypingEvent(),
            new SignalingEvent { MsgId = "chat1:3", DestinationPartyId = "agent1", Message = new RequestCallSignal { OfferVideo = true } },
        };

        var result = await client.SendEventsAsync(TestClients.ClientId, ChatId, events);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Post, $"chats/{ChatId}/events");
        AssertJsonBody(handler.Single,
            """{"events":[{"event":"chat_session_message","msg_id":"chat1:1","msg":"Hello","channel":"web"},{"event":"chat_session_typing"},{"event":"chat_session_signaling","msg_id":"chat1:3","destination_party_id":"agent1","data":"{\"type\":\"REQUEST_CALL\",\"offerVideo\":\"true\"}"}]}""");
    }

    [Fact]
    public async Task GetChatHistoryAsync_Always_SendsGetHistory()
    {
        var handler = new RecordingHandler(body: SeedExamples.EventsBody(SeedExamples.ServerMessage));
        using var client = TestClients.Create(handler);

        var result = await client.GetChatHistoryAsync(TestClients.ClientId, ChatId);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Get, $"chats/{ChatId}/history");
    }

    [Fact]
    public async Task GetNewEventsAsync_Always_SendsGetEvents()
    {
        var handler = new RecordingHandler(body: SeedExamples.EventsBody(SeedExamples.ServerStatus));
        using var client = TestClients.Create(handler);

        var result = await client.GetNewEventsAsync(TestClients.ClientId, ChatId);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Get, $"chats/{ChatId}/events");
    }

    [Fact]
    public async Task GetNewEventsAsync_ChatAddressPolledTwice_SameRequestAsByIdsWithOneUriReused()
    {
        var handler = new RecordingHandler(body: SeedExamples.EventsBody(SeedExamples.ServerStatus));
        using var client = TestClients.Create(handler);
        var chat = new ChatAddress(TestClients.ClientId, ChatId);

        var first = await client.GetNewEventsAsync(chat);
        var second = await client.GetNewEventsAsync(chat);

        Assert.True(first.IsSuccess);
        Assert.True(second.IsSuccess);
        Assert.Equal(2, handler.Requests.Count);
        AssertRequest(handler.Requests[0], HttpMethod.Get, $"chats/{ChatId}/events");
        AssertRequest(handler.Requests[1], HttpMethod.Get, $"chats/{ChatId}/events");
        Assert.Same(handler.Requests[0].Uri, handler.Requests[1].Uri);
    }

    [Fact]
    public async Task GetNewEventsAsync_ChatAddressPolledByAnotherClient_UsesThatClientsAddress()
    {
        var first = new RecordingHandler(body: SeedExamples.EventsBody(SeedExamples.ServerStatus));
        var second = new RecordingHandler(body: SeedExamples.EventsBody(SeedExamples.ServerStatus));
        using var one = TestClients.Create(first);
        using var other = MessagingClient.Create(TestClients.Options(new Uri("http://127.0.0.1:5000/")) with { AppId = "other" }, second);
        var chat = new ChatAddress("client 1", "chat/1?x");

        await one.GetNewEventsAsync(chat);
        await other.GetNewEventsAsync(chat);

        Assert.Equal("http://127.0.0.1:5000/clientweb/api/v2/chats/chat%2F1%3Fx/events?tenantUrl=yourcompany.brightpattern.com", second.Single.Uri.AbsoluteUri);
        Assert.Equal("MOBILE-API-140-327-PLAIN appId=\"other\", clientId=\"client 1\"", second.Single.Headers["Authorization"]);
    }

    [Fact]
    public async Task GetNewEventsAsync_ChatAddressWithQuoteInClientId_ReturnsInvalidRequestWithoutSending()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var result = await client.GetNewEventsAsync(new ChatAddress("a\"b", ChatId));

        Assert.Equal(ApiErrorCode.InvalidRequest, result.Error?.Code);
        Assert.Contains("clientId", result.Error?.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task UploadFileAsync_WithSmallFile_SendsMultipartFilePart()
    {
        var handler = new RecordingHandler(body: SeedExamples.UploadFile);
        using var client = TestClients.Create(handler);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("important"));

        var result = await client.UploadFileAsync(TestClients.ClientId,
            new FileUpload { FileName = "important_file.txt", ContentType = "text/plain", Content = content });

        Assert.True(result.IsSuccess);
        var request = handler.Single;
        AssertRequest(request, HttpMethod.Post, "files");
        Assert.StartsWith("multipart/form-data; boundary=", request.ContentHeaders["Content-Type"], StringComparison.Ordinal);
        var body = request.BodyText;
        Assert.Contains("Content-Disposition: form-data; name=file; filename=important_file.txt", body, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/plain", body, StringComparison.Ordinal);
        Assert.Contains("\r\n\r\nimportant\r\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFileAsync_Always_SendsGetChatFile()
    {
        var handler = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3]) });
        using var client = TestClients.Create(handler);

        var result = await client.GetFileAsync(TestClients.ClientId, ChatId, "file1");

        Assert.True(result.IsSuccess);
        await result.Data.DisposeAsync();
        AssertRequest(handler.Single, HttpMethod.Get, $"chats/{ChatId}/files/file1");
    }

    [Fact]
    public async Task GetAgentProfilePhotoAsync_Always_SendsGetProfilePhoto()
    {
        var handler = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3]) });
        using var client = TestClients.Create(handler);

        var result = await client.GetAgentProfilePhotoAsync(TestClients.ClientId, ChatId, "agent1");

        Assert.True(result.IsSuccess);
        result.Data.Dispose();
        AssertRequest(handler.Single, HttpMethod.Get, $"chats/{ChatId}/profilephotos/agent1");
    }

    [Fact]
    public async Task GetIceServersAsync_Always_SendsGetIceServers()
    {
        var handler = new RecordingHandler(body: SeedExamples.GetIceServers);
        using var client = TestClients.Create(handler);

        var result = await client.GetIceServersAsync(TestClients.ClientId);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Get, "iceservers");
    }

    [Fact]
    public async Task GetWidgetConfigurationAsync_Always_SendsGetConfiguration()
    {
        var handler = new RecordingHandler(body: SeedExamples.GetChatWidgetConfiguration);
        using var client = TestClients.Create(handler);

        var result = await client.GetWidgetConfigurationAsync(TestClients.ClientId);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Get, "configuration");
    }

    [Fact]
    public async Task GetCaseHistoryAsync_Always_SendsGetCaseHistory()
    {
        var handler = new RecordingHandler(body: SeedExamples.GetCaseHistory);
        using var client = TestClients.Create(handler);

        var result = await client.GetCaseHistoryAsync(TestClients.ClientId);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Get, "casehistory");
    }

    [Fact]
    public async Task CloseCaseAsync_Always_SendsPostCloseCaseWithoutBody()
    {
        var handler = new RecordingHandler(body: SeedExamples.CloseCase);
        using var client = TestClients.Create(handler);

        var result = await client.CloseCaseAsync(TestClients.ClientId);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Post, "closecase");
        Assert.Empty(handler.Single.Body);
    }

    [Fact]
    public async Task GetVersionAsync_Always_SendsGetVersion()
    {
        var handler = new RecordingHandler(body: SeedExamples.GetVersion);
        using var client = TestClients.Create(handler);

        var result = await client.GetVersionAsync(TestClients.ClientId);

        Assert.True(result.IsSuccess);
        AssertRequest(handler.Single, HttpMethod.Get, "version");
    }

    [Fact]
    public async Task AnyMethod_WithSpecialCharacters_EscapesTenantUrlAndPathSegments()
    {
        var handler = new RecordingHandler(body: SeedExamples.EventsBody());
        var options = TestClients.Options(new Uri("http://127.0.0.1:5000/")) with { TenantUrl = "a b&c=d" };
        using var client = MessagingClient.Create(options, handler);

        await client.GetNewEventsAsync("client 1", "chat/1?x");

        var request = handler.Single;
        Assert.Equal("http://127.0.0.1:5000/clientweb/api/v2/chats/chat%2F1%3Fx/events?tenantUrl=a%20b%26c%3Dd", request.Uri.AbsoluteUri);
        Assert.Equal("MOBILE-API-140-327-PLAIN appId=\"test\", clientId=\"client 1\"", request.Headers["Authorization"]);
    }

    [Fact]
    public async Task AnyMethod_WithEmptyClientId_ReturnsInvalidRequestWithoutSending()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var result = await client.GetVersionAsync("");

        Assert.Equal(ApiErrorCode.InvalidRequest, result.Error?.Code);
        Assert.Contains("clientId", result.Error?.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task AnyMethod_OnSuccess_FillsMeasurements()
    {
        var handler = new RecordingHandler(body: SeedExamples.GetVersion);
        using var client = TestClients.Create(handler);

        var result = await client.GetVersionAsync(TestClients.ClientId);

        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(Encoding.UTF8.GetByteCount(SeedExamples.GetVersion), result.BytesReceived);
        Assert.True(result.BytesSent > Prefix.Length);
        Assert.True(result.Elapsed >= TimeSpan.Zero);
    }
}
