using ChatSwarm.Configuration.Validation;
using ChatSwarm.Client.Tests.Support;

namespace ChatSwarm.Client.Tests;

/// <summary>Creating a client validates its options with one-line messages naming the setting.</summary>
public sealed class MessagingClientTests
{
    public static TheoryData<MessagingClientOptions, string> InvalidOptions() => new()
    {
        { TestClients.Options(new Uri("ftp://host")), "BaseAddress:" },
        { TestClients.Options() with { TenantUrl = " " }, "TenantUrl:" },
        { TestClients.Options() with { AppId = "" }, "AppId:" },
        { TestClients.Options() with { AppId = "a\"b" }, "AppId:" },
        { TestClients.Options() with { RequestTimeout = TimeSpan.Zero }, "RequestTimeout:" },
        { TestClients.Options() with { PollTimeout = TimeSpan.FromSeconds(-1) }, "PollTimeout:" },
        { TestClients.Options() with { MaxConnectionsPerServer = 0 }, "MaxConnectionsPerServer:" },
        { TestClients.Options() with { PooledConnectionIdleTimeout = TimeSpan.Zero }, "PooledConnectionIdleTimeout:" },
        { TestClients.Options() with { MaxUploadBytes = 0 }, "MaxUploadBytes:" },
        { TestClients.Options() with { UserAgent = "" }, "UserAgent:" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Create_InvalidOption_ThrowsOneLineErrorNamingIt(MessagingClientOptions options, string field)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => MessagingClient.Create(options));

        Assert.StartsWith("MessagingClientOptions." + field, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Create_TwoInvalidOptions_OneExceptionListingBoth()
    {
        var options = TestClients.Options() with { RequestTimeout = TimeSpan.Zero, UserAgent = "" };

        var ex = Assert.Throws<OptionsValidationException>(() => MessagingClient.Create(options));

        Assert.Equal(["MessagingClientOptions.RequestTimeout: expected a positive duration", "MessagingClientOptions.UserAgent: expected a non-empty value"], ex.Problems);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Create_WithoutHandler_BuildsHandlerFromOptions()
    {
        var options = TestClients.Options() with { MaxConnectionsPerServer = 77, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(9) };

        using var handler = MessagingClient.CreateHandler(options);

        Assert.Equal(77, handler.MaxConnectionsPerServer);
        Assert.Equal(TimeSpan.FromSeconds(9), handler.PooledConnectionIdleTimeout);
        Assert.False(handler.UseCookies);
        Assert.False(handler.AllowAutoRedirect);
    }

    [Fact]
    public void Create_ValidOptions_ExposesThem()
    {
        var options = TestClients.Options();

        using var client = MessagingClient.Create(options);

        Assert.Same(options, client.Options);
        Assert.Equal(0, client.UnknownEventCount);
    }

    [Fact]
    public async Task Dispose_GivenHandler_LeavesHandlerUsable()
    {
        var handler = new RecordingHandler(body: SeedExamples.GetVersion);
        MessagingClient.Create(TestClients.Options(), handler).Dispose();

        using var second = MessagingClient.Create(TestClients.Options(), handler);
        var result = await second.GetVersionAsync(TestClients.ClientId);

        Assert.True(result.IsSuccess);
    }
}
