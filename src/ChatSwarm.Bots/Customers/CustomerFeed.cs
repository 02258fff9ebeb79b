using ChatSwarm.Bots.Phones;

namespace ChatSwarm.Bots.Customers;

/// <summary>
/// Customer rows from a CSV file (a header row, then one customer per row): the columns first_name, last_name, name
/// or full_name, email, phone and company replace the generated values; every other column (order_id, account, …) is
/// a template value {{customer.COLUMN}}. Rows are taken round-robin or at random per customer.
/// </summary>
public sealed partial class CustomerFeed
{
    private readonly string[] _columns;
    private readonly string[][] _rows;

    private CustomerFeed(string source, string[] columns, string[][] rows, CustomerFeedOrder order)
    {
        Source = source;
        _columns = columns;
        _rows = rows;
        Order = order;
    }

    /// <summary>The file the rows came from.</summary>
    public string Source { get; }

    /// <summary>How customers take rows.</summary>
    public CustomerFeedOrder Order { get; }

    /// <summary>Column names from the header, in file order.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>Number of customer rows.</summary>
    public int Count => _rows.Length;

    /// <summary>The row customer <paramref name="customerIndex"/> takes.</summary>
    /// <param name="seed">The run seed.</param>
    /// <param name="customerIndex">The customer's index in the run.</param>
    /// <returns>The row index.</returns>
    public int RowOf(int seed, int customerIndex) => Order == CustomerFeedOrder.RoundRobin
        ? (int)((uint)customerIndex % (uint)_rows.Length)
        : new Random(SeedMixer.Mix(seed, customerIndex, 0x6665_6564)).Next(_rows.Length);

    /// <summary>The values of row <paramref name="row"/> by column name.</summary>
    /// <param name="row">A row index below <see cref="Count"/>.</param>
    /// <returns>Column name to value.</returns>
    public IReadOnlyDictionary<string, string> Row(int row)
    {
        var values = new Dictionary<string, string>(_columns.Length, StringComparer.Ordinal);
        for (int i = 0; i < _columns.Length; i++)
        {
            values[_columns[i]] = _rows[row][i];
        }

        return values;
    }

    /// <summary>Puts the customer's row over generated data.</summary>
    internal CustomerData Apply(CustomerData generated, int seed, int customerIndex, PhoneNormalizer normalizer)
    {
        var row = Row(RowOf(seed, customerIndex));
        var data = generated;
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, value) in row)
        {
            switch (column)
            {
                case "first_name": data = data with { FirstName = value }; break;
                case "last_name": data = data with { LastName = value }; break;
                case "email": data = data with { Email = value }; break;
                case "company": data = data with { Company = value }; break;
                case "phone": data = data with { Phone = value, NormalizedPhone = normalizer.Normalize(value) }; break;
                case "name" or "full_name":
                    // One name column: the last word is the last name, the rest the first name.
                    int space = value.Trim().LastIndexOf(' ');
                    data = space < 0
                        ? data with { FirstName = value.Trim(), LastName = "" }
                        : data with { FirstName = value.Trim()[..space], LastName = value.Trim()[(space + 1)..] };
                    break;
                default: extra[column] = value; break;
            }
        }

        return data with { Extra = extra };
    }
}
