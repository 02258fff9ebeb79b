using ChatSwarm.Configuration.Naming;

namespace ChatSwarm.Configuration.Tests.Naming;

public sealed class SnakeCaseNamesTests
{
    private enum Sample
    {
        RequestChat,
        GetNewChatEvents,
    }

    [Theory]
    [InlineData("RequestChat", "request_chat")]
    [InlineData("GetNewChatEvents", "get_new_chat_events")]
    [InlineData("Drop", "drop")]
    public void Of_PascalCase_IsSnakeCase(string pascal, string expected)
    {
        Assert.Equal(expected, SnakeCaseNames.Of(pascal));
    }

    [Theory]
    [InlineData("get_new_chat_events")]
    [InlineData("get-new-chat-events")]
    [InlineData("GetNewChatEvents")]
    [InlineData("GET_NEW_CHAT_EVENTS")]
    public void TryParse_AnySpelling_FindsTheValue(string text)
    {
        Assert.True(SnakeCaseNames.TryParse<Sample>(text, out var value));
        Assert.Equal(Sample.GetNewChatEvents, value);
    }

    [Theory]
    [InlineData("fly")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownName_IsFalse(string? text)
    {
        Assert.False(SnakeCaseNames.TryParse<Sample>(text, out _));
    }

    [Fact]
    public void All_Enum_ListsSnakeCaseNamesInOrder()
    {
        Assert.Equal(["request_chat", "get_new_chat_events"], SnakeCaseNames.All<Sample>());
    }
}
