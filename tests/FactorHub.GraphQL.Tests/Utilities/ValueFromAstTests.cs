using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Tests.Utilities;

/// <summary>graphql-js valueFromAST semantics (valueFromAST-test.ts), with <see cref="Undefined"/> standing for undefined.</summary>
public class ValueFromAstTests
{
    private static readonly GraphQLEnumType Color = CreateColor();
    private static readonly GraphQLInputObjectType TestInput = CreateTestInput();
    private static readonly GraphQLInputObjectType OneOf = CreateOneOf();

    private static object? Convert(string literal, IGraphQLType type, Dictionary<string, object?>? variables = null) =>
        ValueFromAst.Convert(Parser.ParseValue(literal), type, variables);

    [Fact]
    public void Rejects_empty_input() => Assert.Same(Undefined.Value, ValueFromAst.Convert(null, Scalars.Boolean));

    [Fact]
    public void Converts_according_to_input_coercion_rules()
    {
        Assert.Equal(true, Convert("true", Scalars.Boolean));
        Assert.Equal(123, Convert("123", Scalars.Int));
        Assert.Equal(123d, Convert("123", Scalars.Float));
        Assert.Equal(123.456, Convert("123.456", Scalars.Float));
        Assert.Equal("abc123", Convert("\"abc123\"", Scalars.String));
        Assert.Equal("123456", Convert("123456", Scalars.ID));
        Assert.Equal("123456", Convert("\"123456\"", Scalars.ID));
        Assert.Equal(12.5m, Convert("12.50", Scalars.Decimal));
    }

    [Fact]
    public void Does_not_convert_when_input_coercion_rules_reject_a_value()
    {
        Assert.Same(Undefined.Value, Convert("123", Scalars.Boolean));
        Assert.Same(Undefined.Value, Convert("123.456", Scalars.Int));
        Assert.Same(Undefined.Value, Convert("true", Scalars.Int));
        Assert.Same(Undefined.Value, Convert("\"123\"", Scalars.Int));
        Assert.Same(Undefined.Value, Convert("123", Scalars.String));
        Assert.Same(Undefined.Value, Convert("123.456", Scalars.ID));
    }

    [Fact]
    public void Converts_enum_values_according_to_input_coercion_rules()
    {
        Assert.Equal(1, Convert("RED", Color));
        Assert.Equal(3, Convert("BLUE", Color));
        Assert.Same(Undefined.Value, Convert("3", Color));
        Assert.Same(Undefined.Value, Convert("\"BLUE\"", Color));
        Assert.Same(Undefined.Value, Convert("null", new GraphQLNonNull(Color)));
        Assert.Same(Undefined.Value, Convert("UNDEFINED", Color));
    }

    [Fact]
    public void Coerces_to_null_unless_non_null()
    {
        Assert.Null(Convert("null", Scalars.Boolean));
        Assert.Same(Undefined.Value, Convert("null", new GraphQLNonNull(Scalars.Boolean)));
    }

