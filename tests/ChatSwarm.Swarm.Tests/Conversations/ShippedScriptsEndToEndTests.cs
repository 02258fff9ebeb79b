using ChatSwarm.Testing;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Simulator.AgentDesktop;

namespace ChatSwarm.Swarm.Tests.Conversations;

/// <summary>Each shipped script against the in-process simulator, its agent driven to do what the script expects.</summary>
public sealed class ShippedScriptsEndToEndTests
{
    private const string Greeting = "Hello, this is Alice. How can I help you today?";

    [Fact]
    public async Task GreetingAndQuestion_AgentAnswers_CompletesWithHooksCounted()
    {
        await using var s = await BotScenario.StartAsync("greeting-and-question");
        await s.ConnectedAsync();

        s.Agent((a, c) => a.SendMessage(c, Greeting));
        await s.Log.WaitForAsync(e => e.Who == "customer" && e.Kind == "message" && e.Text.EndsWith('?'), "the customer's question");
        s.Agent((a, c) => a.SendMessage(c, "We are open 9 to 5 on weekdays and ship within two days."));
        var result = await s.ResultAsync();

        s.AssertSucceeded(result);
        Assert.Equal(3, result.Count(BotCounter.MessageSent));
        Assert.Equal(3, result.Count(BotCounter.ExpectationMet));
        foreach (var hook in new[] { BotCounter.ChatWindowOpen, BotCounter.ChatSessionCreated, BotCounter.ChatSessionStarted, BotCounter.ChatSessionEnded, BotCounter.ChatWindowClosed })
        {
            Assert.Equal(1, result.Count(hook));
        }

        Assert.Contains(s.Log.Entries, e => e.Kind == "navigation" && e.Text.Contains("https://shop.example.com/help", StringComparison.Ordinal));
        Assert.Contains(s.Log.Entries, e => e.Who == "customer" && e.Kind == "receipt");
        Assert.Equal("completed", s.Simulator.Agents.GetChat(ChatRef.ById(result.ChatId!)).Data!.State);
    }

    [Fact]
    public async Task ContactForm_AgentShowsFormAndSecureForm_BothAnswered()
    {
        await using var s = await BotScenario.StartAsync("contact-form");
        await s.ConnectedAsync();

        await s.Log.CustomerSaysAsync("update my contact details");
        s.Agent((a, c) => a.ShowForm(c, "contact_details", 60));
        var form = await s.Log.CustomerDoesAsync("form");
        s.Agent((a, c) => a.ShowSecureForm(c, "payment_card"));
        var secure = await s.Log.CustomerDoesAsync("secure_form");
        await s.Log.CustomerSaysAsync("filled in both forms");
        s.Agent((a, c) => a.SendMessage(c, "Thank you, everything is updated."));
        var result = await s.ResultAsync();

        s.AssertSucceeded(result);
        Assert.Equal(1, result.Count(BotCounter.FormAnswered));
        Assert.Equal(1, result.Count(BotCounter.SecureFormAnswered));
        Assert.Contains("phone=+420777666555", form.Text, StringComparison.Ordinal);
        Assert.Contains("card_number=4111111111111111", secure.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileSender_SendsTwoFiles_Gets5501ForOversize_DownloadsAgentFile()
    {
        await using var s = await BotScenario.StartAsync("file-sender");
        await s.ConnectedAsync();

        await s.Log.CustomerSaysAsync("send me the return form");
        var pdf = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.BotsFolder, "files", "receipt.pdf"));
        s.Agent((a, c) => a.SendFile(c, "return-form.pdf", "application/pdf", pdf));
        var result = await s.ResultAsync();

        s.AssertSucceeded(result);
        Assert.Equal(2, result.Count(BotCounter.FileSent));
        Assert.Equal(1, result.Count(BotCounter.FileReceived));
        Assert.Contains(s.Log.Entries, e => e.Kind == "expect" && e.Text.Contains("5501", StringComparison.Ordinal));
        Assert.Contains(s.Log.Entries, e => e.Kind == "file" && e.Text.Contains($"{pdf.Length} bytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Survey_CustomerDisconnects_AnswersSurveyAndChatCompletes()
    {
        await using var s = await BotScenario.StartAsync("survey");
        await s.ConnectedAsync();

        s.Agent((a, c) => a.SendMessage(c, Greeting));
        await s.Log.CustomerSaysAsync("Hi Alice, where is my parcel?");
        s.Agent((a, c) => a.SendMessage(c, "It is on its way and arrives tomorrow."));
        var result = await s.ResultAsync();

        s.AssertSucceeded(result);
        Assert.Equal(1, result.Count(BotCounter.FormAnswered));
        var survey = Assert.Single(s.Log.Entries, e => e.Who == "customer" && e.Kind == "form");
        Assert.Contains("answers form 'survey'", survey.Text, StringComparison.Ordinal);
        Assert.Contains("thanks Alice", survey.Text, StringComparison.Ordinal);
        Assert.Contains(s.Log.Entries, e => e.Kind == "disconnect");
    }

    [Fact]
    public async Task Chatty_RulesCapturesTypingLocationNavigation_AllHappen()
    {
        await using var s = await BotScenario.StartAsync("chatty");
        await s.ConnectedAsync();

        s.Agent((a, c) => a.SendMessage(c, Greeting));
        await s.Log.CustomerSaysAsync("My parcel hasn't arrived yet");
        s.Agent((a, c) => a.SendMessage(c, "I am sorry to hear that."));
        await s.Log.CustomerSaysAsync("Can you check where it is, Alice?");
        s.Agent((a, c) => a.SendMessage(c, "Our stores are open until 6 pm."));
        await s.Log.CustomerSaysAsync("Are you open on weekends too?");
        s.Agent((a, c) => a.SendMessage(c, "Yes. And your parcel will be delivered tomorrow."));
        var result = await s.ResultAsync();

        s.AssertSucceeded(result);
        var entries = s.Log.Entries;
        Assert.Contains(entries, e => e.Kind == "capture" && e.Text == "agent_first = Alice");
        Assert.Contains(entries, e => e.Kind == "location" && e.Text.Contains("50.0875, 14.4213", StringComparison.Ordinal));
        Assert.Equal(2, entries.Count(e => e.Kind == "navigation"));
        Assert.Contains(entries, e => e.Who == "customer" && e.Kind == "typing");
        Assert.Contains(entries, e => e.Who == "customer" && e.Text == "Thanks Alice, bye!");
        Assert.Contains(entries, e => e.Who == "customer" && e.Kind == "receipt" && e.Text.StartsWith("read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Case_AgentSetsCase_HistoryFetchedAndCaseClosed()
    {
        await using var s = await BotScenario.StartAsync("case");
        await s.ConnectedAsync();

        await s.Log.CustomerSaysAsync("find my case");
        s.Agent((a, c) => a.SetCase(c, "CASE-4242"));
        await s.Log.CustomerSaysAsync("Please close it");
        s.Agent((a, c) => a.SendMessage(c, "Done, the case is closed."));
        var result = await s.ResultAsync();

        s.AssertSucceeded(result);
        Assert.Contains(s.Log.Entries, e => e.Kind == "case" && e.Text.StartsWith("case history: 1 session(s)", StringComparison.Ordinal));
        Assert.Contains(s.Log.Entries, e => e.Kind == "case" && e.Text == "closed the case");
    }
}
