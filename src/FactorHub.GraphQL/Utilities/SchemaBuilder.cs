using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Utilities;

/// <summary>
/// SDL-first schema construction: features contribute SDL (typically <c>extend type Query { … }</c>) and bind resolvers,
/// CLR types, enums, type resolvers and field metadata by name; <see cref="Build"/> merges the SDL
/// (<see cref="BuildAstSchema"/>), applies the bindings, validates, and throws one <see cref="SchemaBuildException"/>
/// naming every problem — including bindings that name a type, field or enum value the SDL does not define.
/// </summary>
/// <example>
/// <code>
/// var schema = new SchemaBuilder()
///     .AddTypeDefs("type Query { factor(code: String!): Factor }  type Factor { code: String! kind: FactorKind! }  enum FactorKind { GRID_ELECTRICITY MATERIAL }", "catalogue.graphql")
///     .BindResolver("Query", "factor", ctx => new ValueTask&lt;object?&gt;(repository.Find(ctx.GetArgument&lt;string&gt;("code"))))
///     .BindType&lt;Factor&gt;("Factor")
///     .BindEnum&lt;FactorKind&gt;("FactorKind")
///     .Cost("Query.factor", 2)
///     .Build();
/// </code>
/// </example>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, GraphQLScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _enums = new(StringComparer.Ordinal);
    private readonly List<Binding> _bindings = [];

    /// <summary>Adds SDL; <paramref name="sourceName"/> (e.g. the feature's file name) appears in error locations.</summary>
    public SchemaBuilder AddTypeDefs(string sdl, string sourceName = "schema.graphql")
    {
        ArgumentNullException.ThrowIfNull(sdl);
        _documents.Add(Parser.Parse(new Source(sdl, sourceName)));
        return this;
    }

    /// <summary>Adds a parsed type system document.</summary>
    public SchemaBuilder AddTypeDefs(DocumentNode document)
    {
        _documents.Add(document ?? throw new ArgumentNullException(nameof(document)));
        return this;
    }

    /// <summary>
    /// Registers the coercion of the scalar declared in SDL under <paramref name="scalar"/>'s name (DateTime, Date, Decimal
    /// and JSON are registered already). Description and @specifiedBy still come from the SDL.
    /// </summary>
    public SchemaBuilder AddScalar(GraphQLScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars[scalar.Name] = scalar;
        _bindings.Add(new Binding($"AddScalar(\"{scalar.Name}\")", schema =>
            schema.GetType(scalar.Name) is GraphQLScalarType ? null : $"scalar \"{scalar.Name}\" is not declared in the SDL."));
        return this;
    }

    /// <summary>Binds the resolver of <c>typeName.fieldName</c>.</summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return OnField($"BindResolver(\"{typeName}\", \"{fieldName}\")", typeName, fieldName, field => field.Resolve = resolver);
    }

    /// <summary>Binds an asynchronous resolver that receives the parent value typed as <typeparamref name="TSource"/>.</summary>
    public SchemaBuilder BindResolver<TSource>(string typeName, string fieldName, Func<TSource, IResolveFieldContext, ValueTask<object?>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return BindResolver(typeName, fieldName, ctx => resolver(SourceAs<TSource>(ctx, typeName, fieldName), ctx));
    }

    /// <summary>Binds a synchronous resolver computing the field from the parent value, e.g. <c>(Factor f) =&gt; f.Versions.Count</c>.</summary>
    public SchemaBuilder BindResolver<TSource, TResult>(string typeName, string fieldName, Func<TSource, TResult> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return BindResolver(typeName, fieldName, ctx => new ValueTask<object?>(resolver(SourceAs<TSource>(ctx, typeName, fieldName))));
    }

    /// <summary>Binds the source stream of a subscription field.</summary>
    public SchemaBuilder BindSubscription(string typeName, string fieldName, SubscriptionResolver subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        return OnField($"BindSubscription(\"{typeName}\", \"{fieldName}\")", typeName, fieldName, field => field.Subscribe = subscribe);
    }

    /// <summary>
    /// Declares that instances of <typeparamref name="TClr"/> (and subclasses) are values of object type
    /// <paramref name="objectTypeName"/>: the executor uses it to resolve interfaces and unions.
    /// </summary>
    public SchemaBuilder BindType<TClr>(string objectTypeName) => BindType(typeof(TClr), objectTypeName);

    /// <summary>Non-generic <see cref="BindType{TClr}"/>.</summary>
    public SchemaBuilder BindType(Type clrType, string objectTypeName)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        _bindings.Add(new Binding($"BindType<{clrType.Name}>(\"{objectTypeName}\")", schema =>
        {
            switch (schema.GetType(objectTypeName))
            {
                case GraphQLObjectType objectType:
                    objectType.ClrType = clrType;
                    return null;
                case null:
                    return $"type \"{objectTypeName}\" is not defined." + SuggestTypes(schema, objectTypeName);
                default:
                    return $"\"{objectTypeName}\" is not an object type.";
            }
        }));
        return this;
    }

    /// <summary>
    /// Maps the values of enum <paramref name="enumTypeName"/> to members of <typeparamref name="TEnum"/>: GraphQL
    /// SCREAMING_CASE names match PascalCase members (GRID_ELECTRICITY ↔ GridElectricity, CO2E ↔ Co2e). Every GraphQL value
    /// must have a member; members without a GraphQL value are allowed (they cannot be returned).
    /// </summary>
    public SchemaBuilder BindEnum<TEnum>(string enumTypeName)
        where TEnum : struct, Enum
    {
        _enums[enumTypeName] = typeof(TEnum);
        _bindings.Add(new Binding($"BindEnum<{typeof(TEnum).Name}>(\"{enumTypeName}\")", schema => schema.GetType(enumTypeName) switch
        {
            GraphQLEnumType => null,
            null => $"enum \"{enumTypeName}\" is not defined." + SuggestTypes(schema, enumTypeName),
            _ => $"\"{enumTypeName}\" is not an enum type.",
        }));
        return this;
    }

    /// <summary>Sets how values of interface or union <paramref name="abstractTypeName"/> map to object type names.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolveType)
    {
        ArgumentNullException.ThrowIfNull(resolveType);
        _bindings.Add(new Binding($"ResolveType(\"{abstractTypeName}\")", schema =>
        {
            switch (schema.GetType(abstractTypeName))
            {
                case IGraphQLAbstractType abstractType:
                    abstractType.ResolveType = resolveType;
                    return null;
                case null:
                    return $"type \"{abstractTypeName}\" is not defined." + SuggestTypes(schema, abstractTypeName);
                default:
                    return $"\"{abstractTypeName}\" is not an interface or union type.";
            }
        }));
        return this;
    }

    /// <summary>Sets the IsTypeOf check of object type <paramref name="objectTypeName"/>.</summary>
    public SchemaBuilder IsTypeOf(string objectTypeName, IsTypeOfPredicate isTypeOf)
    {
        ArgumentNullException.ThrowIfNull(isTypeOf);
        _bindings.Add(new Binding($"IsTypeOf(\"{objectTypeName}\")", schema =>
        {
            if (schema.GetType(objectTypeName) is GraphQLObjectType objectType)
            {
                objectType.IsTypeOf = isTypeOf;
                return null;
            }

            return $"object type \"{objectTypeName}\" is not defined." + SuggestTypes(schema, objectTypeName);
        }));
        return this;
    }

    /// <summary>Requires authorization policy/policies for field <paramref name="coordinate"/> ("Type.field"), metadata "authorize".</summary>
    public SchemaBuilder Authorize(string coordinate, params string[] policies)
    {
        if (policies is null || policies.Length == 0 || policies.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("At least one non-empty policy name is required.", nameof(policies));
        }

        object value = policies.Length == 1 ? policies[0] : (IReadOnlyList<string>)[.. policies];
        return WithMetadata($"Authorize(\"{coordinate}\")", coordinate, MetadataKeys.Authorize, value);
    }

    /// <summary>Sets the static cost of field <paramref name="coordinate"/> ("Type.field"), metadata "cost".</summary>
    public SchemaBuilder Cost(string coordinate, int cost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        return WithMetadata($"Cost(\"{coordinate}\")", coordinate, MetadataKeys.Cost, cost);
    }

    /// <summary>Sets any metadata entry of field <paramref name="coordinate"/> ("Type.field").</summary>
    public SchemaBuilder WithMetadata(string coordinate, string key, object? value) =>
        WithMetadata($"WithMetadata(\"{coordinate}\", \"{key}\")", coordinate, key, value);

    /// <summary>
    /// Builds the schema from all SDL, applies every binding and validates (§3 Type Validation).
    /// Throws <see cref="SchemaBuildException"/> listing every SDL, binding and validation error.
    /// </summary>
    public GraphQLSchema Build()
    {
        if (_documents.Count == 0)
        {
            throw new InvalidOperationException("No SDL was added: call AddTypeDefs first.");
        }

        var schema = BuildAstSchema.Build(_documents, new BuildAstSchemaOptions { ScalarImplementations = _scalars, EnumBindings = _enums });
        var errors = new List<GraphQLError>();
        foreach (var binding in _bindings)
        {
            if (binding.Apply(schema) is { } problem)
            {
                errors.Add(new GraphQLError($"{binding.Description}: {problem}"));
            }
        }

        if (errors.Count != 0)
        {
            throw new SchemaBuildException(errors);
        }

        return schema;
    }

    private SchemaBuilder OnField(string description, string typeName, string fieldName, Action<GraphQLField> apply)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(fieldName);
        _bindings.Add(new Binding(description, schema =>
        {
            switch (schema.GetType(typeName))
            {
                case GraphQLComplexType complex when complex.GetField(fieldName) is { } field:
                    apply(field);
                    return null;
                case GraphQLComplexType complex:
                    var suggestions = SuggestionList.Suggest(fieldName, complex.Fields.Keys);
                    return $"type \"{typeName}\" has no field \"{fieldName}\"." + DidYouMean.Format(suggestions);
                case null:
                    return $"type \"{typeName}\" is not defined." + SuggestTypes(schema, typeName);
                default:
                    return $"\"{typeName}\" is not an object or interface type, so it has no fields.";
            }
        }));
        return this;
    }

    private SchemaBuilder WithMetadata(string description, string coordinate, string key, object? value)
    {
        var dot = coordinate?.IndexOf('.') ?? -1;
        if (coordinate is null || dot <= 0 || dot == coordinate.Length - 1 || coordinate.IndexOf('.', dot + 1) >= 0)
        {
            throw new ArgumentException($"Expected a field coordinate \"Type.field\" but got \"{coordinate}\".", nameof(coordinate));
        }

        return OnField(description, coordinate[..dot], coordinate[(dot + 1)..], field => field.Metadata[key] = value);
    }

    // A typed resolver given another parent value is a wiring bug; say which binding and which value type.
    private static TSource SourceAs<TSource>(IResolveFieldContext ctx, string typeName, string fieldName) =>
        ctx.Source is TSource source
            ? source
            : throw new InvalidOperationException(
                $"Resolver of {typeName}.{fieldName} expects a parent value of type {typeof(TSource).Name} but got {ctx.Source?.GetType().Name ?? "null"}.");

    private static string SuggestTypes(GraphQLSchema schema, string name) =>
        DidYouMean.Format(SuggestionList.Suggest(name, schema.TypeMap.Keys));

    private sealed record Binding(string Description, Func<GraphQLSchema, string?> Apply);
}