    [Fact]
    public void Coerces_lists_of_values_and_single_values_to_lists()
    {
        var listOfBool = new GraphQLList(Scalars.Boolean);
        var nonNullListOfNonNullBool = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Scalars.Boolean)));

        Assert.Equal(new List<object?> { true }, Convert("true", listOfBool));
        Assert.Same(Undefined.Value, Convert("123", listOfBool));
        Assert.Null(Convert("null", listOfBool));
        Assert.Equal(new List<object?> { true, false }, Convert("[true, false]", listOfBool));
        Assert.Same(Undefined.Value, Convert("[true, 123]", listOfBool));
        Assert.Equal(new List<object?> { true, null }, Convert("[true, null]", listOfBool));
        Assert.Same(Undefined.Value, Convert("{ true: true }", listOfBool));

        Assert.Equal(new List<object?> { true }, Convert("true", nonNullListOfNonNullBool));
        Assert.Same(Undefined.Value, Convert("[true, null]", nonNullListOfNonNullBool));
        Assert.Same(Undefined.Value, Convert("null", nonNullListOfNonNullBool));
    }

    [Fact]
    public void Coerces_input_objects_according_to_input_coercion_rules()
    {
        Assert.Null(Convert("null", TestInput));
        Assert.Same(Undefined.Value, Convert("123", TestInput));
        Assert.Same(Undefined.Value, Convert("[]", TestInput));
        Assert.Equal(
            new Dictionary<string, object?> { ["int"] = 123, ["requiredBool"] = false },
            Convert("{ int: 123, requiredBool: false }", TestInput));
        Assert.Equal(
            new Dictionary<string, object?> { ["int"] = 42, ["bool"] = true, ["requiredBool"] = false },
            Convert("{ bool: true, requiredBool: false }", TestInput));
        Assert.Same(Undefined.Value, Convert("{ int: true, requiredBool: true }", TestInput));
        Assert.Same(Undefined.Value, Convert("{ requiredBool: null }", TestInput));
        Assert.Same(Undefined.Value, Convert("{ bool: true }", TestInput));
    }

    [Fact]
    public void Accepts_variable_values_assuming_already_coerced()
    {
        Assert.Same(Undefined.Value, Convert("$var", Scalars.Boolean));
        Assert.Equal(true, Convert("$var", Scalars.Boolean, new() { ["var"] = true }));
        Assert.Null(Convert("$var", Scalars.Boolean, new() { ["var"] = null }));
        Assert.Same(Undefined.Value, Convert("$var", new GraphQLNonNull(Scalars.Boolean), new() { ["var"] = null }));
    }

    [Fact]
    public void Asserts_variables_are_provided_as_items_in_lists()
    {
        var listOfBool = new GraphQLList(Scalars.Boolean);
        var listOfNonNullBool = new GraphQLList(new GraphQLNonNull(Scalars.Boolean));

        Assert.Equal(new List<object?> { null }, Convert("[ $foo ]", listOfBool));
        Assert.Same(Undefined.Value, Convert("[ $foo ]", listOfNonNullBool));
        Assert.Equal(new List<object?> { true }, Convert("[ $foo ]", listOfNonNullBool, new() { ["foo"] = true }));
        // Note: variables are expected to have already been coerced, so we do not expect the singleton wrapping behavior for variables.
        Assert.Equal(true, Convert("$foo", listOfNonNullBool, new() { ["foo"] = true }));
        Assert.Equal(new List<object?> { false }, Convert("$foo", listOfNonNullBool, new() { ["foo"] = new List<object?> { false } }));
    }

    [Fact]
    public void Omits_input_object_fields_for_unprovided_variables()
    {
        Assert.Equal(
            new Dictionary<string, object?> { ["int"] = 42, ["requiredBool"] = true },
            Convert("{ int: $foo, bool: $foo, requiredBool: true }", TestInput));
        Assert.Same(Undefined.Value, Convert("{ requiredBool: $foo }", TestInput));
        Assert.Equal(
            new Dictionary<string, object?> { ["int"] = 42, ["requiredBool"] = true },
            Convert("{ requiredBool: $foo }", TestInput, new() { ["foo"] = true }));
    }

    [Fact]
    public void OneOf_input_objects_need_exactly_one_non_null_field()
    {
        Assert.Equal(new Dictionary<string, object?> { ["a"] = "x" }, Convert("{ a: \"x\" }", OneOf));
        Assert.Same(Undefined.Value, Convert("{ a: \"x\", b: 1 }", OneOf));
        Assert.Same(Undefined.Value, Convert("{ a: null }", OneOf));
        Assert.Same(Undefined.Value, Convert("{}", OneOf));
    }

    [Fact]
    public void ValueFromAstUntyped_converts_without_a_type()
    {
        Assert.Equal(
            new List<object?> { 1, 2.5m, 12345678901L, "s", true, null, "ENUM", Undefined.Value, "v" },
            ValueFromAstUntyped.Convert(
                Parser.ParseValue("[1, 2.5, 12345678901, \"s\", true, null, ENUM, $missing, $v]"),
                new Dictionary<string, object?> { ["v"] = "v" }));
        Assert.Equal(1e300, ValueFromAstUntyped.Convert(Parser.ParseValue("1e300")));
        Assert.Equal(1e-30, ValueFromAstUntyped.Convert(Parser.ParseValue("1e-30")));
    }

    private static GraphQLEnumType CreateColor()
    {
        var color = new GraphQLEnumType("Color");
        color.AddValue("RED", 1);
        color.AddValue("GREEN", 2);
        color.AddValue("BLUE", 3);
        return color;
    }

    private static GraphQLInputObjectType CreateTestInput()
    {
        var input = new GraphQLInputObjectType("TestInput");
        input.AddField(new GraphQLInputField("int", Scalars.Int) { DefaultValue = 42 });
        input.AddField("bool", Scalars.Boolean);
        input.AddField("requiredBool", new GraphQLNonNull(Scalars.Boolean));
        return input;
    }

    private static GraphQLInputObjectType CreateOneOf()
    {
        var input = new GraphQLInputObjectType("OneOf", isOneOf: true);
        input.AddField("a", Scalars.String);
        input.AddField("b", Scalars.Int);
        return input;
    }
}
