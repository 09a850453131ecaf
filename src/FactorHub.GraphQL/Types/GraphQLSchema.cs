using System.Collections.Concurrent;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// A schema (§3.3 Schema): root operation types, every type reachable from them (the type map), and directives.
/// Built once and shared by all requests: every lookup is a dictionary read and the possible-type sets are
/// precomputed, so the schema is safe for concurrent use once constructed.
/// Construction collects types transitively like graphql-js (given types first, then the roots, directive
/// arguments and the introspection types), which fixes the type map order used by introspection and printing.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly OrderedDictionary<string, GraphQLNamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLDirective> _directivesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<GraphQLInterfaceType, (List<GraphQLObjectType> Objects, List<GraphQLInterfaceType> Interfaces)> _implementations = [];
    private readonly Dictionary<GraphQLNamedType, HashSet<GraphQLNamedType>> _subTypes = [];
    private readonly Lazy<Dictionary<Type, GraphQLObjectType>> _clrTypes;
    private readonly ConcurrentDictionary<Type, GraphQLObjectType?> _clrTypeCache = new();

    /// <summary>
    /// Creates a schema. <paramref name="directives"/> defaults to the specified directives.
    /// Throws when two different types share a name. Call <see cref="SchemaValidation.AssertValidSchema"/> to
    /// check the type system rules (§3 Type Validation).
    /// </summary>
    public GraphQLSchema(
        GraphQLObjectType? query,
        GraphQLObjectType? mutation = null,
        GraphQLObjectType? subscription = null,
        IEnumerable<GraphQLNamedType>? types = null,
        IEnumerable<GraphQLDirective>? directives = null,
        string? description = null)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        Directives = directives?.ToArray() ?? [.. SpecifiedDirectives.All];

        // graphql-js semantics: the set starts with the given types; each given type is then moved to the end
        // and its references collected, so referenced-but-not-given types follow their first referrer.
        var givenTypes = types?.ToList() ?? [];
        var allReferencedTypes = new OrderedDictionary<GraphQLNamedType, bool>(ReferenceEqualityComparer.Instance);
        foreach (var type in givenTypes)
        {
            allReferencedTypes.TryAdd(type, true);
        }

        foreach (var type in givenTypes)
        {
            allReferencedTypes.Remove(type);
            CollectReferencedTypes(type, allReferencedTypes);
        }

        if (query is not null)
        {
            CollectReferencedTypes(query, allReferencedTypes);
        }

        if (mutation is not null)
        {
            CollectReferencedTypes(mutation, allReferencedTypes);
        }

        if (subscription is not null)
        {
            CollectReferencedTypes(subscription, allReferencedTypes);
        }

        foreach (var directive in Directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
            foreach (var arg in directive.Args)
            {
                CollectReferencedTypes(arg.Type, allReferencedTypes);
            }
        }

        CollectReferencedTypes(Introspection.SchemaType, allReferencedTypes);

        foreach (var namedType in allReferencedTypes.Keys)
        {
            if (!_typeMap.TryAdd(namedType.Name, namedType))
            {
                throw new ArgumentException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{namedType.Name}\".");
            }

            if (namedType is GraphQLComplexType complex)
            {
                foreach (var iface in complex.Interfaces)
                {
                    var implementations = GetOrAddImplementations(iface);
                    if (complex is GraphQLInterfaceType asInterface)
                    {
                        implementations.Interfaces.Add(asInterface);
                    }
                    else
                    {
                        implementations.Objects.Add((GraphQLObjectType)complex);
                    }
                }
            }

        }

        // Read on first use: SchemaBuilder binds CLR types after construction, before the schema is served.
        _clrTypes = new Lazy<Dictionary<Type, GraphQLObjectType>>(() =>
        {
            var map = new Dictionary<Type, GraphQLObjectType>();
            foreach (var objectType in _typeMap.Values.OfType<GraphQLObjectType>())
            {
                if (objectType.ClrType is { } clrType)
                {
                    map.TryAdd(clrType, objectType);
                }
            }

            return map;
        });

        foreach (var namedType in _typeMap.Values)
        {
            switch (namedType)
            {
                case GraphQLUnionType union:
                    _subTypes[union] = [.. union.Types];
                    break;
                case GraphQLInterfaceType iface:
                    var implementations = GetOrAddImplementations(iface);
                    _subTypes[iface] = [.. implementations.Objects, .. implementations.Interfaces];
                    break;
            }
        }
    }

    /// <summary>The query root type (§3.3.1 Root Operation Types); required for a valid schema.</summary>
    public GraphQLObjectType? Query { get; }

    /// <summary>The mutation root type, or null.</summary>
    public GraphQLObjectType? Mutation { get; }

    /// <summary>The subscription root type, or null.</summary>
    public GraphQLObjectType? Subscription { get; }

    /// <summary>Schema description (§3.3), or null.</summary>
    public string? Description { get; }

    /// <summary>Every named type by name, in collection order.</summary>
    public IReadOnlyDictionary<string, GraphQLNamedType> TypeMap => _typeMap;

    /// <summary>Directive definitions, in definition order.</summary>
    public IReadOnlyList<GraphQLDirective> Directives { get; }

    /// <summary>The schema definition this schema was built from, when built from SDL.</summary>
    public SchemaDefinitionNode? AstNode { get; set; }

    /// <summary>The schema extensions applied, when built from SDL.</summary>
    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; set; } = [];

    /// <summary>Cached result of <see cref="SchemaValidation.ValidateSchema"/>.</summary>
    internal IReadOnlyList<GraphQLError>? ValidationErrors { get; set; }

    /// <summary>The root type for an operation type, or null when the schema does not support it.</summary>
    public GraphQLObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        OperationType.Subscription => Subscription,
        _ => null,
    };

    /// <summary>The named type called <paramref name="name"/>, or null.</summary>
    public GraphQLNamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    /// <summary>The directive called <paramref name="name"/> (without "@"), or null.</summary>
    public GraphQLDirective? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The object types an abstract type may resolve to: a union's members or an interface's implementing objects.</summary>
    public IReadOnlyList<GraphQLObjectType> GetPossibleTypes(GraphQLNamedType abstractType) => abstractType switch
    {
        GraphQLUnionType union => union.Types,
        GraphQLInterfaceType iface => _implementations.TryGetValue(iface, out var impl) ? impl.Objects : [],
        _ => throw new ArgumentException($"Expected an abstract type but got: {abstractType}.", nameof(abstractType)),
    };

    /// <summary>The objects and interfaces that declare they implement <paramref name="interfaceType"/>.</summary>
    public (IReadOnlyList<GraphQLObjectType> Objects, IReadOnlyList<GraphQLInterfaceType> Interfaces) GetImplementations(
        GraphQLInterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType, out var impl) ? (impl.Objects, impl.Interfaces) : ([], []);

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, or an object/interface implementing the interface.
    /// </summary>
    public bool IsSubType(GraphQLNamedType abstractType, GraphQLNamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    /// <summary>True when <paramref name="possibleType"/> is one of <see cref="GetPossibleTypes"/> of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(GraphQLNamedType abstractType, GraphQLObjectType possibleType) => IsSubType(abstractType, possibleType);

    /// <summary>
    /// The field definition for <paramref name="fieldName"/> on <paramref name="parentType"/>, including the meta fields:
    /// <c>__schema</c> and <c>__type</c> on the query root, <c>__typename</c> on any composite type (§4.1).
    /// </summary>
    public GraphQLField? GetField(GraphQLNamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__schema" when ReferenceEquals(parentType, Query):
                    return Introspection.SchemaMetaField;
                case "__type" when ReferenceEquals(parentType, Query):
                    return Introspection.TypeMetaField;
                case "__typename" when parentType is GraphQLComplexType or GraphQLUnionType:
                    return Introspection.TypeNameMetaField;
            }
        }

        return (parentType as GraphQLComplexType)?.GetField(fieldName);
    }

    /// <summary>
    /// The object type bound (SchemaBuilder.BindType / <see cref="GraphQLObjectType.ClrType"/>) to <paramref name="clrType"/>
    /// or to its nearest bound base class or interface; null when none. Cached per CLR type.
    /// </summary>
    public GraphQLObjectType? GetObjectTypeForClrType(Type clrType)
    {
        var clrTypes = _clrTypes.Value;
        if (clrTypes.Count == 0)
        {
            return null;
        }

        return _clrTypeCache.GetOrAdd(clrType, static (type, map) =>
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (map.TryGetValue(t, out var objectType))
                {
                    return objectType;
                }
            }

            foreach (var iface in type.GetInterfaces())
            {
                if (map.TryGetValue(iface, out var objectType))
                {
                    return objectType;
                }
            }

            return null;
        }, clrTypes);
    }

    private (List<GraphQLObjectType> Objects, List<GraphQLInterfaceType> Interfaces) GetOrAddImplementations(GraphQLInterfaceType iface)
    {
        if (!_implementations.TryGetValue(iface, out var implementations))
        {
            implementations = ([], []);
            _implementations[iface] = implementations;
        }

        return implementations;
    }

    // graphql-js collectReferencedTypes: depth first, field type before its arguments.
    private static void CollectReferencedTypes(IGraphQLType type, OrderedDictionary<GraphQLNamedType, bool> ordered)
    {
        var namedType = type.GetNamedType();
        if (namedType is null || !ordered.TryAdd(namedType, true))
        {
            return;
        }

        switch (namedType)
        {
            case GraphQLUnionType union:
                foreach (var member in union.Types)
                {
                    CollectReferencedTypes(member, ordered);
                }

                break;
            case GraphQLComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    CollectReferencedTypes(iface, ordered);
                }

                foreach (var field in complex.Fields.Values)
                {
                    CollectReferencedTypes(field.Type, ordered);
                    foreach (var arg in field.Args)
                    {
                        CollectReferencedTypes(arg.Type, ordered);
                    }
                }

                break;
            case GraphQLInputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    CollectReferencedTypes(field.Type, ordered);
                }

                break;
        }
    }
}
