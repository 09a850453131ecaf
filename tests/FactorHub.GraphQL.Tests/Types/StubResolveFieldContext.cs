using System.Security.Claims;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Tests.Types;

/// <summary>
/// A minimal <see cref="IResolveFieldContext"/> for calling resolvers directly (type-system tests do not depend on the executor).
/// </summary>
internal sealed class StubResolveFieldContext(
    object? source,
    GraphQLSchema schema,
    GraphQLObjectType parentType,
    IReadOnlyDictionary<string, object?>? arguments = null) : IResolveFieldContext
{
    public object? Source => source;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments ?? new Dictionary<string, object?>();

    public GraphQLField FieldDefinition => parentType.Fields.Values.First();

    public GraphQLObjectType ParentType => parentType;

    public IReadOnlyList<FieldNode> FieldNodes => [];

    public IReadOnlyList<object> Path => [];

    public GraphQLSchema Schema => schema;

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => new Dictionary<string, FragmentDefinitionNode>();

    public IReadOnlyDictionary<string, object?> VariableValues => new Dictionary<string, object?>();

    public object? RootValue => null;

    public IServiceProvider RequestServices => throw new NotSupportedException();

    public ClaimsPrincipal? User => null;

    public CancellationToken CancellationToken => CancellationToken.None;

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public T? GetArgument<T>(string name) => Arguments.TryGetValue(name, out var value) ? (T?)value : default;
}
