using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Scripting.Steps;

namespace ChatSwarm.Bots.Tests.Conversations;

public sealed class InboxTests
{
    [Fact]
    public void Remember_BeyondCapacity_DropsTheOldest()
    {
        var inbox = new Inbox();

        for (int i = 0; i <= Inbox.Capacity; i++)
        {
            inbox.Remember(ExpectTarget.Message, $"m{i}");
        }

        Assert.Equal(Inbox.Capacity, inbox.Count);
        Assert.Equal("m1", inbox.MessageTexts()[0]);
    }

    [Fact]
    public void Take_MessageMatching_RemovesOnlyTheOldestMatch()
    {
        var inbox = new Inbox();
        inbox.Remember(ExpectTarget.Message, "hello");
        inbox.Remember(ExpectTarget.Message, "order 1");
        inbox.Remember(ExpectTarget.Message, "order 2");

        var taken = inbox.Take(ExpectTarget.Message, text => text.StartsWith("order", StringComparison.Ordinal));

        Assert.True(taken);
        Assert.Equal(["hello", "order 2"], inbox.MessageTexts());
    }

    [Fact]
    public void Take_OtherKind_IgnoresTheMatcher()
    {
        var inbox = new Inbox();
        inbox.Remember(ExpectTarget.Message, "hello");
        inbox.Remember(ExpectTarget.Form);

        var taken = inbox.Take(ExpectTarget.Form, _ => throw new InvalidOperationException("only messages are matched"));

        Assert.True(taken);
        Assert.Equal(1, inbox.Count);
    }

    [Fact]
    public void Take_NothingOfThatKind_ReturnsFalse()
    {
        var inbox = new Inbox();
        inbox.Remember(ExpectTarget.File);

        var taken = inbox.Take(ExpectTarget.CaseSet, _ => true);

        Assert.False(taken);
        Assert.Equal(1, inbox.Count);
    }

    [Fact]
    public void ForgetMessages_MixedItems_KeepsEverythingButMessages()
    {
        var inbox = new Inbox();
        inbox.Remember(ExpectTarget.Message, "a");
        inbox.Remember(ExpectTarget.File);
        inbox.Remember(ExpectTarget.Message, "b");

        inbox.ForgetMessages();

        Assert.Empty(inbox.MessageTexts());
        Assert.True(inbox.Take(ExpectTarget.File, _ => true));
    }
}
