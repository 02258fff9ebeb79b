using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Bots.Tests.Runtime;

public sealed class HistoryOverlapTests
{
    private static readonly ChatEvent[] History =
    [
        new PartyJoinedEvent { PartyId = "agent-1", DisplayName = "Eve" },
        new MessageEvent { Msg = "How can I help?", MsgId = "c:1", PartyId = "agent-1" },
        new MessageEvent { Msg = "Hello!" },
        new MessageEvent { Msg = "Hi there.", MsgId = "c:2", PartyId = "agent-1" },
        new FormShowEvent { FormRequestId = "r1", FormName = "contact_details" },
    ];

    [Fact]
    public void Filter_FirstBatchRepeatsTheHistorysTail_DropsTheRepeatsAndKeepsTheNewEvents()
    {
        var overlap = new HistoryOverlap(History);
        var fresh = new MessageEvent { Msg = "Anything else?", MsgId = "c:3", PartyId = "agent-1" };

        var events = overlap.Filter([
            new MessageEvent { Msg = "Hi there.", MsgId = "c:2", PartyId = "chat-1" },
            new FormShowEvent { FormRequestId = "r1", FormName = "contact_details", FormTimeout = 60 },
            fresh,
        ]);

        Assert.Same(fresh, Assert.Single(events));
        Assert.True(overlap.IsDone);
    }

    [Fact]
    public void Filter_AfterTheFirstNewEvent_PassesEverything()
    {
        var overlap = new HistoryOverlap(History);
        var first = new StatusEvent { State = ChatState.Connected };
        overlap.Filter([first]);

        var repeat = new MessageEvent { Msg = "Hi there.", MsgId = "c:2", PartyId = "agent-1" };
        var events = overlap.Filter([repeat]);

        Assert.Same(repeat, Assert.Single(events));
    }

    [Fact]
    public void Filter_RepeatsSpreadOverTwoPolls_AreAllDropped()
    {
        var overlap = new HistoryOverlap(History);

        Assert.Empty(overlap.Filter([new MessageEvent { Msg = "Hi there.", MsgId = "c:2", PartyId = "agent-1" }]));
        Assert.False(overlap.IsDone);
        Assert.Empty(overlap.Filter([new FormShowEvent { FormRequestId = "r1", FormName = "contact_details" }]));

        Assert.True(overlap.IsDone);
    }

    [Fact]
    public void Filter_NothingRepeated_ReturnsTheSameBatch()
    {
        var overlap = new HistoryOverlap(History);
        IReadOnlyList<ChatEvent> batch = [new MessageEvent { Msg = "New", MsgId = "c:9", PartyId = "agent-1" }];

        Assert.Same(batch, overlap.Filter(batch));
        Assert.True(overlap.IsDone);
    }
}
