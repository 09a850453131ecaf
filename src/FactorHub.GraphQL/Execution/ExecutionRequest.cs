using System.Security.Claims;
using FactorHub.GraphQL.DataLoader;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Execution;

/// <summary>Everything one execution needs (§6.1 ExecuteRequest: schema, document, operationName, variableValues, initialValue).</summary>
public sealed class ExecutionRequest
{
    public required GraphQLSchema Schema { get; init; }

    /// <summary>A parsed and validated document.</summary>
    public required DocumentNode Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>The operation, when the caller already selected it (see <see cref="Executor.GetOperation"/>).</summary>
    public OperationDefinitionNode? Operation { get; init; }

    /// <summary>Raw variable values (plain CLR values as produced from JSON); coerced by §6.1.2.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The initial value: the source of the root fields.</summary>
    public object? RootValue { get; init; }

    public IServiceProvider? RequestServices { get; init; }

    public ClaimsPrincipal? User { get; init; }

    /// <summary>Request-scoped bag shared by all resolvers (e.g. the pinned snapshot).</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>Batches DataLoader keys; defaults to the scoped one in <see cref="RequestServices"/>.</summary>
    public DataLoaderScheduler? DataLoaderScheduler { get; init; }

    /// <summary>Authorizes fields with "authorize" metadata; defaults to the one in <see cref="RequestServices"/>.</summary>
    public IFieldAuthorizer? FieldAuthorizer { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
