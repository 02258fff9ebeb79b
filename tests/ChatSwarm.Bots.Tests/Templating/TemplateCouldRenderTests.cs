using ChatSwarm.Bots.Customers;
using ChatSwarm.Bots.Templating;

namespace ChatSwarm.Bots.Tests.Templating;

public sealed class TemplateCouldRenderTests
{
    private sealed class Context : ITemplateContext
    {
        public CustomerData Customer { get; } = new("Ann", "Lee", "ann.lee@example.com", "777 666 555", "+420777666555", "Acme");

        public Random Random { get; } = new(5);

        public string AgentName => "Bob";

        public string GetMemory(string name) => string.Empty;

        public string GetEnv(string name) => string.Empty;
    }

    [Theory]
    [InlineData("Hello there", "Hello there", true)]
    [InlineData("Hello there", "Hello there!", false)]
    [InlineData("Hello there", "hello there", false)]
    [InlineData("Hi {{customer.first_name}}", "Hi Ann", true)]
    [InlineData("Hi {{customer.first_name}}", "Hi Bob", false)]
    [InlineData("Thanks {{memory.agent_first}}, bye!", "Thanks Eve, bye!", true)]
    [InlineData("Thanks {{memory.agent_first}}, bye!", "Thanks , bye!", true)]
    [InlineData("Thanks {{memory.agent_first}}, bye!", "Thanks Eve, see you!", false)]
    [InlineData("It's order {{random.int 10000 99999}}, placed last week.", "It's order 12345, placed last week.", true)]
    [InlineData("Can you check, {{agent.name}}?", "Can you check, Zed?", true)]
    [InlineData("{{memory.a}}a", "aba", true)]
    [InlineData("{{memory.a}}a{{memory.b}}", "xay", true)]
    [InlineData("{{memory.a}}a{{memory.b}}", "xyz", false)]
    [InlineData("a{{memory.a}}b{{memory.b}}c", "a-b-b-c", true)]
    [InlineData("a{{memory.a}}b{{memory.b}}c", "a-c-b", false)]
    public void CouldRender_Text_TellsWhetherTheTemplateCouldHaveProducedIt(string source, string text, bool expected)
    {
        var template = TemplateParser.TryParse(source, out var error, out _);

        Assert.Null(error);
        Assert.Equal(expected, template!.CouldRender(text, new Context()));
    }
}
