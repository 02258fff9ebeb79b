using ChatSwarm.Bots.Scripting;
using ChatSwarm.Bots.Tests.TestSupport;
using ChatSwarm.Testing;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Bots.Tests.Conversations;

/// <summary>Thousands of customers run one script at once, so a conversation must be cheap to create and to feed.</summary>
public sealed class ConversationFootprintTests
{
    [Fact]
    public void CreateConversation_ThousandsOfCustomers_AllocateLittleEach()
    {
        var script = BotScriptLoader.Load(RepoPaths.Script("chatty"));
        script.CreateConversation(Scripts.Options(0));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var conversations = Enumerable.Range(1, 2000).Select(i => script.CreateConversation(Scripts.Options(i))).ToList();

        var perConversation = (GC.GetAllocatedBytesForCurrentThread() - before) / conversations.Count;
        Assert.True(perConversation < 16 * 1024, $"{perConversation} bytes allocated per conversation");
    }

    [Fact]
    public void OnEvents_AgentMessages_AllocateLittleEach()
    {
        var host = new FakeBotHost();
        var conversation = BotScriptLoader.Load(RepoPaths.Script("chatty")).CreateConversation(Scripts.Options(1));
        conversation.Start(host, new ChatSession { ChatId = "c", State = ChatState.Queued }, null);
        var batches = Enumerable.Range(0, 1000).Select(i => (IReadOnlyList<ChatEvent>)[new MessageEvent { Msg = "We are open", MsgId = "m" + i, PartyId = "a" }]).ToList();
        var before = GC.GetAllocatedBytesForCurrentThread();

        foreach (var batch in batches)
        {
            conversation.OnEvents(batch);
        }

        var perMessage = (GC.GetAllocatedBytesForCurrentThread() - before) / batches.Count;
        Assert.True(perMessage < 4 * 1024, $"{perMessage} bytes allocated per agent message");
    }
}
