using Bogus;
using ChatSwarm.Bots.Phones;

namespace ChatSwarm.Bots.Customers;

/// <summary>
/// Generates <see cref="CustomerData"/> with Bogus; the same seed and index always give the same customer, whatever
/// was generated before. One instance serves a whole script: building a Bogus <see cref="Faker"/> costs far more
/// than a conversation should, so the faker is built once and reseeded per customer under a short lock.
/// </summary>
public sealed class CustomerDataGenerator
{
    private readonly Faker _faker = new("en");
    private readonly PhoneNormalizer _normalizer;
    private readonly Lock _gate = new();

    /// <summary>Creates a generator whose phone numbers fit <paramref name="normalizer"/>'s default country.</summary>
    /// <param name="normalizer">Normalizes generated phone numbers.</param>
    public CustomerDataGenerator(PhoneNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        _normalizer = normalizer;
    }

    /// <summary>Generates customer number <paramref name="customerIndex"/> of the run seeded with <paramref name="seed"/>.</summary>
    /// <param name="seed">The run seed.</param>
    /// <param name="customerIndex">The customer's index in the run.</param>
    /// <returns>The customer.</returns>
    public CustomerData Generate(int seed, int customerIndex)
    {
        string first, last, email, phone, company;
        lock (_gate)
        {
            _faker.Random = new Randomizer(SeedMixer.Mix(seed, customerIndex, 0x6375_7374));
            first = _faker.Name.FirstName();
            last = _faker.Name.LastName();
            email = _faker.Internet.Email(first, last).ToLowerInvariant();

            // A national number as a person would type it; the normalizer adds the script's default country. North
            // American numbers have ten digits, most others nine.
            var pattern = _normalizer.CountryDigits == "1" ? "### ### ####" : "### ### ###";
            phone = _faker.Random.Number(2, 9).ToString(System.Globalization.CultureInfo.InvariantCulture) + _faker.Random.ReplaceNumbers(pattern)[1..];
            company = CompanyName();
        }

        return new CustomerData(first, last, email, phone, _normalizer.Normalize(phone), company);
    }

    /// <summary>
    /// What Bogus's <c>Company.CompanyName()</c> returns for the same random draws, in the same order, without its template
    /// parser: that parser resolves each <c>{{name.lastName}}</c> by reflection and allocated ~4 KB per customer, most of
    /// what generating a customer cost, at a thousand arriving customers a second.
    /// </summary>
    private string CompanyName() => _faker.Random.Number(2) switch
    {
        0 => _faker.Name.LastName() + " " + _faker.Company.CompanySuffix(),
        1 => _faker.Name.LastName() + " - " + _faker.Name.LastName(),
        _ => _faker.Name.LastName() + ", " + _faker.Name.LastName() + " and " + _faker.Name.LastName(),
    };
}
