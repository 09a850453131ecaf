namespace FactorHub.GraphQL.Types;

/// <summary>
/// Sentinel for "no value" where GraphQL distinguishes an omitted value from an explicit null
/// (JavaScript's <c>undefined</c> in graphql-js): an argument or input field without a default value,
/// a variable that was not provided, or a literal that could not be coerced (valueFromAST).
/// </summary>
public sealed class Undefined
{
    /// <summary>The only instance.</summary>
    public static readonly Undefined Value = new();

    private Undefined()
    {
    }

    /// <summary>True when <paramref name="value"/> is the sentinel.</summary>
    public static bool Is(object? value) => ReferenceEquals(value, Value);

    /// <inheritdoc />
    public override string ToString() => "undefined";
}
