using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Tests.Metrics;

public sealed class StepNamesTests
{
    [Theory]
    [InlineData(ApiMethod.RequestChat, "request_chat")]
    [InlineData(ApiMethod.GetNewChatEvents, "get_new_chat_events")]
    [InlineData(ApiMethod.SendEvents, "send_events")]
    [InlineData(ApiMethod.UploadFile, "upload_file")]
    [InlineData(ApiMethod.GetChatWidgetConfiguration, "get_chat_widget_configuration")]
    public void Of_Method_IsSnakeCase(ApiMethod method, string name)
    {
        Assert.Equal(name, StepNames.Of(method));
        Assert.True(StepNames.TryParseMethod(name, out var parsed));
        Assert.Equal(method, parsed);
    }

    [Fact]
    public void Methods_CoverEveryApiMethodOnce()
    {
        Assert.Equal(Enum.GetValues<ApiMethod>().Length, StepNames.Methods.Distinct().Count());
    }

    [Theory]
    [InlineData("queue_wait", true)]
    [InlineData("reply_rtt", true)]
    [InlineData("close_case", true)]
    [InlineData("typing", false)]
    [InlineData(null, false)]
    public void IsKnown_MethodsAndChatMeasures(string? name, bool known)
    {
        Assert.Equal(known, StepNames.IsKnown(name));
    }
}
