namespace ChatSwarm.Bots.Phones;

/// <summary>
/// Normalizes phone numbers the way the widget's <c>setCustomNumberNormalization</c> callback does: a valid number
/// becomes international form (<c>+</c> and digits, e.g. "777 666 555" with default country +420 becomes
/// "+420777666555"); an invalid one becomes null, so it is dropped before Request Chat.
/// </summary>
public sealed class PhoneNormalizer
{
    // E.164 allows at most 15 digits including the country code; fewer than 6 national digits is no real line.
    private const int MaxDigits = 15;
    private const int MinNationalDigits = 6;

    private PhoneNormalizer(string countryDigits) => CountryDigits = countryDigits;

    /// <summary>The default country calling code's digits, e.g. <c>420</c>.</summary>
    public string CountryDigits { get; }

    /// <summary>Creates a normalizer for a default country code such as <c>+420</c> (or <c>420</c>).</summary>
    /// <param name="defaultCountryCode">The calling code, 1–3 digits, optionally with a leading +.</param>
    /// <returns>The normalizer.</returns>
    public static PhoneNormalizer Create(string defaultCountryCode)
    {
        if (!TryCreate(defaultCountryCode, out var normalizer, out var error))
        {
            throw new ArgumentException(error, nameof(defaultCountryCode));
        }

        return normalizer!;
    }

    /// <summary>Tries to create a normalizer; <paramref name="error"/> says what a country code must look like.</summary>
    /// <param name="defaultCountryCode">The calling code.</param>
    /// <param name="normalizer">The normalizer, or null.</param>
    /// <param name="error">A one-line error, or null.</param>
    /// <returns>True on success.</returns>
    public static bool TryCreate(string? defaultCountryCode, out PhoneNormalizer? normalizer, out string? error)
    {
        normalizer = null;
        error = null;
        var digits = (defaultCountryCode ?? string.Empty).Trim().TrimStart('+');
        if (digits.Length is < 1 or > 3 || !digits.All(char.IsAsciiDigit) || digits[0] == '0')
        {
            error = $"'{defaultCountryCode}' is not a country calling code; expected + and 1-3 digits, e.g. +420 or +1";
            return false;
        }

        normalizer = new PhoneNormalizer(digits);
        return true;
    }

    /// <summary>
    /// Returns the number in international form, or null when it is not a plausible phone number. Spaces, dashes,
    /// dots, slashes and parentheses are ignored; <c>+</c> or <c>00</c> marks an international number; otherwise one
    /// national trunk <c>0</c> is dropped and the default country is prefixed.
    /// </summary>
    /// <param name="phoneNumber">The number as entered.</param>
    /// <returns>The normalized number, or null.</returns>
    public string? Normalize(string? phoneNumber)
    {
        if (string.IsNullOrWhiteSpace(phoneNumber))
        {
            return null;
        }

        Span<char> digits = stackalloc char[32];
        int count = 0;
        bool plus = false;
        var text = phoneNumber.AsSpan().Trim();
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return null;
                }

                digits[count++] = c;
            }
            else if (c == '+' && i == 0)
            {
                plus = true;
            }
            else if (c is not (' ' or '-' or '.' or '/' or '(' or ')'))
            {
                return null;
            }
        }

        ReadOnlySpan<char> number = digits[..count];
        if (!plus && number.StartsWith("00"))
        {
            plus = true;
            number = number[2..];
        }

        if (plus)
        {
            // Country code plus at least a short national number.
            return number.Length is >= MinNationalDigits + 1 and <= MaxDigits && number[0] != '0'
                ? "+" + number.ToString()
                : null;
        }

        if (number.Length > 0 && number[0] == '0')
        {
            number = number[1..];
        }

        if (number.Length < MinNationalDigits || CountryDigits.Length + number.Length > MaxDigits)
        {
            return null;
        }

        return "+" + CountryDigits + number.ToString();
    }
}
