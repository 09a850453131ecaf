namespace FactorHub.GraphQL.Language;

/// <summary>A 1-based line and column in a <see cref="Source"/>, as reported in the "locations" of errors (§7.1.2 Errors).</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
