using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Tests.Utilities;

/// <summary>graphql-js astFromValue semantics (astFromValue-test.ts), checked through the printed literal.</summary>
public class AstFromValueTests
{
    private static string? Print(object? value, IGraphQLType type) =>
        AstFromValue.Convert(value, type) is { } node ? Printer.Print(node) : null;

    [Fact]
    public void Converts_booleans_numbers_strings_and_ids()
    {
        Assert.Equal("true", Print(true, Scalars.Boolean));
        Assert.Equal("false", Print(0, Scalars.Boolean));
        Assert.Equal("null", Print(null, Scalars.Boolean));
        Assert.Null(Print(Undefined.Value, Scalars.Boolean));
        Assert.Null(Print(null, new GraphQLNonNull(Scalars.Boolean)));

        Assert.Equal("-1", Print(-1, Scalars.Int));
        Assert.Equal("123", Print(123.0, Scalars.Int));
        Assert.Equal("10000", Print(1e4, Scalars.Int));
        Assert.Equal("123.5", Print(123.5, Scalars.Float));
        Assert.Equal("1e+40", Print(1e40, Scalars.Float));
        Assert.Equal("0.5703", Print(0.5703m, Scalars.Decimal));

        Assert.Equal("\"hello\"", Print("hello", Scalars.String));
        Assert.Equal("\"VALUE\"", Print("VALUE", Scalars.String));
        Assert.Equal("\"VA\\nLUE\"", Print("VA\nLUE", Scalars.String));
        Assert.Equal("\"123\"", Print(123, Scalars.String));

        Assert.Equal("\"hello\"", Print("hello", Scalars.ID));
        Assert.Equal("123", Print("123", Scalars.ID));
        Assert.Equal("\"01\"", Print("01", Scalars.ID));
        Assert.Equal("\"2027-01-01T00:00:00Z\"", Print(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), Scalars.DateTime));
    }

    [Fact]
    public void Throws_for_values_the_scalar_cannot_serialize()
    {
        var error = Assert.ThrowsAny<Exception>(() => Print(123.5, Scalars.Int));
        Assert.Equal("Int cannot represent non-integer value: 123.5", error.Message);
    }

    [Fact]
    public void Converts_enums_lists_and_input_objects()
    {
        var color = new GraphQLEnumType("Color");
        color.AddValue("RED", 1);
        color.AddValue("GREEN", 2);
        Assert.Equal("RED", Print(1, color));
        Assert.Equal("Enum \"Color\" cannot represent value: \"RED\"", Assert.ThrowsAny<Exception>(() => Print("RED", color)).Message);

        Assert.Equal("[\"FOO\", \"BAR\"]", Print(new[] { "FOO", "BAR" }, new GraphQLList(Scalars.String)));
        Assert.Equal("[RED, GREEN]", Print(new List<object?> { 1, 2 }, new GraphQLList(color)));
        Assert.Equal("GREEN", Print(2, new GraphQLList(color)));
        Assert.Equal("[1, 2]", Print(new List<object?> { 1, null, 2 }, new GraphQLList(new GraphQLNonNull(Scalars.Int))));

        var input = new GraphQLInputObjectType("MyInputObj");
        input.AddField("foo", Scalars.Float);
        input.AddField("bar", color);
        Assert.Equal("{foo: 3, bar: GREEN}", Print(new Dictionary<string, object?> { ["foo"] = 3, ["bar"] = 2 }, input));
        Assert.Equal("{foo: null}", Print(new Dictionary<string, object?> { ["foo"] = null }, input));
        Assert.Null(Print("not an object", input));
    }

    [Fact]
    public void Json_scalar_values_print_as_object_and_list_literals()
    {
        var value = new Dictionary<string, object?> { ["a"] = new List<object?> { 1, "x", null }, ["b"] = true };

        Assert.Equal("{a: [1, \"x\", null], b: true}", Print(value, Scalars.Json));
    }
}
