namespace ChatSwarm.Actors;

/// <summary>Helpers to build deciders: functions that map a child's exception to a <see cref="Directive"/>.</summary>
public static class Decider
{
    /// <summary>
    /// Builds a decider that returns the directive of the first rule whose exception type matches (including
    /// subclasses), or <paramref name="defaultDirective"/> when none does.
    /// </summary>
    /// <param name="defaultDirective">Directive for exceptions no rule matches.</param>
    /// <param name="rules">Exception type and its directive, checked in order.</param>
    public static Func<Exception, Directive> From(Directive defaultDirective, params (Type ExceptionType, Directive Directive)[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var copy = rules.ToArray();
        return ex =>
        {
            foreach (var (type, directive) in copy)
            {
                if (type.IsInstanceOfType(ex))
                {
                    return directive;
                }
            }

            return defaultDirective;
        };
    }
}
