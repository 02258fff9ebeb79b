using System.Text;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Simulator.AgentDesktop;

namespace ChatSwarm.Client.Tests.Integration;

/// <summary>Every method of the client against the real simulator, with a test-driven agent on the other side.</summary>
public sealed class SimulatorIntegrationTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private IMessagingClient Client => sim.Client;

    private static string NewClientId() => "it-" + Guid.NewGuid().ToString("N");

    private async Task<(string ClientId, string ChatId, ChatInfo Agent)> ConnectedChatAsync()
    {
        var clientId = NewClientId();
        var chat = await Client.RequestChatAsync(clientId, new ChatRequest { PhoneNumber = "16508888888", Parameters = new Dictionary<string, string> { ["first_name"] = "John" } });
        Assert.True(chat.IsSuccess, chat.ToString());
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var info = await sim.Host.Agents.WaitForConnectedAsync(ChatRef.ById(chat.Data.ChatId), cts.Token);
        return (clientId, chat.Data.ChatId, info);
    }

    [Fact]
    public async Task InformationMethods_AgainstSimulator_ReturnTypedData()
    {
        var clientId = NewClientId();

        var availability = await Client.CheckAvailabilityAsync(clientId);
        var parameters = await Client.GetExpectedParametersAsync(clientId);
        var ice = await Client.GetIceServersAsync(clientId);
        var configuration = await Client.GetWidgetConfigurationAsync(clientId);
        var version = await Client.GetVersionAsync(clientId);

        Assert.True(availability.IsSuccess, availability.ToString());
        Assert.True(availability.Data.IsAvailable);
        Assert.True(parameters.IsSuccess, parameters.ToString());
        Assert.True(ice.IsSuccess, ice.ToString());
        Assert.True(configuration.IsSuccess, configuration.ToString());
        Assert.True(version.IsSuccess, version.ToString());
        Assert.Equal(sim.Host.Options.ServerVersion, version.Data.Version);
        Assert.Equal(200, version.HttpStatus);
        Assert.True(version.BytesReceived > 0);
    }

    [Fact]
    public async Task ChatConversation_AgainstSimulator_RequestPollSendReplyAndHistory()
    {
        var clientId = NewClientId();
        var first = await Client.RequestChatAsync(clientId, new ChatRequest { From = "John" });
        Assert.True(first.IsSuccess, first.ToString());
        Assert.True(first.Data.IsNewChat);
        var chatId = first.Data.ChatId;

        var again = await Client.RequestChatAsync(clientId, new ChatRequest());
        var active = await Client.GetActiveChatAsync(clientId);
        Assert.Equal((chatId, false), (again.Data?.ChatId, again.Data?.IsNewChat));
        Assert.Equal(chatId, active.Data?.ChatId);

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var agent = await sim.Host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), cts.Token);
        var joined = await sim.PollUntilAsync(clientId, chatId, e => e is PartyJoinedEvent);
        Assert.Contains(joined, e => e is PartyJoinedEvent p && p.PartyId == agent.PartyId);

        var sent = await Client.SendEventsAsync(clientId, chatId, [new MessageEvent { MsgId = chatId + ":1", Msg = "Hello from the client" }]);
        Assert.True(sent.IsSuccess, sent.ToString());
        Assert.True(sim.Host.Agents.SendMessage(ChatRef.ById(chatId), "Hello from the agent").IsSuccess);
        var reply = await sim.PollUntilAsync(clientId, chatId, e => e is MessageEvent { Msg: "Hello from the agent" });
        Assert.Contains(reply, e => e is MessageEvent m && m.Msg == "Hello from the agent" && m.PartyId == agent.PartyId && m.Timestamp is not null);

        var history = await Client.GetChatHistoryAsync(clientId, chatId);
        Assert.True(history.IsSuccess, history.ToString());
        Assert.Contains(history.Data.Events, e => e is MessageEvent { Msg: "Hello from the client" });
        Assert.Contains(history.Data.Events, e => e is MessageEvent { Msg: "Hello from the agent" });
        Assert.Equal(0, Client.UnknownEventCount);

        var end = await Client.SendEventsAsync(clientId, chatId, [new EndEvent()]);
        Assert.True(end.IsSuccess, end.ToString());
    }

    [Fact]
    public async Task Notifications_AgainstSimulator_SubscribeAndReportTooManyParameters()
    {
        var (clientId, chatId, _) = await ConnectedChatAsync();

        var subscribed = await Client.SubscribeNotificationsAsync(clientId, chatId, new NotificationSubscription { AndroidFirebaseDeviceToken = "fb-token" });
        var cancelled = await Client.SubscribeNotificationsAsync(clientId, chatId, new NotificationSubscription());
        var tooMany = await Client.SubscribeNotificationsAsync(clientId, chatId,
            new NotificationSubscription { AndroidFirebaseDeviceToken = "a", IosFirebaseDeviceToken = "b" });

        Assert.True(subscribed.IsSuccess, subscribed.ToString());
        Assert.True(cancelled.IsSuccess, cancelled.ToString());
        Assert.Equal(ApiErrorCode.TooManyParameters, tooMany.Error?.Code);
        Assert.Equal(406, tooMany.HttpStatus);
    }

    [Fact]
    public async Task Files_AgainstSimulator_UploadDownloadAgentFileAndProfilePhoto()
    {
        var (clientId, chatId, agent) = await ConnectedChatAsync();
        var bytes = Encoding.UTF8.GetBytes("a small important file");
        using var content = new MemoryStream(bytes);

        var upload = await Client.UploadFileAsync(clientId, new FileUpload { FileName = "important_file.txt", ContentType = "text/plain", Content = content });
        Assert.True(upload.IsSuccess, upload.ToString());
        var sent = await Client.SendEventsAsync(clientId, chatId, [new FileEvent { MsgId = chatId + ":2", FileId = upload.Data.FileId, FileType = "attachment" }]);
        Assert.True(sent.IsSuccess, sent.ToString());

        var download = await Client.GetFileAsync(clientId, chatId, upload.Data.FileId);
        Assert.True(download.IsSuccess, download.ToString());
        await using (download.Data)
        {
            using var copy = new MemoryStream();
            await download.Data.Content.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        var agentFile = sim.Host.Agents.SendFile(ChatRef.ById(chatId), "photo.png", "image/png", [137, 80, 78, 71]);
        Assert.True(agentFile.IsSuccess);
        var events = await sim.PollUntilAsync(clientId, chatId, e => e is FileEvent { FileType: "image" });
        var fileEvent = events.OfType<FileEvent>().Single(e => e.FileType == "image");
        var agentDownload = await Client.GetFileAsync(clientId, chatId, fileEvent.FileId);
        Assert.True(agentDownload.IsSuccess, agentDownload.ToString());
        agentDownload.Data.Dispose();

        var photo = await Client.GetAgentProfilePhotoAsync(clientId, chatId, agent.PartyId!);
        Assert.True(photo.IsSuccess, photo.ToString());
        await using (photo.Data)
        {
            using var copy = new MemoryStream();
            await photo.Data.Content.CopyToAsync(copy);
            Assert.NotEmpty(copy.ToArray());
        }
    }

    [Fact]
    public async Task UploadFileAsync_OverServerLimit_ReturnsServer5501()
    {
        var clientId = NewClientId();
        using var content = new MemoryStream(new byte[sim.Host.Options.MaxFileBytes + 1]);

        var upload = await Client.UploadFileAsync(clientId, new FileUpload { FileName = "big.bin", ContentType = "application/octet-stream", Content = content });

        Assert.Equal(ApiErrorCode.UploadSizeLimitExceeded, upload.Error?.Code);
        Assert.NotEqual(0, upload.HttpStatus);
    }

    [Fact]
    public async Task GetFileAsync_UnknownFile_ReturnsErrorResult()
    {
        var (clientId, chatId, _) = await ConnectedChatAsync();

        var download = await Client.GetFileAsync(clientId, chatId, "no-such-file");

        Assert.False(download.IsSuccess);
        Assert.Contains(download.Error.Code, new[] { ApiErrorCode.FileNotFound, ApiErrorCode.HttpNotFound });
    }

    [Fact]
    public async Task Cases_AgainstSimulator_NotAcceptableBeforeCaseSetThenHistoryAndClose()
    {
        var (clientId, chatId, _) = await ConnectedChatAsync();

        var before = await Client.GetCaseHistoryAsync(clientId);
        var closeBefore = await Client.CloseCaseAsync(clientId);
        Assert.Equal((ApiErrorCode.NoCaseSpecified, 406), (before.Error?.Code, before.HttpStatus));
        Assert.Equal(ApiErrorCode.NoCaseSpecified, closeBefore.Error?.Code);

        Assert.True(sim.Host.Agents.SetCase(ChatRef.ById(chatId), "case-42").IsSuccess);
        var events = await sim.PollUntilAsync(clientId, chatId, e => e is CaseSetEvent);
        Assert.Equal("case-42", events.OfType<CaseSetEvent>().Single().CaseId);

        var history = await Client.GetCaseHistoryAsync(clientId);
        Assert.True(history.IsSuccess, history.ToString());
        var session = Assert.Single(history.Data.Sessions);
        Assert.Equal(chatId, session.ChatId);
        Assert.NotNull(session.CreatedTime);
        Assert.Contains(session.Events, e => e is PartyJoinedEvent);

        var closed = await Client.CloseCaseAsync(clientId);
        Assert.True(closed.IsSuccess, closed.ToString());
    }

    [Fact]
    public async Task GetNewEventsAsync_NoEventsDuringHold_ReturnsEmptyBatch()
    {
        var (clientId, chatId, _) = await ConnectedChatAsync();
        await sim.PollUntilAsync(clientId, chatId, e => e is PartyJoinedEvent);

        var poll = await Client.GetNewEventsAsync(clientId, chatId);

        Assert.True(poll.IsSuccess, poll.ToString());
        Assert.Empty(poll.Data.Events);
    }

    [Fact]
    public async Task GetNewEventsAsync_CallerCancelsHeldPoll_ThrowsAndNextPollStillWorks()
    {
        var (clientId, chatId, _) = await ConnectedChatAsync();
        await sim.PollUntilAsync(clientId, chatId, e => e is PartyJoinedEvent);
        using var cts = new CancellationTokenSource();

        var poll = Client.GetNewEventsAsync(clientId, chatId, cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll);

        // The server notices the abandoned poll only when the connection closes; until then a new poll is refused with
        // 5509, so wait for one to be accepted before the agent speaks (a message handed to the abandoned poll is lost).
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        OperationResult<ChatEventBatch> next;
        do next = await Client.GetNewEventsAsync(clientId, chatId, deadline.Token);
        while (next.Error?.Code == ApiErrorCode.ConcurrentPoll);
        Assert.True(next.IsSuccess, next.ToString());
        Assert.True(sim.Host.Agents.SendMessage(ChatRef.ById(chatId), "still here").IsSuccess);
        var events = await sim.PollUntilAsync(clientId, chatId, e => e is MessageEvent { Msg: "still here" });
        Assert.NotEmpty(events);
    }

    [Fact]
    public async Task AnyMethod_UnknownAppId_ReturnsAuthenticationError()
    {
        using var client = MessagingClient.Create(sim.ClientOptions() with { AppId = "no-such-app" });

        var result = await client.CheckAvailabilityAsync(NewClientId());

        Assert.False(result.IsSuccess);
        Assert.True(result.Error.Code.IsAuthenticationFailure(), result.ToString());
        Assert.False(result.Error.IsTransient);
    }

    [Fact]
    public async Task GetChatHistoryAsync_UnknownChat_ReturnsChatSessionNotFound()
    {
        var result = await Client.GetChatHistoryAsync(NewClientId(), "no-such-chat");

        Assert.Equal(ApiErrorCode.ChatSessionNotFound, result.Error?.Code);
    }
}
