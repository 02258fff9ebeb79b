using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Configuration.Tests.Validation;

public sealed class OptionsValidatorTests
{
    [Fact]
    public void ThrowIfInvalid_NoProblems_DoesNotThrow()
    {
        OptionsValidator.ThrowIfInvalid(new SampleOptions());
    }

    [Fact]
    public void ThrowIfInvalid_TwoProblems_OneExceptionListingBothPrefixedWithTheTypeName()
    {
        var error = Assert.Throws<OptionsValidationException>(() => OptionsValidator.ThrowIfInvalid(new SampleOptions { Size = 0, Name = "" }));

        Assert.Equal(["SampleOptions.Size: expected at least 1, got 0", "SampleOptions.Name: expected a name"], error.Problems);
        Assert.Equal("SampleOptions.Size: expected at least 1, got 0; SampleOptions.Name: expected a name", error.Message);
    }

    [Fact]
    public void ThrowIfInvalid_NestedProblems_PrefixedWithTheFieldName()
    {
        var error = Assert.Throws<OptionsValidationException>(() => OptionsValidator.ThrowIfInvalid(new SampleOptions { Inner = new SampleOptions { Size = -1 } }));

        Assert.Equal(["SampleOptions.Inner.Size: expected at least 1, got -1"], error.Problems);
    }

    [Fact]
    public void Nested_Null_OneProblemNamingTheField()
    {
        Assert.Equal(["Inner: expected settings, got null"], OptionsValidator.Nested("Inner", null));
    }

    [Fact]
    public void ThrowIfInvalid_Prefix_PutBeforeEveryProblem()
    {
        var error = Assert.Throws<OptionsValidationException>(() => OptionsValidator.ThrowIfInvalid("p.yaml: ", ["a must be set", "b must be set"]));

        Assert.Equal(["p.yaml: a must be set", "p.yaml: b must be set"], error.Problems);
    }

    [Fact]
    public void OptionsValidationException_IsAnArgumentException()
    {
        // Callers that turn argument errors into one-line user messages keep working.
        Assert.IsAssignableFrom<ArgumentException>(new OptionsValidationException(["x"]));
    }

    private sealed record SampleOptions : IValidatableOptions
    {
        public int Size { get; init; } = 1;

        public string Name { get; init; } = "sample";

        public SampleOptions? Inner { get; init; }

        public IEnumerable<string> FindProblems()
        {
            if (Size < 1) yield return $"Size: expected at least 1, got {Size}";
            if (string.IsNullOrEmpty(Name)) yield return "Name: expected a name";
            if (Inner is not null)
            {
                foreach (var problem in OptionsValidator.Nested(nameof(Inner), Inner)) yield return problem;
            }
        }
    }
}
