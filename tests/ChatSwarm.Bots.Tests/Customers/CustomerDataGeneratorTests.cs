using ChatSwarm.Bots.Customers;
using ChatSwarm.Bots.Phones;

namespace ChatSwarm.Bots.Tests.Customers;

public sealed class CustomerDataGeneratorTests
{
    private readonly CustomerDataGenerator _czech = new(PhoneNormalizer.Create("+420"));

    [Fact]
    public void Generate_SameSeedAndIndex_GivesSameCustomerWhateverCameBefore()
    {
        var a = _czech.Generate(7, 3);
        _czech.Generate(7, 5);
        _czech.Generate(8, 3);
        var b = _czech.Generate(7, 3);
        var c = new CustomerDataGenerator(PhoneNormalizer.Create("+420")).Generate(7, 3);

        Assert.Equal(a, b);
        Assert.Equal(a, c);
    }

    [Fact]
    public void Generate_DifferentIndexes_GiveDifferentCustomers()
    {
        var customers = Enumerable.Range(0, 20).Select(i => _czech.Generate(7, i)).ToList();

        Assert.True(customers.Select(c => c.Email).Distinct().Count() >= 18);
    }

    [Fact]
    public void Generate_Customer_HasPlausibleFieldsAndNormalizedPhone()
    {
        var c = _czech.Generate(1, 0);

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
        var c = new CustomerDataGenerator(PhoneNormalizer.Create("+1")).Generate(1, 0);

        Assert.Matches(@"^\+1[2-9]\d{9}$", c.NormalizedPhone);
    }

    [Fact]
    public void Generate_Company_IsWhatBogusCompanyNameGivesForTheSameDraws()
    {
        // The generator builds the company name itself (Bogus's template parser allocates ~4 KB a call): same names, same
        // order of draws, so reruns and earlier reports still see the same customers.
        var generator = new CustomerDataGenerator(PhoneNormalizer.Create("+1"));
        var faker = new Bogus.Faker("en");

        for (var index = 0; index < 300; index++)
        {
            faker.Random = new Bogus.Randomizer(SeedMixer.Mix(5, index, 0x6375_7374));
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            faker.Internet.Email(first, last);
            faker.Random.Number(2, 9);
            faker.Random.ReplaceNumbers("### ### ####");
            var expected = faker.Company.CompanyName();

            Assert.Equal(expected, generator.Generate(5, index).Company);
        }
    }

    [Fact]
    public void Mix_IsStableAcrossCalls()
    {
        Assert.Equal(SeedMixer.Mix(1, 2, 3), SeedMixer.Mix(1, 2, 3));
        Assert.NotEqual(SeedMixer.Mix(1, 2, 3), SeedMixer.Mix(1, 3, 3));
        Assert.True(SeedMixer.Mix(int.MinValue, int.MaxValue, 9) >= 0);
    }
}
