using FactorHub.GraphQL.Error;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// Thrown by <see cref="SchemaValidation.AssertValidSchema"/>: the message joins every error message with a blank line
/// (as graphql-js assertValidSchema does); <see cref="Errors"/> keeps the errors with their SDL locations.
/// </summary>
public sealed class GraphQLSchemaValidationException(IReadOnlyList<GraphQLError> errors)
    : Exception(string.Join("\n\n", errors.Select(e => e.Message)))
{
    /// <summary>The type system errors.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
