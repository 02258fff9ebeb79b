using ChatSwarm.Bots.Conversations;
using ChatSwarm.Client.Events;
using ChatSwarm.Testing;

namespace ChatSwarm.Bots.Tests.Conversations;

public sealed class FormResponderTests : IDisposable
{
    private readonly Scripts _scripts = new();

    public void Dispose() => _scripts.Dispose();

    private FormResponder Responder(string handlers) =>
        new(_scripts.Parse("conversation:\n  - expect: {event: ended, timeout: 1h}\n" + handlers));

    [Fact]
    public void CountShown_EachForm_NumbersFromOne()
    {
        var forms = Responder(string.Empty);

        var first = forms.CountShown();
        var second = forms.CountShown();

        Assert.Equal((1, 2, 2), (first, second, forms.Shown));
    }

    [Fact]
    public void AnswerFor_NamedDefaultAndUnknownForms_PicksInThatOrder()
    {
        var forms = Responder("on_form:\n  contact: {fields: {topic: billing}}\n  default: {fields: {note: hi}}\n");

        var named = forms.AnswerFor(new FormShowEvent { FormRequestId = "r1", FormName = "contact" });
        var other = forms.AnswerFor(new FormShowEvent { FormRequestId = "r2", FormName = "other" });

        Assert.Equal("topic", Assert.Single(named.Fields).Key);
        Assert.Equal("note", Assert.Single(other.Fields).Key);
    }

    [Fact]
    public void AnswerFor_NoHandlers_GivesTheContactDetails()
    {
        var forms = Responder(string.Empty);

        var answer = forms.AnswerFor(new SecureFormShowEvent { FormRequestId = "s", FormId = "payment" });

        Assert.True(answer.Fill);
        Assert.Equal(["first_name", "last_name", "email", "phone"], answer.Fields.Select(f => f.Key));
    }

    [Theory]
    [InlineData(10, 100, 10)]
    [InlineData(600, 100, 80)]
    [InlineData(600, null, 600)]
    [InlineData(600, 0, 600)]
    public void WithinFormTimeout_Delay_IsCutToEightyPercentOfTheTimeout(int delaySeconds, int? timeoutSeconds, int expectedSeconds)
    {
        var delay = FormResponder.WithinFormTimeout(TimeSpan.FromSeconds(delaySeconds), timeoutSeconds);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Fact]
    public void Describe_NoFields_SaysSo()
    {
        Assert.Equal("(no fields)", FormResponder.Describe(new Dictionary<string, string>()));
        Assert.Equal("a=1, b=2", FormResponder.Describe(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }));
    }
}
