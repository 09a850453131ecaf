using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// The introspection system (§4 Introspection): the meta types <c>__Schema</c>, <c>__Type</c>, <c>__Field</c>,
/// <c>__InputValue</c>, <c>__EnumValue</c>, <c>__Directive</c>, <c>__TypeKind</c>, <c>__DirectiveLocation</c> (§4.2),
/// and the meta fields <c>__schema</c>, <c>__type(name:)</c>, <c>__typename</c> (§4.1) with their resolvers, so the
/// executor resolves introspection like any other field. Definitions and descriptions match graphql-js 16.15, including its experimental directive deprecation
/// (<c>__Directive.isDeprecated</c>/<c>deprecationReason</c>, <c>__Schema.directives(includeDeprecated:)</c>, DIRECTIVE_DEFINITION).
/// Sources: __Schema ← <see cref="GraphQLSchema"/>, __Type ← <see cref="IGraphQLType"/>, __Field ← <see cref="GraphQLField"/>,
/// __InputValue ← <see cref="GraphQLInputValue"/>, __EnumValue ← <see cref="GraphQLEnumValue"/>, __Directive ← <see cref="GraphQLDirective"/>.
/// </summary>
public static class Introspection
{
    /// <summary>__Schema (§4.2.1).</summary>
    public static readonly GraphQLObjectType SchemaType = new(
        "__Schema",
        "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    /// <summary>__Directive (§4.2.7).</summary>
    public static readonly GraphQLObjectType DirectiveType = new(
        "__Directive",
        "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    /// <summary>__DirectiveLocation; internal values are <see cref="DirectiveLocation"/> members.</summary>
    public static readonly GraphQLEnumType DirectiveLocationType = new(
        "__DirectiveLocation",
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    /// <summary>__Type (§4.2.2).</summary>
    public static readonly GraphQLObjectType TypeType = new(
        "__Type",
        "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    /// <summary>__Field (§4.2.4).</summary>
    public static readonly GraphQLObjectType FieldType = new(
        "__Field",
        "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    /// <summary>__InputValue (§4.2.5).</summary>
    public static readonly GraphQLObjectType InputValueType = new(
        "__InputValue",
        "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    /// <summary>__EnumValue (§4.2.6).</summary>
    public static readonly GraphQLObjectType EnumValueType = new(
        "__EnumValue",
        "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    /// <summary>__TypeKind (§4.2.3); internal values are the kind names.</summary>
    public static readonly GraphQLEnumType TypeKindType = new(
        "__TypeKind",
        "An enum describing what kind of type a given `__Type` is.");

    /// <summary><c>__schema: __Schema!</c> on the query root (§4.1).</summary>
    public static readonly GraphQLField SchemaMetaField = new(
        "__schema",
        new GraphQLNonNull(SchemaType),
        ctx => new ValueTask<object?>(ctx.Schema),
        "Access the current type schema of this server.");

    /// <summary><c>__type(name: String!): __Type</c> on the query root (§4.1).</summary>
    public static readonly GraphQLField TypeMetaField = new(
        "__type",
        TypeType,
        ctx => new ValueTask<object?>(
            ctx.Arguments.TryGetValue("name", out var name) && name is string s ? ctx.Schema.GetType(s) : null),
        "Request the type information of a single type.");

    /// <summary><c>__typename: String!</c> on every object, interface and union (§4.1).</summary>
    public static readonly GraphQLField TypeNameMetaField = new(
        "__typename",
        new GraphQLNonNull(Scalars.String),
        ctx => new ValueTask<object?>(ctx.ParentType.Name),
        "The name of the current Object type at runtime.");

    private static readonly HashSet<string> IntrospectionTypeNames;

    static Introspection()
    {
        DefineSchema();
        DefineDirective();
        DefineDirectiveLocation();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
        DefineTypeKind();
        TypeMetaField.AddArgument(new GraphQLArgument("name", new GraphQLNonNull(Scalars.String)));
        IntrospectionTypeNames = [.. Types.Select(t => t.Name)];
    }

    /// <summary>All introspection types, in graphql-js order.</summary>
    public static IReadOnlyList<GraphQLNamedType> Types { get; } =
        [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];

    /// <summary>True for one of the introspection types (compared by name, as graphql-js does).</summary>
    public static bool IsIntrospectionType(GraphQLNamedType type) => IntrospectionTypeNames.Contains(type.Name);

    /// <summary>The __TypeKind name of a type (§4.2.3).</summary>
    public static string GetTypeKind(IGraphQLType type) => type switch
    {
        GraphQLScalarType => "SCALAR",
        GraphQLObjectType => "OBJECT",
        GraphQLInterfaceType => "INTERFACE",
        GraphQLUnionType => "UNION",
        GraphQLEnumType => "ENUM",
        GraphQLInputObjectType => "INPUT_OBJECT",
        GraphQLList => "LIST",
        GraphQLNonNull => "NON_NULL",
        _ => throw new ArgumentException($"Unexpected type: \"{type}\".", nameof(type)),
    };

    private static IGraphQLType NonNull(IGraphQLType type) => new GraphQLNonNull(type);

    private static IGraphQLType ListOfNonNull(IGraphQLType type) => new GraphQLList(new GraphQLNonNull(type));

    private static FieldResolver Resolve<TSource>(Func<TSource, object?> resolve) =>
        ctx => new ValueTask<object?>(resolve((TSource)ctx.Source!));

    private static FieldResolver Resolve<TSource>(Func<TSource, IResolveFieldContext, object?> resolve) =>
        ctx => new ValueTask<object?>(resolve((TSource)ctx.Source!, ctx));

    private static bool IncludeDeprecated(IResolveFieldContext ctx) =>
        ctx.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static GraphQLArgument IncludeDeprecatedArgument() =>
        new("includeDeprecated", Scalars.Boolean) { DefaultValue = false };

    private static void DefineSchema()
    {
        var t = SchemaType;
        t.AddField("description", Scalars.String, Resolve<GraphQLSchema>(s => s.Description));
        t.AddField("types", NonNull(ListOfNonNull(TypeType)), Resolve<GraphQLSchema>(s => s.TypeMap.Values), "A list of all types supported by this server.");
        t.AddField("queryType", NonNull(TypeType), Resolve<GraphQLSchema>(s => s.Query), "The type that query operations will be rooted at.");
        t.AddField("mutationType", TypeType, Resolve<GraphQLSchema>(s => s.Mutation), "If this server supports mutation, the type that mutation operations will be rooted at.");
        t.AddField("subscriptionType", TypeType, Resolve<GraphQLSchema>(s => s.Subscription), "If this server support subscription, the type that subscription operations will be rooted at.");
        t.AddField(
                "directives",
                NonNull(ListOfNonNull(DirectiveType)),
                Resolve<GraphQLSchema>((s, ctx) => IncludeDeprecated(ctx) ? s.Directives : s.Directives.Where(d => d.DeprecationReason is null).ToList()),
                "A list of all directives supported by this server.")
            .AddArgument(new GraphQLArgument("includeDeprecated", new GraphQLNonNull(Scalars.Boolean)) { DefaultValue = false });
    }

    private static void DefineDirective()
    {
        var t = DirectiveType;
        t.AddField("name", NonNull(Scalars.String), Resolve<GraphQLDirective>(d => d.Name));
        t.AddField("description", Scalars.String, Resolve<GraphQLDirective>(d => d.Description));
        t.AddField("isRepeatable", NonNull(Scalars.Boolean), Resolve<GraphQLDirective>(d => d.IsRepeatable));
        t.AddField("locations", NonNull(ListOfNonNull(DirectiveLocationType)), Resolve<GraphQLDirective>(d => d.Locations));
        t.AddField("args", NonNull(ListOfNonNull(InputValueType)), Resolve<GraphQLDirective>((d, ctx) => FilterDeprecated(d.Args, ctx)))
            .AddArgument(IncludeDeprecatedArgument());
        t.AddField("isDeprecated", NonNull(Scalars.Boolean), Resolve<GraphQLDirective>(d => d.DeprecationReason is not null));
        t.AddField("deprecationReason", Scalars.String, Resolve<GraphQLDirective>(d => d.DeprecationReason));
    }

    private static void DefineDirectiveLocation()
    {
        (DirectiveLocation Location, string Description)[] values =
        [
            (DirectiveLocation.Query, "Location adjacent to a query operation."),
            (DirectiveLocation.Mutation, "Location adjacent to a mutation operation."),
            (DirectiveLocation.Subscription, "Location adjacent to a subscription operation."),
            (DirectiveLocation.Field, "Location adjacent to a field."),
            (DirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition."),
            (DirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread."),
            (DirectiveLocation.InlineFragment, "Location adjacent to an inline fragment."),
            (DirectiveLocation.VariableDefinition, "Location adjacent to a variable definition."),
            (DirectiveLocation.Schema, "Location adjacent to a schema definition."),
            (DirectiveLocation.Scalar, "Location adjacent to a scalar definition."),
            (DirectiveLocation.Object, "Location adjacent to an object type definition."),
            (DirectiveLocation.FieldDefinition, "Location adjacent to a field definition."),
            (DirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition."),
            (DirectiveLocation.Interface, "Location adjacent to an interface definition."),
            (DirectiveLocation.Union, "Location adjacent to a union definition."),
            (DirectiveLocation.Enum, "Location adjacent to an enum definition."),
            (DirectiveLocation.EnumValue, "Location adjacent to an enum value definition."),
            (DirectiveLocation.InputObject, "Location adjacent to an input object type definition."),
            (DirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition."),
            (DirectiveLocation.DirectiveDefinition, "Location adjacent to a directive definition."),
        ];
        foreach (var (location, description) in values)
        {
            DirectiveLocationType.AddValue(location.ToSpecName(), location, description);
        }
    }

    private static void DefineType()
    {
        var t = TypeType;
        t.AddField("kind", NonNull(TypeKindType), Resolve<IGraphQLType>(GetTypeKind));
        t.AddField("name", Scalars.String, Resolve<IGraphQLType>(type => (type as GraphQLNamedType)?.Name));
        t.AddField("description", Scalars.String, Resolve<IGraphQLType>(type => (type as GraphQLNamedType)?.Description));
        t.AddField("specifiedByURL", Scalars.String, Resolve<IGraphQLType>(type => (type as GraphQLScalarType)?.SpecifiedByUrl));
        t.AddField(
            "fields",
            ListOfNonNull(FieldType),
            Resolve<IGraphQLType>((type, ctx) => type is GraphQLComplexType complex
                ? (IncludeDeprecated(ctx) ? complex.Fields.Values : complex.Fields.Values.Where(f => f.DeprecationReason is null).ToList())
                : null))
            .AddArgument(IncludeDeprecatedArgument());
        t.AddField("interfaces", ListOfNonNull(TypeType), Resolve<IGraphQLType>(type => (type as GraphQLComplexType)?.Interfaces));
        t.AddField(
            "possibleTypes",
            ListOfNonNull(TypeType),
            Resolve<IGraphQLType>((type, ctx) => type is IGraphQLAbstractType ? ctx.Schema.GetPossibleTypes((GraphQLNamedType)type) : null));
        t.AddField(
            "enumValues",
            ListOfNonNull(EnumValueType),
            Resolve<IGraphQLType>((type, ctx) => type is GraphQLEnumType enumType
                ? (IncludeDeprecated(ctx) ? enumType.Values : enumType.Values.Where(v => v.DeprecationReason is null).ToList())
                : null))
            .AddArgument(IncludeDeprecatedArgument());
        t.AddField(
            "inputFields",
            ListOfNonNull(InputValueType),
            Resolve<IGraphQLType>((type, ctx) => type is GraphQLInputObjectType input
                ? FilterDeprecated(input.Fields.Values.ToList(), ctx)
                : null))
            .AddArgument(IncludeDeprecatedArgument());
        t.AddField("ofType", TypeType, Resolve<IGraphQLType>(type => type switch
        {
            GraphQLList list => list.OfType,
            GraphQLNonNull nonNull => nonNull.OfType,
            _ => null,
        }));
        t.AddField("isOneOf", Scalars.Boolean, Resolve<IGraphQLType>(type => type is GraphQLInputObjectType input ? input.IsOneOf : null));
    }

    private static void DefineField()
    {
        var t = FieldType;
        t.AddField("name", NonNull(Scalars.String), Resolve<GraphQLField>(f => f.Name));
        t.AddField("description", Scalars.String, Resolve<GraphQLField>(f => f.Description));
        t.AddField("args", NonNull(ListOfNonNull(InputValueType)), Resolve<GraphQLField>((f, ctx) => FilterDeprecated(f.Args, ctx)))
            .AddArgument(IncludeDeprecatedArgument());
        t.AddField("type", NonNull(TypeType), Resolve<GraphQLField>(f => f.Type));
        t.AddField("isDeprecated", NonNull(Scalars.Boolean), Resolve<GraphQLField>(f => f.DeprecationReason is not null));
        t.AddField("deprecationReason", Scalars.String, Resolve<GraphQLField>(f => f.DeprecationReason));
    }

    private static void DefineInputValue()
    {
        var t = InputValueType;
        t.AddField("name", NonNull(Scalars.String), Resolve<GraphQLInputValue>(v => v.Name));
        t.AddField("description", Scalars.String, Resolve<GraphQLInputValue>(v => v.Description));
        t.AddField("type", NonNull(TypeType), Resolve<GraphQLInputValue>(v => v.Type));
        t.AddField(
            "defaultValue",
            Scalars.String,
            Resolve<GraphQLInputValue>(v => AstFromValue.Convert(v.DefaultValue, v.Type) is { } ast ? Printer.Print(ast) : null),
            "A GraphQL-formatted string representing the default value for this input value.");
        t.AddField("isDeprecated", NonNull(Scalars.Boolean), Resolve<GraphQLInputValue>(v => v.DeprecationReason is not null));
        t.AddField("deprecationReason", Scalars.String, Resolve<GraphQLInputValue>(v => v.DeprecationReason));
    }

    private static void DefineEnumValue()
    {
        var t = EnumValueType;
        t.AddField("name", NonNull(Scalars.String), Resolve<GraphQLEnumValue>(v => v.Name));
        t.AddField("description", Scalars.String, Resolve<GraphQLEnumValue>(v => v.Description));
        t.AddField("isDeprecated", NonNull(Scalars.Boolean), Resolve<GraphQLEnumValue>(v => v.DeprecationReason is not null));
        t.AddField("deprecationReason", Scalars.String, Resolve<GraphQLEnumValue>(v => v.DeprecationReason));
    }

    private static void DefineTypeKind()
    {
        var t = TypeKindType;
        t.AddValue("SCALAR", description: "Indicates this type is a scalar.");
        t.AddValue("OBJECT", description: "Indicates this type is an object. `fields` and `interfaces` are valid fields.");
        t.AddValue("INTERFACE", description: "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
        t.AddValue("UNION", description: "Indicates this type is a union. `possibleTypes` is a valid field.");
        t.AddValue("ENUM", description: "Indicates this type is an enum. `enumValues` is a valid field.");
        t.AddValue("INPUT_OBJECT", description: "Indicates this type is an input object. `inputFields` is a valid field.");
        t.AddValue("LIST", description: "Indicates this type is a list. `ofType` is a valid field.");
        t.AddValue("NON_NULL", description: "Indicates this type is a non-null. `ofType` is a valid field.");
    }

    private static IReadOnlyList<T> FilterDeprecated<T>(IReadOnlyList<T> values, IResolveFieldContext ctx)
        where T : GraphQLInputValue =>
        IncludeDeprecated(ctx) ? values : values.Where(v => v.DeprecationReason is null).ToList();
}
