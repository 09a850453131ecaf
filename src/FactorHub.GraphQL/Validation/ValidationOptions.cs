namespace FactorHub.GraphQL.Validation;

/// <summary>Options of one <see cref="Validator.Validate"/> call.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: at most 100 errors, suggestions shown, no depth or cost limit.</summary>
    public static readonly ValidationOptions Default = new();

    /// <summary>
    /// Validation stops once this many errors were reported and the next one is replaced by
    /// "Too many validation errors, error limit reached. Validation aborted." (graphql-js
    /// <c>maxErrors</c>, default 100), so a pathologically invalid document cannot make the
    /// server build an unbounded error list.
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leave "Did you mean …?" suggestions out of messages (hides schema names from unauthenticated callers).</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>When set, adds <see cref="Rules.MaxDepthRule"/> with this maximum field nesting depth.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>When set, adds <see cref="Rules.CostRule"/> with this maximum operation cost.</summary>
    public int? MaxCost { get; init; }

    /// <summary>
    /// Request variables, used by <see cref="Rules.CostRule"/> to read <c>first</c>/<c>last</c>
    /// values passed as variables. Absent variables fall back to the variable's default value.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }
}
