using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Tests.Utilities;

/// <summary>
/// Building schemas from several SDL documents (graphql-js buildASTSchema / extendSchema semantics) and the SDL errors
/// the builder reports, with graphql-js SDL rule messages.
/// </summary>
public class BuildAstSchemaTests
{
    private static IReadOnlyList<string> Errors(params string[] sdl)
    {
        var documents = sdl.Select((s, i) => Parser.Parse(new Source(s, $"part{i + 1}.graphql"))).ToList();
        return Assert.Throws<SchemaBuildException>(() => BuildAstSchema.Build(documents)).Errors.Select(e => e.Message).ToList();
    }

    [Fact]
    public void Features_extend_query_from_separate_documents_in_order()
    {
        var schema = BuildAstSchema.Build(
        [
            Parser.Parse("type Query { version: String }"),
            Parser.Parse("extend type Query { factors: [Factor!]! } type Factor { code: String! }"),
            Parser.Parse("extend type Query { snapshots: [String!]! } extend type Factor { name: String }"),
        ]);

        Assert.Equal(["version", "factors", "snapshots"], schema.Query!.Fields.Keys);
        Assert.Equal(["code", "name"], ((GraphQLObjectType)schema.GetType("Factor")!).Fields.Keys);
        Assert.Equal(2, schema.Query!.ExtensionAstNodes.Count);
    }

