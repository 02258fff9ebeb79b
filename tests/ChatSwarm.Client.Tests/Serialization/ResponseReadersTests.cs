using System.Text;
using System.Text.Json;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Serialization;
using ChatSwarm.Client.Tests.Support;

namespace ChatSwarm.Client.Tests.Serialization;

/// <summary>Every example response of the reference parses to the documented values.</summary>
public sealed class ResponseReadersTests
{
    private static ReadOnlySpan<byte> Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void ReadAvailability_SeedExample_ReadsStatusAndEwtFromString()
    {
        var availability = ResponseReaders.ReadAvailability(Utf8(SeedExamples.CheckAvailability));

        Assert.True(availability.IsAvailable);
        Assert.Equal("available", availability.Status);
        Assert.Equal(3, availability.Ewt);
    }

    [Fact]
    public void ReadAvailability_NotAvailableWithoutEwt_ReadsNullEwt()
    {
        var availability = ResponseReaders.ReadAvailability(Utf8("""{"chat":"notAvailable"}"""));

        Assert.False(availability.IsAvailable);
        Assert.Equal("notAvailable", availability.Status);
        Assert.Null(availability.Ewt);
    }

    [Fact]
    public void ReadParameters_SeedExample_ReadsNameTypePairs()
    {
        var parameters = ResponseReaders.ReadParameters(Utf8(SeedExamples.ExpectedParameters));

        Assert.Equal([new("first_name", "FIRST_NAME"), new("email", "EMAIL")], parameters);
    }

    [Fact]
    public void ReadChatSession_RequestChatExample_ReadsAllFields()
    {
        var session = ResponseReaders.ReadChatSession(Utf8(SeedExamples.RequestChat));

        Assert.Equal("d6c1adc2-385b-42e5-9e0a-1883c2bc5f81", session.ChatId);
        Assert.Equal(ChatState.Ivr, session.State);
        Assert.Equal(0, session.Ewt);
        Assert.True(session.IsNewChat);
        Assert.Equal("16508888888", session.PhoneNumber);
    }

    [Fact]
    public void ReadChatSession_ActiveChatExample_ReadsQueuedWithoutIsNewChat()
    {
        var session = ResponseReaders.ReadChatSession(Utf8(SeedExamples.GetActiveChat));

        Assert.Equal(ChatState.Queued, session.State);
        Assert.Equal(25, session.Ewt);
        Assert.False(session.IsNewChat);
    }

    [Fact]
    public void ReadChatSession_NumericEwtAndUnknownState_ReadsTolerantly()
    {
        var session = ResponseReaders.ReadChatSession(Utf8("""{"chat_id":"c","state":"weird","ewt":12.6}"""));

        Assert.Equal(ChatState.Unknown, session.State);
        Assert.Equal(13, session.Ewt);
    }

    [Fact]
    public void ReadNotificationServices_SeedExampleAndServices_ReadsMap()
    {
        Assert.Empty(ResponseReaders.ReadNotificationServices(Utf8(SeedExamples.NotificationSubscription)).Services);
        Assert.Empty(ResponseReaders.ReadNotificationServices(Utf8("")).Services);

        var services = ResponseReaders.ReadNotificationServices(Utf8("""{"apns":"subscribed","fcm":true}""")).Services;

        Assert.Equal("subscribed", services["apns"]);
        Assert.Equal("true", services["fcm"]);
    }

    [Fact]
    public void ReadUploadedFile_SeedExample_ReadsFileId()
    {
        Assert.Equal("8c1d3bf2-0b5e-4d43-a1b7-5d8f0c1c9e11", ResponseReaders.ReadUploadedFile(Utf8(SeedExamples.UploadFile)).FileId);
    }

    [Fact]
    public void ReadIceServers_SeedExample_ReadsServer()
    {
        var server = Assert.Single(ResponseReaders.ReadIceServers(Utf8(SeedExamples.GetIceServers)));

        Assert.Equal(new("stun:stun.example.com:3478", "user", "secret"), server);
    }

    [Fact]
    public void ReadIceServers_WithoutOptionalCredentials_ReadsNulls()
    {
        var server = Assert.Single(ResponseReaders.ReadIceServers(Utf8("""{"servers":[{"url":"stun:s"}]}""")));

        Assert.Null(server.Username);
        Assert.Null(server.Credential);
    }

    [Fact]
    public void ReadWidgetConfiguration_SeedExample_KeepsDefinitionAndStylesAsJson()
    {
        var widget = Assert.Single(ResponseReaders.ReadWidgetConfiguration(Utf8(SeedExamples.GetChatWidgetConfiguration)).Widgets);

        Assert.Equal("default", widget.Name);
        Assert.Equal(["https://www.example.com/", "https://shop.example.com/"], widget.Urls);
        Assert.Equal("bottom_right", widget.Definition.GetProperty("contact_tab").GetProperty("location").GetString());
        Assert.Equal("1px solid #ccc", widget.Styles.GetProperty("style1").GetProperty("widgetBorder").GetProperty("border").GetString());
    }

    [Fact]
    public void ReadCaseHistory_SeedExample_ReadsSessionsAndEvents()
    {
        var history = ResponseReaders.ReadCaseHistory(Utf8(SeedExamples.GetCaseHistory));

        Assert.Equal(2, history.Sessions.Count);
        Assert.Equal("11111111-0000-0000-0000-000000000001", history.Sessions[0].ChatId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), history.Sessions[0].CreatedTime);
        var message = Assert.IsType<MessageEvent>(Assert.Single(history.Sessions[0].Events));
        Assert.Equal("Hello", message.Msg);
        Assert.Empty(history.Sessions[1].Events);
    }

    [Fact]
    public void ReadServerVersion_SeedExample_ReadsVersion()
    {
        Assert.Equal("5.5.6.12345 (Stable)", ResponseReaders.ReadServerVersion(Utf8(SeedExamples.GetVersion)).Version);
    }

    [Fact]
    public void ReadEventBatch_EmptyBodyOrEmptyObject_ReadsNoEvents()
    {
        Assert.Empty(ResponseReaders.ReadEventBatch(Utf8("")).Events);
        Assert.Empty(ResponseReaders.ReadEventBatch(Utf8("{}")).Events);
        Assert.Empty(ResponseReaders.ReadEventBatch(Utf8("""{"events":null}""")).Events);
    }

    [Theory]
    [InlineData("[]", "expected an object with 'chat' status")]
    [InlineData("", "got an empty body")]
    [InlineData("{\"chat\":", "expected an object with 'chat' status")]
    [InlineData("{\"ewt\":\"3\"}", "'chat' is missing")]
    public void ReadAvailability_WrongShape_ThrowsNamingExpectation(string body, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => ResponseReaders.ReadAvailability(Utf8(body)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadError_NumericAndStringCodes_ReadsBoth()
    {
        Assert.Equal((5005, "Chat session is not found"), ResponseReaders.TryReadError(Utf8("""{"error_code":5005,"error_message":"Chat session is not found"}""")));
        Assert.Equal((2004, "Authorization parameter is missing: clientId"), ResponseReaders.TryReadError(Utf8("""{"error_code":"2004","error_message":"Authorization parameter is missing: clientId"}""")));
        Assert.Null(ResponseReaders.TryReadError(Utf8("<html>oops</html>")));
        Assert.Null(ResponseReaders.TryReadError(Utf8("""{"error_code":"abc"}""")));
        Assert.Null(ResponseReaders.TryReadError(Utf8("")));
    }
}
