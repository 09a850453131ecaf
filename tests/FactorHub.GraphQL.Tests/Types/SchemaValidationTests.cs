using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Tests.Types;

/// <summary>
/// Type system validation (§3 Type Validation), one case per rule with graphql-js 16 validate.ts messages and locations.
/// </summary>
public class SchemaValidationTests
{
    private static IReadOnlyList<GraphQLError> Errors(string sdl)
    {
        var exception = Assert.Throws<SchemaBuildException>(() => BuildAstSchema.BuildSchema(sdl));
        return exception.Errors;
    }

    private static string Message(string sdl) => Assert.Single(Errors(sdl)).Message;

    private static string Locations(GraphQLError error) =>
        string.Join(" ", error.Locations!.Select(l => $"{l.Line}:{l.Column}"));

    [Fact]
    public void Valid_schema_has_no_errors_and_the_result_is_cached()
    {
        var schema = BuildAstSchema.BuildSchema("type Query { a: Int }");

        Assert.Empty(SchemaValidation.ValidateSchema(schema));
        Assert.Same(SchemaValidation.ValidateSchema(schema), SchemaValidation.ValidateSchema(schema));
    }

    [Fact]
    public void Query_root_type_must_be_provided()
    {
        Assert.Equal("Query root type must be provided.", Message("type Foo { a: Int }"));

        var error = Assert.Single(Errors("schema { mutation: M } type M { a: Int }"));
        Assert.Equal("Query root type must be provided.", error.Message);
        Assert.Equal("1:1", Locations(error));
    }

    [Fact]
    public void Root_types_must_be_object_types()
    {
        Assert.Equal(
            "Query root type must be Object type, it cannot be Q.",
            Message("schema { query: Q } input Q { a: Int }"));
        Assert.Equal(
            "Mutation root type must be Object type if provided, it cannot be M.",
            Message("schema { query: Query mutation: M } type Query { a: Int } input M { a: Int }"));
        Assert.Equal(
            "Subscription root type must be Object type if provided, it cannot be S.",
            Message("schema { query: Query subscription: S } type Query { a: Int } union S = Query"));
    }

