using FactorHub.GraphQL.Error;

namespace FactorHub.GraphQL.Execution;

/// <summary>
/// The response of one GraphQL request (§7.1 "Response Format"). <see cref="HasData"/> distinguishes
/// "no <c>data</c> entry" (a request error: the operation never started) from <c>"data": null</c>
/// (a field error propagated to the root); the GraphQL-over-HTTP status code depends on it.
/// </summary>
public sealed class ExecutionResult
{
    public ExecutionResult(ResultMap? data, IReadOnlyList<GraphQLError>? errors, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Data = data;
        HasData = true;
        Errors = errors is { Count: > 0 } ? errors : null;
        Extensions = extensions;
    }

    private ExecutionResult(IReadOnlyList<GraphQLError> errors)
    {
        Errors = errors;
        HasData = false;
    }

    /// <summary>A request error (§7.1.2): errors and no <c>data</c> entry.</summary>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count == 0) throw new ArgumentException("A request error needs at least one error.", nameof(errors));
        return new ExecutionResult(errors);
    }

    /// <summary>A request error (§7.1.2) with one error.</summary>
    public static ExecutionResult FromRequestError(GraphQLError error) => new([error]);

    /// <summary>The <c>data</c> entry; null both when absent (see <see cref="HasData"/>) and when <c>"data": null</c>.</summary>
    public ResultMap? Data { get; }

    /// <summary>Whether the response has a <c>data</c> entry (the operation was executed).</summary>
    public bool HasData { get; }

    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>The response's <c>extensions</c> entry; settable so hosts can add e.g. tracing.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; set; }
}
