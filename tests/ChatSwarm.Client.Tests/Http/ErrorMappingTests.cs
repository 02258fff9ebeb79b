using System.Net;
using ChatSwarm.Client.Tests.Support;

namespace ChatSwarm.Client.Tests.Http;

/// <summary>Non-2xx responses and malformed 2xx bodies become error results, never exceptions.</summary>
public sealed class ErrorMappingTests
{
    private const string ChatId = "chat-1";

    public static TheoryData<int> ApiCodes() => new()
    {
        1000, 2000, 2001, 2002, 2003, 2004, 3000, 5000, 5001, 5003, 5004, 5005, 5006,
        5500, 5501, 5502, 5509, 5511, 5558, 5955, 5601, 5602, 5603,
    };

    [Theory]
    [MemberData(nameof(ApiCodes))]
    public async Task AnyMethod_ErrorBodyWithNumericCode_ReturnsThatCode(int code)
    {
        var handler = new RecordingHandler(HttpStatusCode.BadRequest, $$"""{"error_code": {{code}}, "error_message": "server says"}""");
        using var client = TestClients.Create(handler);

        var result = await client.GetNewEventsAsync(TestClients.ClientId, ChatId);

        Assert.False(result.IsSuccess);
        Assert.Equal((ApiErrorCode)code, result.Error.Code);
        Assert.Equal(((ApiErrorCode)code).GetName(), result.Error.Name);
        Assert.Equal("server says", result.Error.Message);
        Assert.Equal(400, result.Error.HttpStatus);
        Assert.Equal(400, result.HttpStatus);
        Assert.DoesNotContain("error_", result.Error.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyMethod_ErrorBodyWithStringCode_ReturnsThatCode()
    {
        var handler = new RecordingHandler(HttpStatusCode.Forbidden, """{"error_code": "2004", "error_message": "Authorization parameter is missing: clientId"}""");
        using var client = TestClients.Create(handler);

        var result = await client.CheckAvailabilityAsync(TestClients.ClientId);

        Assert.Equal(ApiErrorCode.MissingClientId, result.Error?.Code);
        Assert.True(result.Error!.Code.IsAuthenticationFailure());
        Assert.False(result.Error.IsTransient);
    }

    [Fact]
    public async Task AnyMethod_ErrorBodyWithUnlistedCode_KeepsNumericValue()
    {
        var handler = new RecordingHandler(HttpStatusCode.InternalServerError, """{"error_code": 5999}""");
        using var client = TestClients.Create(handler);

        var result = await client.GetVersionAsync(TestClients.ClientId);

        Assert.Equal(5999, (int)result.Error!.Code);
        Assert.Equal("error_5999", result.Error.Name);
        Assert.Equal("Server error 5999", result.Error.Message);
    }

    [Theory]
    [InlineData(400, ApiErrorCode.HttpBadRequest)]
    [InlineData(403, ApiErrorCode.HttpForbidden)]
    [InlineData(404, ApiErrorCode.HttpNotFound)]
    [InlineData(406, ApiErrorCode.HttpNotAcceptable)]
    [InlineData(429, ApiErrorCode.HttpTooManyRequests)]
    [InlineData(500, ApiErrorCode.HttpInternalServerError)]
    [InlineData(503, ApiErrorCode.HttpServiceUnavailable)]
    [InlineData(502, ApiErrorCode.HttpOther)]
    [InlineData(418, ApiErrorCode.HttpOther)]
    public async Task AnyMethod_StatusWithoutApiBody_ReturnsHttpCode(int status, ApiErrorCode expected)
    {
        var handler = new RecordingHandler(_ => new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent("<html>nope</html>") });
        using var client = TestClients.Create(handler);

        var result = await client.GetCaseHistoryAsync(TestClients.ClientId);

        Assert.Equal(expected, result.Error?.Code);
        Assert.Equal(status, result.HttpStatus);
        Assert.Equal(status, result.Error!.HttpStatus);
    }

    [Fact]
    public async Task Download_ErrorBody_ReturnsApiCodeAndReleasesResponse()
    {
        var handler = new RecordingHandler(HttpStatusCode.NotFound, """{"error_code":5502,"error_message":"File not found"}""");
        using var client = TestClients.Create(handler);

        var result = await client.GetFileAsync(TestClients.ClientId, ChatId, "missing");

        Assert.Equal(ApiErrorCode.FileNotFound, result.Error?.Code);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task GetNewEventsAsync_MalformedBody_ReturnsMalformedNamingMethodAndByte()
    {
        var handler = new RecordingHandler(body: """{"events": {"event":"x"}}""");
        using var client = TestClients.Create(handler);

        var result = await client.GetNewEventsAsync(TestClients.ClientId, ChatId);

        Assert.Equal(ApiErrorCode.MalformedResponse, result.Error?.Code);
        Assert.Equal("GetNewChatEvents: expected 'events' to be an array at byte 11", result.Error!.Message);
        Assert.Equal(200, result.HttpStatus);
    }

    [Fact]
    public async Task GetNewEventsAsync_NotAnObject_ReturnsMalformedAtByteZero()
    {
        var handler = new RecordingHandler(body: "[]");
        using var client = TestClients.Create(handler);

        var result = await client.GetNewEventsAsync(TestClients.ClientId, ChatId);

        Assert.Equal("GetNewChatEvents: expected an object with 'events' array at byte 0", result.Error?.Message);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"chat_id\": 5")]
    [InlineData("{}")]
    public async Task RequestChatAsync_BadBody_ReturnsMalformedNamingMethod(string body)
    {
        var handler = new RecordingHandler(body: body);
        using var client = TestClients.Create(handler);

        var result = await client.RequestChatAsync(TestClients.ClientId, new());

        Assert.Equal(ApiErrorCode.MalformedResponse, result.Error?.Code);
        Assert.StartsWith("RequestChat: expected a chat session object with 'chat_id'", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetNewEventsAsync_UnknownEvents_AreCountedAndKept()
    {
        var handler = new RecordingHandler(body: SeedExamples.EventsBody("""{"event":"x_future"}""", SeedExamples.ServerEnded, """{"event":"y_future"}"""));
        using var client = TestClients.Create(handler);

        var result = await client.GetNewEventsAsync(TestClients.ClientId, ChatId);
        await client.GetChatHistoryAsync(TestClients.ClientId, ChatId);

        Assert.True(result.IsSuccess);
        Assert.Equal(3, result.Data.Events.Count);
        Assert.Equal(4, client.UnknownEventCount);
    }
}
