using ChatSwarm.Bots.Customers;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Tests.Profiles;

public sealed class ProfileCustomersTests
{
    private const string Phases = "phases:\n  - constant: {sessions: 10, duration: 30s}\n";

    [Fact]
    public void Parse_CustomersSection_ResolvesFileAgainstProfileFolderAndReadsOrder()
    {
        string source = Path.Combine(Path.GetTempPath(), "profiles", "p.yaml");

        var profile = LoadProfileLoader.Parse(Phases + "customers: {file: ../data/customers.csv, order: random}\n", source);

        Assert.Equal(new CustomerFeedSettings(Path.GetFullPath(Path.Combine(Path.GetTempPath(), "data", "customers.csv")), CustomerFeedOrder.Random), profile.Customers);
    }

    [Fact]
    public void Parse_NoOrder_RoundRobin()
    {
        Assert.Equal(CustomerFeedOrder.RoundRobin, LoadProfileLoader.Parse(Phases + "customers: {file: c.csv}\n", "p.yaml").Customers!.Order);
        Assert.Null(LoadProfileLoader.Parse(Phases, "p.yaml").Customers);
    }

    [Theory]
    [InlineData("customers: {file: c.csv, order: shuffled}", "customers.order 'shuffled' is unknown; expected round_robin or random")]
    [InlineData("customers: {order: random}", "customers needs 'file'")]
    [InlineData("customers: {file: c.csv, loop: true}", "unknown key 'loop' in customers; expected one of file, order")]
    public void Parse_BadCustomers_OneLineError(string line, string expected)
    {
        var ex = Assert.Throws<ProfileValidationException>(() => LoadProfileLoader.Parse(Phases + line + "\n", "p.yaml"));

        Assert.Contains(expected, Assert.Single(ex.Errors), StringComparison.Ordinal);
    }
}
