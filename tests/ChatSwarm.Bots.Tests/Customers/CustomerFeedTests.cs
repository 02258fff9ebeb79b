using ChatSwarm.Bots.Customers;
using ChatSwarm.Bots.Phones;
using ChatSwarm.Bots.Scripting;

namespace ChatSwarm.Bots.Tests.Customers;

public sealed class CustomerFeedTests
{
    private const string Csv = "first_name,last_name,email,phone,order_id\n"
        + "Ada,Lovelace,ada@example.com,+1 415 555 0100,A-1\n"
        + "\"Grace, Rear Admiral\",Hopper,grace@example.com,,\"B \"\"2\"\"\"\r\n"
        + "Alan,Turing,alan@example.com,,\"C\n3\"\n";

    private static readonly CustomerData Generated = new("Gen", "Erated", "gen@example.com", "+1 000", null, "Acme");

    [Fact]
    public void Parse_QuotedFields_ReadsRowsAndColumns()
    {
        var feed = CustomerFeed.Parse(Csv, "c.csv", CustomerFeedOrder.RoundRobin);

        Assert.Equal(["first_name", "last_name", "email", "phone", "order_id"], feed.Columns);
        Assert.Equal(3, feed.Count);
        Assert.Equal("Grace, Rear Admiral", feed.Row(1)["first_name"]);
        Assert.Equal("B \"2\"", feed.Row(1)["order_id"]);
        Assert.Equal("C\n3", feed.Row(2)["order_id"]);
    }

    [Theory]
    [InlineData("a,b\n1,2\n3\n", "c.csv:3: 1 fields; expected 2 like the header (a,b)")]
    [InlineData("a,b\n1,\"2\n", "c.csv:2: a quoted field is never closed; expected a closing \"")]
    [InlineData("a,b\n1,x\"y\n", "c.csv:2: a quote inside an unquoted field")]
    [InlineData("a,a\n1,2\n", "c.csv:1: column 'a' appears twice")]
    [InlineData("a,order id\n1,2\n", "c.csv:1: column 2 'order id' is not a usable name")]
    [InlineData("a,b\n", "c.csv:2: no customer rows after the header")]
    [InlineData("", "c.csv:1: the customer data feed is empty")]
    public void Parse_BadInput_ErrorNamesFileAndLine(string text, string expected)
    {
        var ex = Assert.Throws<CustomerFeedException>(() => CustomerFeed.Parse(text, "c.csv", CustomerFeedOrder.RoundRobin));

        Assert.StartsWith(expected, ex.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralBadRows_OneErrorPerRow()
    {
        var ex = Assert.Throws<CustomerFeedException>(() => CustomerFeed.Parse("a,b\n1\n2,3\n4\n", "c.csv", CustomerFeedOrder.RoundRobin));

        Assert.Equal(["c.csv:2", "c.csv:4"], ex.Errors.Select(e => e[..e.IndexOf(": ", StringComparison.Ordinal)]));
    }

    [Fact]
    public void RowOf_RoundRobin_CyclesThroughRows()
    {
        var feed = CustomerFeed.Parse(Csv, "c.csv", CustomerFeedOrder.RoundRobin);

        Assert.Equal([0, 1, 2, 0, 1], Enumerable.Range(0, 5).Select(i => feed.RowOf(seed: 9, i)));
    }

    [Fact]
    public void RowOf_Random_RepeatableForSeedAndUsesSeveralRows()
    {
        var feed = CustomerFeed.Parse(Csv, "c.csv", CustomerFeedOrder.Random);

        var first = Enumerable.Range(0, 50).Select(i => feed.RowOf(seed: 4, i)).ToList();

        Assert.Equal(first, Enumerable.Range(0, 50).Select(i => feed.RowOf(seed: 4, i)));
        Assert.Equal(3, first.Distinct().Count());
    }

    [Fact]
    public void Apply_Row_ReplacesNamedFieldsKeepsOthersAndAddsColumns()
    {
        var feed = CustomerFeed.Parse(Csv, "c.csv", CustomerFeedOrder.RoundRobin);

        var data = feed.Apply(Generated, seed: 1, customerIndex: 0, Normalizer());

        Assert.Equal("Ada", data.Get("first_name"));
        Assert.Equal("Acme", data.Get("company"));
        Assert.Equal("A-1", data.Get("order_id"));
        Assert.Equal("", data.Get("unknown_column"));
    }

    [Fact]
    public void Apply_NameColumn_SplitsFirstAndLast()
    {
        var feed = CustomerFeed.Parse("name,account\nMary Ann Smith,77\n", "c.csv", CustomerFeedOrder.RoundRobin);

        var data = feed.Apply(Generated, 1, 0, Normalizer());

        Assert.Equal(("Mary Ann", "Smith", "77"), (data.FirstName, data.LastName, data.Get("account")));
    }

    private static PhoneNormalizer Normalizer() => PhoneNormalizer.TryCreate("+1", out var n, out _) ? n! : throw new InvalidOperationException();

    [Fact]
    public void CheckInputs_ScriptReadingEnvAndColumns_ReportsEachMissWithLocation()
    {
        const string yaml = "name: t\nconversation:\n  - say: \"order {{customer.order_id}} for {{env.SHOP_NAME}}\"\n  - end\n";
        var script = BotScriptLoader.Parse(yaml, "t.yaml", ".");
        var feed = CustomerFeed.Parse(Csv, "c.csv", CustomerFeedOrder.RoundRobin);
        var noFeed = CustomerFeed.Parse("account\n1\n", "d.csv", CustomerFeedOrder.RoundRobin);

        var ok = script.CheckInputs(new Dictionary<string, string> { ["SHOP_NAME"] = "Acme" }, feed);
        var missing = script.CheckInputs(new Dictionary<string, string>(), noFeed);
        var withoutFeed = script.CheckInputs(new Dictionary<string, string> { ["SHOP_NAME"] = "Acme" }, null);

        Assert.Empty(ok);
        Assert.Equal(2, missing.Count);
        Assert.StartsWith("t.yaml:3:", missing[0], StringComparison.Ordinal);
        Assert.Contains("environment variable SHOP_NAME, which is not set", missing.Single(m => m.Contains("env.", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("has no column in d.csv", missing.Single(m => m.Contains("order_id", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("there is no customer data feed", Assert.Single(withoutFeed), StringComparison.Ordinal);
    }
}
