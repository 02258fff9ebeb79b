using ChatSwarm.Bots.Phones;
using ChatSwarm.Bots.Templating;

namespace ChatSwarm.Bots.Scripting;

/// <summary>The script's <c>customer</c> section: how Request Chat is filled from generated customer data.</summary>
/// <param name="Normalizer">Phone normalizer with the script's default country.</param>
/// <param name="Phone">Phone number template, or null to use the generated number.</param>
/// <param name="From">The <c>from</c> field template, or null.</param>
/// <param name="Parameters">Request Chat parameters (name, template), in script order.</param>
internal sealed record CustomerSpec(PhoneNormalizer Normalizer, Template? Phone, Template? From, IReadOnlyList<KeyValuePair<string, Template>> Parameters)
{
    /// <summary>The script's shared customer generator.</summary>
    public Customers.CustomerDataGenerator Generator { get; } = new(Normalizer);
}
