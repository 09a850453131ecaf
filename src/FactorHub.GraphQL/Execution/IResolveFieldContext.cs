using System.Security.Claims;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Execution;

/// <summary>
/// Everything a resolver may need about the field being resolved (graphql-js GraphQLResolveInfo plus args and context).
/// Defined with the type system so resolvers compile against it; the executor implements it.
/// </summary>
public interface IResolveFieldContext
{
    /// <summary>The parent value (the object the field belongs to); the root value for root fields.</summary>
    object? Source { get; }

    /// <summary>Coerced argument values (§6.4.1 CoerceArgumentValues), defaults applied; omitted arguments are absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>True when the argument was given or has a default (even when its value is null).</summary>
    bool HasArgument(string name);

    /// <summary>The coerced argument converted to <typeparamref name="T"/>, or default when absent.</summary>
    T? GetArgument<T>(string name);

    /// <summary>The field definition being resolved.</summary>
    GraphQLField FieldDefinition { get; }

    /// <summary>The object type the field is resolved on.</summary>
    GraphQLObjectType ParentType { get; }

    /// <summary>The field nodes merged into this field (same response key).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The response path: string (field) and int (list index) segments.</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>The schema being executed.</summary>
    GraphQLSchema Schema { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The document's fragments by name.</summary>
    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>Coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> VariableValues { get; }

    /// <summary>The root value passed to the executor.</summary>
    object? RootValue { get; }

    /// <summary>The request's service provider (scoped services such as the DbContext).</summary>
    IServiceProvider RequestServices { get; }

    /// <summary>The authenticated user, if any.</summary>
    ClaimsPrincipal? User { get; }

    /// <summary>Cancelled when the request is aborted.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>Request-scoped bag shared by all resolvers of one request (e.g. the pinned snapshot).</summary>
    IDictionary<string, object?> ContextData { get; }
}
