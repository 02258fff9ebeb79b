namespace ChatSwarm.Client.Tests.Results;

/// <summary>Every code has a name, a description and the documented transience.</summary>
public sealed class ApiErrorCodeTests
{
    private static readonly HashSet<ApiErrorCode> Transient =
    [
        ApiErrorCode.ChatServerTimeout, ApiErrorCode.NoChatServerAvailable, ApiErrorCode.ChatServerDisconnected,
        ApiErrorCode.UnspecifiedServerError, ApiErrorCode.HttpTooManyRequests, ApiErrorCode.HttpServiceUnavailable,
        ApiErrorCode.TransportTimeout, ApiErrorCode.ConnectionRefused, ApiErrorCode.ConnectionReset, ApiErrorCode.TransportFailure, ApiErrorCode.NameResolutionFailed,
    ];

    public static TheoryData<ApiErrorCode> AllCodes() => new(Enum.GetValues<ApiErrorCode>());

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void IsTransient_EveryCode_MatchesTheDocumentedTable(ApiErrorCode code)
    {
        Assert.Equal(Transient.Contains(code), code.IsTransient());
        Assert.Equal(Transient.Contains(code), ApiError.From(code).IsTransient);
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void GetNameAndDescription_EveryListedCode_AreSpecific(ApiErrorCode code)
    {
        Assert.DoesNotContain("error_", code.GetName(), StringComparison.Ordinal);
        Assert.DoesNotContain("Server error ", code.GetDescription(), StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_CoversEveryReferenceErrorCode()
    {
        int[] reference = [1000, 2000, 2001, 2002, 2003, 2004, 3000, 5000, 5001, 5003, 5004, 5005, 5006, 5500, 5501, 5502, 5509, 5511, 5558, 5955, 5601, 5602, 5603];

        Assert.All(reference, code => Assert.True(Enum.IsDefined((ApiErrorCode)code), $"{code} is not defined"));
    }

    [Fact]
    public void From_Code_UsesDocumentedMessage()
    {
        var error = ApiError.From(ApiErrorCode.NoChatServerAvailable, httpStatus: 503);

        Assert.Equal("5001 no_chat_server_available: No server is available to accept chat connection", error.ToString());
        Assert.Equal(503, error.HttpStatus);
    }

    [Fact]
    public void WithMeasurements_Result_CopiesOutcomeAndSetsMeasurements()
    {
        var result = OperationResult<int>.Success(ApiMethod.GetVersion, 7).WithMeasurements(200, TimeSpan.FromSeconds(1), 10, 20);

        Assert.Equal((ResultStatus.Success, 7, 200, TimeSpan.FromSeconds(1), 10L, 20L),
            (result.Status, result.Data, result.HttpStatus, result.Elapsed, result.BytesSent, result.BytesReceived));
    }
}