    [Fact]
    public void Every_kind_of_extension_applies()
    {
        var schema = BuildAstSchema.BuildSchema("""
            type Query { a: Int }
            extend schema { mutation: M }
            type M { m: Int }
            interface I { a: Int }
            extend interface I { b: Int }
            type A implements I { a: Int b: Int }
            type B { x: Int }
            extend type B implements I { a: Int b: Int }
            union U = A
            extend union U = B
            enum E { X }
            extend enum E { Y }
            input In { a: Int }
            extend input In { b: Int }
            scalar S
            extend scalar S @specifiedBy(url: "https://example.org/s")
            """);

        Assert.Equal("M", schema.Mutation!.Name);
        Assert.Equal(["a", "b"], ((GraphQLInterfaceType)schema.GetType("I")!).Fields.Keys);
        Assert.Equal(["I"], ((GraphQLObjectType)schema.GetType("B")!).Interfaces.Select(i => i.Name));
        Assert.Equal(["A", "B"], ((GraphQLUnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.Equal(["X", "Y"], ((GraphQLEnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(["a", "b"], ((GraphQLInputObjectType)schema.GetType("In")!).Fields.Keys);
        Assert.Equal("https://example.org/s", ((GraphQLScalarType)schema.GetType("S")!).SpecifiedByUrl);
        Assert.Equal(["A", "B"], schema.GetPossibleTypes((GraphQLNamedType)schema.GetType("I")!).Select(t => t.Name));
    }

    [Fact]
    public void Schema_answers_implementations_sub_types_and_type_predicates()
    {
        var schema = BuildAstSchema.BuildSchema("""
            type Query { n: Node }
            interface Node { id: ID! }
            interface Entity implements Node { id: ID! }
            type Factor implements Entity & Node { id: ID! }
            type Snapshot implements Node { id: ID! }
            union Any = Factor
            input In { a: Int }
            """);
        var node = (GraphQLInterfaceType)schema.GetType("Node")!;
        var entity = (GraphQLInterfaceType)schema.GetType("Entity")!;
        var factor = (GraphQLObjectType)schema.GetType("Factor")!;
        var any = (GraphQLUnionType)schema.GetType("Any")!;

        var (objects, interfaces) = schema.GetImplementations(node);
        Assert.Equal(["Factor", "Snapshot"], objects.Select(o => o.Name));
        Assert.Equal(["Entity"], interfaces.Select(i => i.Name));
        Assert.True(schema.IsSubType(node, entity));
        Assert.True(schema.IsSubType(node, factor));
        Assert.True(schema.IsSubType(any, factor));
        Assert.False(schema.IsSubType(any, schema.GetType("Snapshot")!));
        Assert.False(schema.IsSubType(entity, node));
        Assert.Equal(["Factor"], schema.GetPossibleTypes(entity).Select(o => o.Name));

        var listOfNonNull = new GraphQLList(new GraphQLNonNull(factor));
        Assert.Equal(new GraphQLList(new GraphQLNonNull(factor)), listOfNonNull);
        Assert.Equal("[Factor!]", listOfNonNull.ToString());
        Assert.Same(factor, listOfNonNull.GetNamedType());
        Assert.True(listOfNonNull.IsOutputType());
        Assert.False(listOfNonNull.IsInputType());
        Assert.True(new GraphQLNonNull(schema.GetType("In")!).IsInputType());
        Assert.True(Scalars.Decimal.IsLeafType());
        Assert.True(any.IsAbstractType() && any.IsCompositeType() && !factor.IsAbstractType());
        Assert.Same(factor, new GraphQLNonNull(factor).GetNullableType());
    }

    [Fact]
    public void Default_root_type_names_apply_without_a_schema_definition()
    {
        var schema = BuildAstSchema.BuildSchema("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");

        Assert.Equal(("Query", "Mutation", "Subscription"), (schema.Query!.Name, schema.Mutation!.Name, schema.Subscription!.Name));
        Assert.Same(schema.Mutation, schema.GetRootType(FactorHub.GraphQL.Language.Ast.OperationType.Mutation));
    }

    [Fact]
    public void Deprecation_specifiedBy_oneOf_descriptions_and_defaults_are_read_from_sdl()
    {
        var schema = BuildAstSchema.BuildSchema("""
            "The root."
            type Query {
              old: Int @deprecated
              older(x: Int = 3 @deprecated(reason: "Gone.")): Int @deprecated(reason: "Use `new`.")
              find(by: By): Int
            }
            input By @oneOf { id: ID code: String }
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            type Other { url: Url }
            """);

        var query = schema.Query!;
        Assert.Equal("The root.", query.Description);
        Assert.Equal("No longer supported", query.GetField("old")!.DeprecationReason);
        Assert.Equal("Use `new`.", query.GetField("older")!.DeprecationReason);
        var arg = query.GetField("older")!.GetArgument("x")!;
        Assert.Equal(3, arg.DefaultValue);
        Assert.Equal("Gone.", arg.DeprecationReason);
        Assert.False(query.GetField("find")!.GetArgument("by")!.HasDefaultValue);
        Assert.True(((GraphQLInputObjectType)schema.GetType("By")!).IsOneOf);
        Assert.Equal("https://url.spec.whatwg.org/", ((GraphQLScalarType)schema.GetType("Url")!).SpecifiedByUrl);
    }

    [Fact]
    public void Custom_scalars_get_their_coercion_by_name()
    {
        var schema = BuildAstSchema.BuildSchema("scalar Decimal scalar DateTime scalar Date scalar JSON scalar Other type Query { d: Decimal }");

        Assert.Same(Scalars.Decimal, Assert.IsType<BoundScalarType>(schema.GetType("Decimal")).Implementation);
        Assert.Same(Scalars.DateTime, Assert.IsType<BoundScalarType>(schema.GetType("DateTime")).Implementation);
        Assert.Equal(1.5m, ((GraphQLScalarType)schema.GetType("Decimal")!).ParseLiteral(Parser.ParseValue("1.5")));
        var other = (GraphQLScalarType)schema.GetType("Other")!;
        Assert.Equal("anything", other.ParseValue("anything"));
        Assert.Same(Scalars.String, schema.GetType("String"));
    }

    [Fact]
    public void Input_field_defaults_fill_default_object_literals_like_graphql_js()
    {
        var schema = BuildAstSchema.BuildSchema("""
            type Query { f(filter: Filter = {a: 1}): Int }
            input Filter { a: Int  b: String = "x"  c: [Int] = 7  inner: Inner = {} }
            input Inner { z: Boolean = true }
            """);

        var defaultValue = Assert.IsType<Dictionary<string, object?>>(schema.Query!.GetField("f")!.GetArgument("filter")!.DefaultValue);
        Assert.Equal(1, defaultValue["a"]);
        Assert.Equal("x", defaultValue["b"]);
        Assert.Equal(new List<object?> { 7 }, defaultValue["c"]);
        Assert.Equal(true, Assert.IsType<Dictionary<string, object?>>(defaultValue["inner"])["z"]);
        Assert.False(defaultValue.ContainsKey("d"));
    }

    [Fact]
    public void Type_map_order_follows_graphql_js()
    {
        // graphql-js buildSchema(...).getTypeMap() keys for the same SDL.
        var schema = BuildAstSchema.BuildSchema("type Query { b: B a: A } type A { s: String } type B { i: Int }");

        Assert.Equal(
            ["Query", "A", "String", "B", "Int", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.TypeMap.Keys);
    }

    [Fact]
    public void Unknown_types_are_reported_with_suggestions()
    {
        Assert.Equal(
            ["Unknown type \"Factr\". Did you mean \"Factor\"?", "Unknown type \"Strin\". Did you mean \"String\"?"],
            Errors("type Query { f: Factr g(x: Strin): Int } type Factor { a: Int }"));
    }

    [Fact]
    public void Duplicate_definitions_are_reported_across_documents()
    {
        Assert.Equal(
            [
                "Must provide only one schema definition.",
                "There can be only one type named \"Factor\".",
                "There can be only one directive named \"@d\".",
            ],
            Errors(
                "schema { query: Query } type Query { a: Int } type Factor { a: Int } directive @d on FIELD",
                "schema { query: Query } type Factor { b: Int } directive @d on FIELD"));

        Assert.Equal(
            [
                "Argument \"Query.b(x:)\" can only be defined once.",
                "Field \"Query.a\" can only be defined once.",
                "Enum value \"E.X\" can only be defined once.",
                "Field \"In.f\" can only be defined once.",
            ],
            Errors(
                "type Query { a: Int b(x: Int, x: Int): Int e: E f(i: In): Int } enum E { X } input In { f: Int }",
                "extend type Query { a: String } extend enum E { X } extend input In { f: Int }"));
    }

    [Fact]
    public void Extensions_must_target_defined_types_of_the_same_kind()
    {
        Assert.Equal(
            ["Cannot extend type \"Qurey\" because it is not defined. Did you mean \"Query\"?"],
            Errors("type Query { a: Int }", "extend type Qurey { b: Int }"));
        Assert.Equal(
            ["Cannot extend non-input object type \"Query\"."],
            Errors("type Query { a: Int } extend input Query { b: Int }"));
        Assert.Equal(
            ["Cannot extend non-object type \"E\"."],
            Errors("type Query { a: Int } enum E { A } extend type E { b: Int }"));
    }

    [Fact]
    public void Directive_uses_in_sdl_are_checked()
    {
        Assert.Equal(
            [
                "Unknown directive \"@nope\".",
                "Directive \"@oneOf\" may not be used on FIELD_DEFINITION.",
                "The directive \"@deprecated\" can only be used once at this location.",
                "Unknown argument \"reasn\" on directive \"@deprecated\". Did you mean \"reason\"?",
                "Argument \"@deprecated(reason:)\" has invalid value 1.",
                "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided.",
            ],
            Errors("""
                type Query {
                  a: Int @nope
                  b: Int @oneOf
                  c: Int @deprecated @deprecated
                  d: Int @deprecated(reasn: "x")
                  e: Int @deprecated(reason: 1)
                }
                scalar S @specifiedBy
                """));
    }

    [Fact]
    public void Invalid_default_values_and_executable_definitions_are_reported()
    {
        Assert.Equal(
            ["Input field \"In.e\" has invalid default value: NOPE.", "Argument \"Query.f(x:)\" has invalid default value: \"ten\"."],
            Errors("type Query { f(x: Int = \"ten\", y: In): Int } input In { e: E = NOPE } enum E { YES }"));
        Assert.Equal(
            ["Executable definitions (operations and fragments) are not allowed in a type system document."],
            Errors("type Query { a: Int } query Q { a }"));
    }

    [Fact]
    public void Errors_name_the_source_and_location()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder()
            .AddTypeDefs("type Query { a: Int }", "base.graphql")
            .AddTypeDefs("extend type Query {\n  b: Nope\n}", "feature.graphql")
            .Build());

        Assert.Equal("The GraphQL schema is invalid (1 error):\n- Unknown type \"Nope\". (feature.graphql 2:6)", exception.Message);
    }
}
