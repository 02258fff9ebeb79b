using Bogus;
using ChatSwarm.Bots.Phones;

namespace ChatSwarm.Bots.Customers;

/// <summary>Generates <see cref="CustomerData"/> with Bogus; the same seed and index always give the same customer.</summary>
public static class CustomerDataGenerator
{
    /// <summary>Generates customer number <paramref name="customerIndex"/> of the run seeded with <paramref name="seed"/>.</summary>
    /// <param name="seed">The run seed.</param>
    /// <param name="customerIndex">The customer's index in the run.</param>
    /// <param name="normalizer">Normalizes the generated phone number (its default country shapes the national number).</param>
    /// <returns>The customer.</returns>
    public static CustomerData Generate(int seed, int customerIndex, PhoneNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        var faker = new Faker("en") { Random = new Randomizer(SeedMixer.Mix(seed, customerIndex, 0x6375_7374)) };
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var email = faker.Internet.Email(first, last).ToLowerInvariant();

        // A national number as a person would type it; the normalizer adds the script's default country. North
        // American numbers have ten digits, most others nine.
        var pattern = normalizer.CountryDigits == "1" ? "### ### ####" : "### ### ###";
        var phone = faker.Random.Number(2, 9).ToString(System.Globalization.CultureInfo.InvariantCulture) + faker.Random.ReplaceNumbers(pattern)[1..];

        var company = faker.Company.CompanyName();
        return new CustomerData(first, last, email, phone, normalizer.Normalize(phone), company);
    }
}
