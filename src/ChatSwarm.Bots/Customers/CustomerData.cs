namespace ChatSwarm.Bots.Customers;

/// <summary>One simulated customer's identity, generated with Bogus and reproducible by run seed and customer index.</summary>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Phone">Phone number as entered (national form; see <see cref="NormalizedPhone"/>).</param>
/// <param name="NormalizedPhone">The phone in international form, or null when the normalizer rejected it.</param>
/// <param name="Company">Company name.</param>
public sealed record CustomerData(string FirstName, string LastName, string Email, string Phone, string? NormalizedPhone, string Company)
{
    /// <summary>The field names templates may read as <c>customer.NAME</c>.</summary>
    public static IReadOnlySet<string> FieldNames { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "first_name", "last_name", "full_name", "email", "phone", "company" };

    /// <summary>Further columns of a customer data feed (order ids, account numbers, …) by column name; default empty (one shared instance, so generated customers stay equal by value).</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>First and last name.</summary>
    public string FullName => FirstName + " " + LastName;

    /// <summary>Reads a field by template name (the normalized phone when valid, else the entered one).</summary>
    /// <param name="field">One of <see cref="FieldNames"/>.</param>
    /// <returns>The value.</returns>
    public string Get(string field) => field switch
    {
        "first_name" => FirstName,
        "last_name" => LastName,
        "full_name" => FullName,
        "email" => Email,
        "phone" => NormalizedPhone ?? Phone,
        "company" => Company,
        _ => Extra.TryGetValue(field, out var value) ? value : string.Empty,
    };
}
