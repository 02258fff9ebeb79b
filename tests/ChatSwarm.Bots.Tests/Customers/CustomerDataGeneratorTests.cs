using ChatSwarm.Bots.Customers;
using ChatSwarm.Bots.Phones;

namespace ChatSwarm.Bots.Tests.Customers;

public sealed class CustomerDataGeneratorTests
{
    private static readonly PhoneNormalizer Czech = PhoneNormalizer.Create("+420");

    [Fact]
    public void Generate_SameSeedAndIndex_GivesSameCustomer()
    {
        var a = CustomerDataGenerator.Generate(7, 3, Czech);
        var b = CustomerDataGenerator.Generate(7, 3, Czech);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Generate_DifferentIndexes_GiveDifferentCustomers()
    {
        var customers = Enumerable.Range(0, 20).Select(i => CustomerDataGenerator.Generate(7, i, Czech)).ToList();

        Assert.True(customers.Select(c => c.Email).Distinct().Count() >= 18);
    }

    [Fact]
    public void Generate_Customer_HasPlausibleFieldsAndNormalizedPhone()
    {
        var c = CustomerDataGenerator.Generate(1, 0, Czech);

        Assert.False(string.IsNullOrWhiteSpace(c.FirstName));
        Assert.False(string.IsNullOrWhiteSpace(c.LastName));
        Assert.Contains('@', c.Email);
        Assert.False(string.IsNullOrWhiteSpace(c.Company));
        Assert.Matches(@"^\+420\d{9}$", c.NormalizedPhone);
        Assert.Equal(c.NormalizedPhone, c.Get("phone"));
        Assert.Equal($"{c.FirstName} {c.LastName}", c.Get("full_name"));
    }

    [Fact]
    public void Generate_NorthAmericanCountry_HasTenDigitNationalNumber()
    {
        var c = CustomerDataGenerator.Generate(1, 0, PhoneNormalizer.Create("+1"));

        Assert.Matches(@"^\+1[2-9]\d{9}$", c.NormalizedPhone);
    }

    [Fact]
    public void Mix_IsStableAcrossCalls()
    {
        Assert.Equal(SeedMixer.Mix(1, 2, 3), SeedMixer.Mix(1, 2, 3));
        Assert.NotEqual(SeedMixer.Mix(1, 2, 3), SeedMixer.Mix(1, 3, 3));
        Assert.True(SeedMixer.Mix(int.MinValue, int.MaxValue, 9) >= 0);
    }
}
