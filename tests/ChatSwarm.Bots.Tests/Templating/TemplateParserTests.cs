using ChatSwarm.Bots.Customers;
using ChatSwarm.Bots.Templating;

namespace ChatSwarm.Bots.Tests.Templating;

public sealed class TemplateParserTests
{
    private sealed class Context : ITemplateContext
    {
        public CustomerData Customer { get; } = new("Ann", "Lee", "ann.lee@example.com", "777 666 555", "+420777666555", "Acme");

        public Random Random { get; } = new(5);

        public string AgentName => "Bob";

        public Dictionary<string, string> Memory { get; } = new() { ["order_id"] = "A-17" };

        public string GetMemory(string name) => Memory.GetValueOrDefault(name, string.Empty);

        public string GetEnv(string name) => name == "SHOP" ? "Acme" : string.Empty;
    }

    [Theory]
    [InlineData("Hi {{customer.first_name}}!", "Hi Ann!")]
    [InlineData("{{customer.full_name}} <{{customer.email}}>", "Ann Lee <ann.lee@example.com>")]
    [InlineData("call {{ customer.phone }}", "call +420777666555")]
    [InlineData("{{customer.company}}", "Acme")]
    [InlineData("order {{memory.order_id}} please", "order A-17 please")]
    [InlineData("thanks {{agent.name}}", "thanks Bob")]
    [InlineData("no placeholders", "no placeholders")]
    [InlineData("", "")]
    public void Render_Placeholders_AreReplaced(string text, string expected)
    {
        var template = TemplateParser.TryParse(text, out var error, out _);

        Assert.Null(error);
        Assert.Equal(expected, template!.Render(new Context()));
    }

    [Fact]
    public void Render_RandomInt_StaysInRangeAndIsSeeded()
    {
        var template = TemplateParser.TryParse("{{random.int 1 100}}", out _, out _)!;
        var a = new Context();
        var b = new Context();

        var first = Enumerable.Range(0, 50).Select(_ => int.Parse(template.Render(a), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var second = Enumerable.Range(0, 50).Select(_ => int.Parse(template.Render(b), System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(first, second);
        Assert.All(first, v => Assert.InRange(v, 1, 100));
    }

    [Theory]
    [InlineData("Hi {{customer.nick-name}}", 3, "unknown template variable 'customer.nick-name'")]
    [InlineData("at {{env.}}", 3, "bad environment name")]
    [InlineData("a {{random.int 5 1}}", 2, "expected {{random.int MIN MAX}} with integers MIN <= MAX")]
    [InlineData("x {{memory.}}", 2, "bad memory name")]
    [InlineData("oops {{customer.email", 5, "unclosed '{{'")]
    [InlineData("{{}}", 0, "empty placeholder")]
    [InlineData("{{weather.today}}", 0, "unknown template variable 'weather.today'")]
    public void TryParse_BadPlaceholder_ReportsOffsetAndExpectation(string text, int offset, string fragment)
    {
        var template = TemplateParser.TryParse(text, out var error, out var errorOffset);

        Assert.Null(template);
        Assert.Equal(offset, errorOffset);
        Assert.Contains(fragment, error);
        Assert.Contains("expected", error);
    }

    [Fact]
    public void Render_EnvPlaceholder_UsesTheHandedInValue()
    {
        var template = TemplateParser.TryParse("Shop {{env.SHOP}}{{env.OTHER}}!", out _, out _)!;

        Assert.Equal("Shop Acme!", template.Render(new Context()));
        Assert.Equal([("SHOP", 5), ("OTHER", 17)], template.EnvReferences.ToList());
    }

    [Fact]
    public void MemoryReferences_ListsNamesWithOffsets()
    {
        var template = TemplateParser.TryParse("{{memory.a}} and {{memory.b}}", out _, out _)!;

        Assert.Equal([("a", 0), ("b", 17)], template.MemoryReferences.ToList());
    }
}