    [Fact]
    public void Names_must_not_begin_with_double_underscore()
    {
        var error = Assert.Single(Errors("type Query { __bad: Int }"));
        Assert.Equal("Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.", error.Message);
        Assert.Equal("1:14", Locations(error));

        Assert.Equal(
            "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            Message("type Query { a: __Bad } type __Bad { a: Int }"));
    }

    [Fact]
    public void Object_and_interface_types_must_define_fields()
    {
        Assert.Equal("Type I must define one or more fields.", Message("type Query { a: I } interface I"));
    }

    [Fact]
    public void Object_type_must_define_one_or_more_fields_with_every_definition_located()
    {
        var errors = Errors("type Query { a: Int } type Empty type Other { e: Empty }");
        var error = Assert.Single(errors, e => e.Message == "Type Empty must define one or more fields.");
        Assert.Equal("1:23", Locations(error));
    }

    [Fact]
    public void Field_and_argument_types_must_be_output_and_input_types()
    {
        Assert.Equal(
            "The type of Query.f must be Output Type but got: In.",
            Message("type Query { f: In } input In { a: Int }"));
        Assert.Equal(
            "The type of Query.f(x:) must be Input Type but got: Out.",
            Message("type Query { f(x: Out): Int } type Out { a: Int }"));
        Assert.Equal(
            "The type of In.o must be Input Type but got: [Query].",
            Message("type Query { f(x: In): Int } input In { o: [Query] }"));
    }

    [Fact]
    public void Required_arguments_and_input_fields_cannot_be_deprecated()
    {
        var error = Assert.Single(Errors("type Query { f(x: Int! @deprecated): Int }"));
        Assert.Equal("Required argument Query.f(x:) cannot be deprecated.", error.Message);
        Assert.Equal("1:24 1:19", Locations(error));

        Assert.Equal(
            "Required input field In.a cannot be deprecated.",
            Message("type Query { f(x: In): Int } input In { a: Int! @deprecated }"));
        Assert.Equal(
            "Required argument @d(x:) cannot be deprecated.",
            Message("directive @d(x: Int! @deprecated) on FIELD type Query { a: Int }"));

        // With a default value the argument is optional, so it may be deprecated.
        BuildAstSchema.BuildSchema("type Query { f(x: Int! = 1 @deprecated): Int }");
    }

    [Fact]
    public void Interface_implementation_rules()
    {
        Assert.Equal(
            "Type Query can only implement I once.",
            Message("interface I { a: Int } type Query implements I & I { a: Int }"));

        Assert.Equal(
            "Interface field I.b expected but Query does not provide it.",
            Message("interface I { a: Int b: Int } type Query implements I { a: Int }"));

        Assert.Equal(
            "Interface field I.a expects type Int but Query.a is type String.",
            Message("interface I { a: Int } type Query implements I { a: String }"));

        Assert.Equal(
            "Interface field argument I.a(x:) expected but Query.a does not provide it.",
            Message("interface I { a(x: Int): Int } type Query implements I { a: Int }"));

        Assert.Equal(
            "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type Int!.",
            Message("interface I { a(x: Int): Int } type Query implements I { a(x: Int!): Int }"));

        Assert.Equal(
            "Object field Query.a includes required argument y that is missing from the Interface field I.a.",
            Message("interface I { a: Int } type Query implements I { a(y: Int!): Int }"));
    }

    [Fact]
    public void Interface_cannot_implement_itself()
    {
        var errors = Errors("type Query { i: I } interface I implements I { a: Int }");
        Assert.Equal("Type I cannot implement itself because it would create a circular reference.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Implementations_may_be_covariant_and_have_extra_optional_arguments()
    {
        BuildAstSchema.BuildSchema("""
            interface Node { id: ID  friend: Node  list: [Node] }
            type Query implements Node { id: ID!  friend: Query!  list: [Query!]!  extra(x: Int): Int }
            """);
        Assert.Equal(
            "Interface field Node.list expects type [Node] but Query.list is type Query.",
            Message("interface Node { list: [Node] } type Query implements Node { list: Query }"));
        Assert.Equal(
            "Interface field Node.id expects type ID! but Query.id is type ID.",
            Message("interface Node { id: ID! } type Query implements Node { id: ID }"));
    }

    [Fact]
    public void Transitive_interfaces_must_be_declared()
    {
        var error = Assert.Single(Errors("interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }"));
        Assert.Equal("Type Query must implement A because it is implemented by B.", error.Message);
        Assert.Equal("1:47 1:82", Locations(error));

        Assert.Equal(
            "Type A cannot implement B because it would create a circular reference.",
            Errors("type Query { a: A } interface A implements B { a: Int } interface B implements A { a: Int }")
                .Select(e => e.Message).First());
    }

    [Fact]
    public void Unions_of_object_types_only_each_once_and_not_empty()
    {
        Assert.Equal(
            "Union type U can only include type A once.",
            Message("type Query { u: U } type A { a: Int } union U = A | A"));
        Assert.Equal(
            "Union type U must define one or more member types.",
            Message("type Query { u: U } union U"));

        // Non-object members cannot be represented, so the builder reports them with the validation message.
        Assert.Equal(
            "Union type U can only include Object types, it cannot include I.",
            Message("type Query { u: U } interface I { a: Int } union U = I"));
    }

    [Fact]
    public void Enums_need_values()
    {
        Assert.Equal("Enum type E must define one or more values.", Message("type Query { e: E } enum E"));
    }

    [Fact]
    public void Input_objects_need_fields()
    {
        Assert.Equal(
            "Input Object type In must define one or more fields.",
            Message("type Query { f(x: In): Int } input In"));
    }

    [Fact]
    public void OneOf_fields_must_be_nullable_without_defaults()
    {
        var errors = Errors("type Query { f(x: In): Int } input In @oneOf { a: Int! b: String = \"x\" c: ID }");
        Assert.Equal(
            ["OneOf input field In.a must be nullable.", "OneOf input field In.b cannot have a default value."],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Input_objects_cannot_reference_themselves_through_non_null_fields()
    {
        var error = Assert.Single(Errors("type Query { f(x: A): Int } input A { b: B! } input B { a: A! }"));
        Assert.Equal("Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".", error.Message);
        Assert.Equal("1:39 1:57", Locations(error));

        Assert.Equal(
            "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"self\".",
            Message("type Query { f(x: A): Int } input A { self: A! }"));

        // Nullable fields and lists break the cycle.
        BuildAstSchema.BuildSchema("type Query { f(x: A): Int } input A { b: B  l: [A!]! } input B { a: A! }");
    }

    [Fact]
    public void Directive_arguments_must_be_input_types_and_directives_need_locations()
    {
        Assert.Equal(
            "The type of @d(x:) must be Input Type but got: Query.",
            Message("directive @d(x: Query) on FIELD type Query { a: Int }"));

        var noLocations = new GraphQLSchema(
            new GraphQLObjectType("Query") { },
            directives: [new GraphQLDirective("bare", [])]);
        noLocations.Query!.AddField("a", Scalars.Int);
        Assert.Equal("Directive @bare must include 1 or more locations.", Assert.Single(SchemaValidation.ValidateSchema(noLocations)).Message);
    }

    [Fact]
    public void AssertValidSchema_joins_messages_like_graphql_js()
    {
        var query = new GraphQLObjectType("Query");
        var schema = new GraphQLSchema(query, types: [new GraphQLEnumType("E")]);

        var exception = Assert.Throws<GraphQLSchemaValidationException>(() => SchemaValidation.AssertValidSchema(schema));

        // Given types come first in the type map (graphql-js order), so E is reported before Query.
        Assert.Equal("Enum type E must define one or more values.\n\nType Query must define one or more fields.", exception.Message);
        Assert.Equal(2, exception.Errors.Count);
    }

    [Fact]
    public void Duplicate_type_names_are_rejected_by_the_schema_constructor()
    {
        var query = new GraphQLObjectType("Query");
        query.AddField("a", new GraphQLObjectType("Dup"));
        query.AddField("b", new GraphQLEnumType("Dup"));

        var exception = Assert.Throws<ArgumentException>(() => new GraphQLSchema(query));

        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Dup\".", exception.Message);
    }

    [Fact]
    public void Invalid_names_are_rejected_at_construction()
    {
        Assert.Equal(
            "Names must start with [_a-zA-Z] but \"1a\" does not. (Parameter 'name')",
            Assert.Throws<ArgumentException>(() => new GraphQLObjectType("1a")).Message);
        Assert.Equal(
            "Names must only contain [_a-zA-Z0-9] but \"a-b\" does not. (Parameter 'name')",
            Assert.Throws<ArgumentException>(() => new GraphQLField("a-b", Scalars.Int)).Message);
        Assert.Equal(
            "Enum values cannot be named: true (Parameter 'name')",
            Assert.Throws<ArgumentException>(() => new GraphQLEnumValue("true")).Message);
        Assert.Throws<ArgumentException>(() => new GraphQLNonNull(new GraphQLNonNull(Scalars.Int)));
    }

    [Fact]
    public void Schema_validation_error_locations_point_into_the_sdl()
    {
        var error = Assert.Single(Errors("type Query {\n  a: Int\n}\n\nenum E\n\nextend type Query { e: E }"));

        Assert.Equal("Enum type E must define one or more values.", error.Message);
        Assert.Equal("5:1", Locations(error));
        Assert.NotNull(Parser.Parse("enum E"));
    }
}
