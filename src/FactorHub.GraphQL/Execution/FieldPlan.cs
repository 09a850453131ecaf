using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Execution;

/// <summary>
/// One entry of a grouped field set (§6.3.2): a response key, the field nodes merged under it and
/// the field's definition on the parent object type, plus what can be worked out once and reused by
/// every execution of the same document: the resolver, constant argument values, the authorization
/// policies, and the sub-selection plans per concrete object type.
/// </summary>
internal sealed class FieldPlan
{
    private readonly bool _ownerCacheable;
    private IReadOnlyDictionary<string, object?>? _constantArguments;
    private GraphQLError? _constantArgumentError;
    private GraphQLObjectType? _lastType;
    private SelectionPlan? _lastPlan;
    private Dictionary<GraphQLObjectType, SelectionPlan>? _subPlans;

    public FieldPlan(string responseKey, FieldNode[] nodes, GraphQLField definition, bool isTypeName, bool ownerCacheable)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        Definition = definition;
        FieldName = definition.Name;
        ReturnType = definition.Type;
        IsTypeName = isTypeName;
        Resolver = definition.Resolve ?? DefaultFieldResolver.Instance;
        _ownerCacheable = ownerCacheable;
        Policies = ReadPolicies(definition);
        ArgumentsUseVariables = UsesVariables(nodes[0].Arguments);
        ReturnTypeIsNonNull = ReturnType is GraphQLNonNull;
        IsPlainProperty = definition.Resolve is null && Policies is null && definition.Args.Count == 0;
    }

    /// <summary>
    /// A field with the default resolver, no arguments and no policies: the executor reads it straight
    /// from the source (<see cref="ResolvePlainProperty"/>) without building a resolver context.
    /// </summary>
    public bool IsPlainProperty { get; }

    private sealed record GetterCache(Type Type, Func<object, object?>? Getter);

    private GetterCache? _getter;

    /// <summary>The default resolver's answer, with the property getter cached for the last CLR type seen.</summary>
    public object? ResolvePlainProperty(object? source)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(FieldName, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(FieldName, out var entry) ? entry : null;
        }
        var type = source.GetType();
        var cache = _getter;
        if (cache is null || cache.Type != type) _getter = cache = new GetterCache(type, DefaultFieldResolver.GetGetter(type, FieldName));
        return cache.Getter?.Invoke(source);
    }

    public string ResponseKey { get; }

    public FieldNode[] Nodes { get; }

    public string FieldName { get; }

    public GraphQLField Definition { get; }

    public IGraphQLType ReturnType { get; }

    public bool ReturnTypeIsNonNull { get; }

    /// <summary><c>__typename</c>: answered from the parent type without a resolver call (§4.2.1 / §6.4).</summary>
    public bool IsTypeName { get; }

    public FieldResolver Resolver { get; }

    /// <summary>The "authorize" policies of the field, or null when it has none.</summary>
    public IReadOnlyList<string>? Policies { get; }

    public bool ArgumentsUseVariables { get; }

    /// <summary>§6.4.1 CoerceArgumentValues, reusing the result when the arguments are all literals.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variableValues)
    {
        if (Definition.Args.Count == 0) return Values.Empty;
        if (ArgumentsUseVariables)
            return Values.CoerceArgumentValues(Definition.Args, Nodes[0].Arguments, Nodes[0], variableValues);
        if (_constantArguments is { } cached) return cached;
        if (_constantArgumentError is { } error) throw error;
        try
        {
            return _constantArguments = Values.CoerceArgumentValues(Definition.Args, Nodes[0].Arguments, Nodes[0], null);
        }
        catch (GraphQLError e)
        {
            _constantArgumentError = e;
            throw;
        }
    }

    /// <summary>The plan of this field's merged sub-selections for a concrete object type (§6.4.3 CollectSubfields).</summary>
    public SelectionPlan GetSubPlan(Executor executor, GraphQLObjectType objectType)
    {
        if (ReferenceEquals(Volatile.Read(ref _lastType), objectType) && _lastPlan is { } last && ReferenceEquals(last.ObjectType, objectType))
            return last;
        Dictionary<GraphQLObjectType, SelectionPlan>? subPlans;
        lock (this)
        {
            subPlans = _subPlans;
            if (subPlans is not null && subPlans.TryGetValue(objectType, out var found)) return Remember(objectType, found);
        }

        var plan = FieldCollector.CollectSubfields(executor, objectType, Nodes);
        // A plan that depends on variable values (@skip/@include with a variable) is only reused within
        // the execution that built it, i.e. when this field plan itself is not shared.
        if (plan.IsCacheable || !_ownerCacheable)
        {
            lock (this)
            {
                _subPlans ??= [];
                _subPlans[objectType] = plan;
            }
            Remember(objectType, plan);
        }
        return plan;
    }

    private SelectionPlan Remember(GraphQLObjectType objectType, SelectionPlan plan)
    {
        _lastPlan = plan;
        Volatile.Write(ref _lastType, objectType);
        return plan;
    }

    private static IReadOnlyList<string>? ReadPolicies(GraphQLField definition)
    {
        if (!definition.Metadata.TryGetValue(MetadataKeys.Authorize, out var value) || value is null) return null;
        return value switch
        {
            string policy => [policy],
            IEnumerable<string> policies => [.. policies],
            _ => throw new InvalidOperationException($"Metadata \"authorize\" of field \"{definition.Name}\" must be a string or a list of strings."),
        };
    }

    private static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
            if (UsesVariables(argument.Value)) return true;
        return false;
    }

    private static bool UsesVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                    if (UsesVariables(item)) return true;
                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                    if (UsesVariables(field.Value)) return true;
                return false;
            default:
                return false;
        }
    }
}

/// <summary>The grouped field set of a selection set for one object type, in response order.</summary>
internal sealed class SelectionPlan(GraphQLObjectType objectType, FieldPlan[] fields, string[] keys, bool isCacheable)
{
    public GraphQLObjectType ObjectType { get; } = objectType;

    public FieldPlan[] Fields { get; } = fields;

    /// <summary>Response keys, shared by every ResultMap built from this plan.</summary>
    public string[] Keys { get; } = keys;

    /// <summary>The keys JSON-encoded once, so writing a response does not escape-check every property name again.</summary>
    public System.Text.Json.JsonEncodedText[] EncodedKeys { get; } = ExecutionResultJsonWriter.EncodeKeys(keys);

    /// <summary>False when the grouping depends on variable values (so it must not outlive the execution).</summary>
    public bool IsCacheable { get; } = isCacheable;
}
