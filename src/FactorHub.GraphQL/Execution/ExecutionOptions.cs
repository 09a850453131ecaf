namespace FactorHub.GraphQL.Execution;

/// <summary>Executor behaviour that is a deployment decision rather than part of a request.</summary>
public sealed record ExecutionOptions
{
    public static readonly ExecutionOptions Default = new();

    /// <summary>
    /// When false (the default), an exception that is not a GraphQLError becomes "Unexpected error."
    /// with code INTERNAL_SERVER_ERROR, so internals never leak to clients. The service turns this on
    /// only in Development, where the exception's message is shown instead.
    /// </summary>
    public bool ExposeExceptionDetails { get; init; }
}
