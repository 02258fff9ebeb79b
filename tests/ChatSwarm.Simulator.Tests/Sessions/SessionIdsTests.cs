using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.Tests.Sessions;

public sealed class SessionIdsTests
{
    [Fact]
    public void Next_EachKind_CountsOnItsOwn()
    {
        var ids = new SessionIds("chat");

        var handedOut = new[] { ids.NextServerMessage(), ids.NextClientMessage(), ids.NextServerMessage(), ids.NextFormRequest(), ids.NextClientMessage() };

        Assert.Equal(["chat:1", "chat:c1", "chat:2", "chat:form1", "chat:c2"], handedOut);
    }
}
