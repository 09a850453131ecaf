using System.Globalization;
using System.Security.Claims;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Execution;

/// <summary>
/// The executor's <see cref="IResolveFieldContext"/>. Instances are pooled per execution: a resolver
/// that completes synchronously gives its context back for the next field, so synchronous fields cost
/// no context allocation. A resolver that goes asynchronous keeps its context. The response path is
/// computed only when asked for.
/// </summary>
internal sealed class ResolveFieldContext : IResolveFieldContext
{
    private Executor _state = null!;
    private FieldPlan _field = null!;
    private ResultNode _container = null!;
    private int _index;

    internal void Initialize(Executor state, FieldPlan field, GraphQLObjectType parentType, object? source,
        IReadOnlyDictionary<string, object?> arguments, ResultNode container, int index)
    {
        _state = state;
        _field = field;
        ParentType = parentType;
        Source = source;
        Arguments = arguments;
        _container = container;
        _index = index;
    }

    internal void Clear()
    {
        Source = null;
        Arguments = null!;
        _container = null!;
    }

    public object? Source { get; private set; }

    public IReadOnlyDictionary<string, object?> Arguments { get; private set; } = null!;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public T? GetArgument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null) return default;
        if (value is T typed) return typed;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum) return (T)Enum.Parse(target, Convert.ToString(value, CultureInfo.InvariantCulture)!, ignoreCase: false);
        if (value is IConvertible) return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        throw new InvalidCastException(
            $"Argument \"{name}\" of field \"{ParentType.Name}.{_field.FieldName}\" holds a {value.GetType().Name}, not a {typeof(T).Name}.");
    }

    public GraphQLField FieldDefinition => _field.Definition;

    public GraphQLObjectType ParentType { get; private set; } = null!;

    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    public IReadOnlyList<object> Path => _container.PathOf(_index);

    public GraphQLSchema Schema => _state.Schema;

    public OperationDefinitionNode Operation => _state.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _state.Fragments;

    public IReadOnlyDictionary<string, object?> VariableValues => _state.VariableValues;

    public object? RootValue => _state.RootValue;

    public IServiceProvider RequestServices => _state.RequestServices;

    public ClaimsPrincipal? User => _state.User;

    public CancellationToken CancellationToken => _state.CancellationToken;

    public IDictionary<string, object?> ContextData => _state.ContextData;
}
