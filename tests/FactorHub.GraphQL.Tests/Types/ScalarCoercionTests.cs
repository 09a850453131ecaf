using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Tests.Types;

/// <summary>
/// Coercion tables of the built-in scalars (§3.5) with graphql-js 16 messages (scalars-test.ts / serialization-test.ts),
/// and of FactorHub's DateTime, Date, Decimal and JSON scalars.
/// </summary>
public class ScalarCoercionTests
{
    private static string ErrorOf(Func<object?> coerce) => Assert.Throws<GraphQLError>(() => coerce()).Message;

    private static object? Literal(GraphQLScalarType scalar, string literal) => scalar.ParseLiteral(Parser.ParseValue(literal));

    public static TheoryData<object?, int> IntSerializeAccepted => new()
    {
        { 1, 1 }, { 0, 0 }, { -1, -1 }, { 1e5, 100000 }, { 1.0, 1 }, { 2147483647L, 2147483647 }, { -2147483648L, -2147483648 },
        { 123m, 123 }, { 4.0m, 4 }, { "123", 123 }, { "-1", -1 }, { true, 1 }, { false, 0 }, { (byte)7, 7 },
    };

    [Theory]
    [MemberData(nameof(IntSerializeAccepted))]
    public void Int_serializes_integral_numbers_strings_and_booleans(object? input, int expected) =>
        Assert.Equal(expected, Scalars.Int.Serialize(input));

    [Theory]
    [InlineData(0.1, "Int cannot represent non-integer value: 0.1")]
    [InlineData(1.1, "Int cannot represent non-integer value: 1.1")]
    [InlineData(-1.1, "Int cannot represent non-integer value: -1.1")]
    [InlineData("-1.1", "Int cannot represent non-integer value: \"-1.1\"")]
    [InlineData(9876504321L, "Int cannot represent non 32-bit signed integer value: 9876504321")]
    [InlineData(-9876504321L, "Int cannot represent non 32-bit signed integer value: -9876504321")]
    [InlineData(1e100, "Int cannot represent non 32-bit signed integer value: 1e+100")]
    [InlineData(-1e100, "Int cannot represent non 32-bit signed integer value: -1e+100")]
    [InlineData("one", "Int cannot represent non-integer value: \"one\"")]
    [InlineData("", "Int cannot represent non-integer value: \"\"")]
    [InlineData(double.NaN, "Int cannot represent non-integer value: NaN")]
    [InlineData(double.PositiveInfinity, "Int cannot represent non-integer value: Infinity")]
    [InlineData(null, "Int cannot represent non-integer value: null")]
    public void Int_serialize_rejects_with_graphql_js_messages(object? input, string message) =>
        Assert.Equal(message, ErrorOf(() => Scalars.Int.Serialize(input)));

    [Fact]
    public void Int_serialize_rejects_lists_and_objects_with_inspected_values()
    {
        Assert.Equal("Int cannot represent non-integer value: [5]", ErrorOf(() => Scalars.Int.Serialize(new List<object?> { 5 })));
        Assert.Equal("Int cannot represent non-integer value: { a: 1 }", ErrorOf(() => Scalars.Int.Serialize(new Dictionary<string, object?> { ["a"] = 1 })));
        Assert.Equal("Int cannot represent non-integer value: 1.5", ErrorOf(() => Scalars.Int.Serialize(1.50m)));
    }

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("123", "Int cannot represent non-integer value: \"123\"")]
    [InlineData(true, "Int cannot represent non-integer value: true")]
    [InlineData(null, "Int cannot represent non-integer value: null")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(-2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData(1e100, "Int cannot represent non 32-bit signed integer value: 1e+100")]
    public void Int_parseValue_accepts_only_32_bit_integers(object? input, string message) =>
        Assert.Equal(message, ErrorOf(() => Scalars.Int.ParseValue(input)));

    [Fact]
    public void Int_parseValue_accepts_json_numbers_as_decimal_or_double()
    {
        Assert.Equal(42, Scalars.Int.ParseValue(42m));
        Assert.Equal(-7, Scalars.Int.ParseValue(-7.0));
        Assert.Equal(2147483647, Scalars.Int.ParseValue(2147483647m));
        Assert.Equal("Int cannot represent non-integer value: 0.5", ErrorOf(() => Scalars.Int.ParseValue(0.5m)));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("-1", -1)]
    [InlineData("2147483647", 2147483647)]
    [InlineData("-2147483648", -2147483648)]
    public void Int_parseLiteral_accepts_int_literals(string literal, int expected) =>
        Assert.Equal(expected, Literal(Scalars.Int, literal));

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("null", "Int cannot represent non-integer value: null")]
    [InlineData("\"123\"", "Int cannot represent non-integer value: \"123\"")]
    [InlineData("false", "Int cannot represent non-integer value: false")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    [InlineData("{ value: 1 }", "Int cannot represent non-integer value: {value: 1}")]
    [InlineData("ENUM_VALUE", "Int cannot represent non-integer value: ENUM_VALUE")]
    [InlineData("$var", "Int cannot represent non-integer value: $var")]
    public void Int_parseLiteral_rejects_with_printed_literal(string literal, string message) =>
        Assert.Equal(message, ErrorOf(() => Literal(Scalars.Int, literal)));

    [Fact]
    public void Float_coercion_matches_graphql_js()
    {
        Assert.Equal(1.1, Scalars.Float.Serialize(1.1));
        Assert.Equal(-1.1, Scalars.Float.Serialize("-1.1"));
        Assert.Equal(1d, Scalars.Float.Serialize(true));
        Assert.Equal(0.5, Scalars.Float.Serialize(0.5m));
        Assert.Equal("Float cannot represent non numeric value: NaN", ErrorOf(() => Scalars.Float.Serialize(double.NaN)));
        Assert.Equal("Float cannot represent non numeric value: Infinity", ErrorOf(() => Scalars.Float.Serialize(double.PositiveInfinity)));
        Assert.Equal("Float cannot represent non numeric value: \"one\"", ErrorOf(() => Scalars.Float.Serialize("one")));
        Assert.Equal("Float cannot represent non numeric value: \"\"", ErrorOf(() => Scalars.Float.Serialize(string.Empty)));
        Assert.Equal("Float cannot represent non numeric value: [5]", ErrorOf(() => Scalars.Float.Serialize(new[] { 5 })));

        Assert.Equal(1.5, Scalars.Float.ParseValue(1.5m));
        Assert.Equal(3d, Scalars.Float.ParseValue(3));
        Assert.Equal("Float cannot represent non numeric value: \"1\"", ErrorOf(() => Scalars.Float.ParseValue("1")));
        Assert.Equal("Float cannot represent non numeric value: true", ErrorOf(() => Scalars.Float.ParseValue(true)));
        Assert.Equal("Float cannot represent non numeric value: null", ErrorOf(() => Scalars.Float.ParseValue(null)));

        Assert.Equal(1d, Literal(Scalars.Float, "1"));
        Assert.Equal(0.1, Literal(Scalars.Float, "0.1"));
        Assert.Equal(6.0221e23, Literal(Scalars.Float, "6.0221e23"));
        Assert.Equal("Float cannot represent non numeric value: \"123\"", ErrorOf(() => Literal(Scalars.Float, "\"123\"")));
        Assert.Equal("Float cannot represent non numeric value: ENUM_VALUE", ErrorOf(() => Literal(Scalars.Float, "ENUM_VALUE")));
    }

    [Fact]
    public void String_coercion_matches_graphql_js()
    {
        Assert.Equal("string", Scalars.String.Serialize("string"));
        Assert.Equal("1", Scalars.String.Serialize(1));
        Assert.Equal("-1.1", Scalars.String.Serialize(-1.1));
        Assert.Equal("1e+21", Scalars.String.Serialize(1e21));
        Assert.Equal("0.5", Scalars.String.Serialize(0.50m));
        Assert.Equal("true", Scalars.String.Serialize(true));
        Assert.Equal("false", Scalars.String.Serialize(false));
        Assert.Equal("String cannot represent value: NaN", ErrorOf(() => Scalars.String.Serialize(double.NaN)));
        Assert.Equal("String cannot represent value: [1]", ErrorOf(() => Scalars.String.Serialize(new List<object?> { 1 })));
        Assert.Equal("String cannot represent value: {}", ErrorOf(() => Scalars.String.Serialize(new Dictionary<string, object?>())));
        Assert.Equal("String cannot represent value: null", ErrorOf(() => Scalars.String.Serialize(null)));

        Assert.Equal("foo", Scalars.String.ParseValue("foo"));
        Assert.Equal("String cannot represent a non string value: 1", ErrorOf(() => Scalars.String.ParseValue(1m)));
        Assert.Equal("String cannot represent a non string value: true", ErrorOf(() => Scalars.String.ParseValue(true)));
        Assert.Equal("String cannot represent a non string value: [\"foo\"]", ErrorOf(() => Scalars.String.ParseValue(new List<object?> { "foo" })));

        Assert.Equal("foo", Literal(Scalars.String, "\"foo\""));
        Assert.Equal("block", Literal(Scalars.String, "\"\"\"block\"\"\""));
        Assert.Equal("String cannot represent a non string value: 1", ErrorOf(() => Literal(Scalars.String, "1")));
        Assert.Equal("String cannot represent a non string value: [\"foo\"]", ErrorOf(() => Literal(Scalars.String, "[\"foo\"]")));
    }

    [Fact]
    public void Boolean_coercion_matches_graphql_js()
    {
        Assert.Equal(true, Scalars.Boolean.Serialize(true));
        Assert.Equal(true, Scalars.Boolean.Serialize(1));
        Assert.Equal(false, Scalars.Boolean.Serialize(0m));
        Assert.Equal("Boolean cannot represent a non boolean value: NaN", ErrorOf(() => Scalars.Boolean.Serialize(double.NaN)));
        Assert.Equal("Boolean cannot represent a non boolean value: \"\"", ErrorOf(() => Scalars.Boolean.Serialize(string.Empty)));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", ErrorOf(() => Scalars.Boolean.Serialize("true")));

        Assert.Equal(false, Scalars.Boolean.ParseValue(false));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", ErrorOf(() => Scalars.Boolean.ParseValue(1m)));
        Assert.Equal("Boolean cannot represent a non boolean value: null", ErrorOf(() => Scalars.Boolean.ParseValue(null)));

        Assert.Equal(true, Literal(Scalars.Boolean, "true"));
        Assert.Equal("Boolean cannot represent a non boolean value: 0", ErrorOf(() => Literal(Scalars.Boolean, "0")));
        Assert.Equal("Boolean cannot represent a non boolean value: \"false\"", ErrorOf(() => Literal(Scalars.Boolean, "\"false\"")));
    }

    [Fact]
    public void ID_coercion_matches_graphql_js()
    {
        Assert.Equal("string", Scalars.ID.Serialize("string"));
        Assert.Equal("123", Scalars.ID.Serialize(123));
        Assert.Equal("123", Scalars.ID.Serialize(123m));
        Assert.Equal("0", Scalars.ID.Serialize(0L));
        Assert.Equal("ID cannot represent value: true", ErrorOf(() => Scalars.ID.Serialize(true)));
        Assert.Equal("ID cannot represent value: 3.14", ErrorOf(() => Scalars.ID.Serialize(3.14)));
        Assert.Equal("ID cannot represent value: {}", ErrorOf(() => Scalars.ID.Serialize(new Dictionary<string, object?>())));

        Assert.Equal("1", Scalars.ID.ParseValue(1m));
        Assert.Equal("abc", Scalars.ID.ParseValue("abc"));
        Assert.Equal("ID cannot represent value: 0.1", ErrorOf(() => Scalars.ID.ParseValue(0.1m)));
        Assert.Equal("ID cannot represent value: null", ErrorOf(() => Scalars.ID.ParseValue(null)));

        Assert.Equal("123", Literal(Scalars.ID, "123"));
        Assert.Equal("123", Literal(Scalars.ID, "\"123\""));
        Assert.Equal("9007199254740993", Literal(Scalars.ID, "9007199254740993"));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.0", ErrorOf(() => Literal(Scalars.ID, "1.0")));
        Assert.Equal("ID cannot represent a non-string and non-integer value: true", ErrorOf(() => Literal(Scalars.ID, "true")));
    }

    [Fact]
    public void Literal_errors_carry_the_node_location()
    {
        var error = Assert.Throws<GraphQLError>(() => Scalars.Int.ParseLiteral(Parser.ParseValue("\"x\"")));
        Assert.Equal(1, Assert.Single(error.Locations!).Column);
    }

    [Theory]
    [InlineData("0.5703", "0.5703")]
    [InlineData("-12", "-12")]
    [InlineData("1.10", "1.10")]
    [InlineData("1.2e-3", "0.0012")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.1234567890123456789012345678", "0.1234567890123456789012345678")]
    public void Decimal_parses_literals_from_their_exact_text(string literal, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Literal(Scalars.Decimal, literal));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Literal(Scalars.Decimal, $"\"{literal}\""));
    }

    [Fact]
    public void Decimal_keeps_digits_a_double_would_lose()
    {
        // 0.1 + 0.2 style: 17 significant digits survive because the text never passes through double.
        var value = Assert.IsType<decimal>(Literal(Scalars.Decimal, "1234567890.123456789"));
        Assert.Equal("1234567890.123456789", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1234567890.123456789m, Scalars.Decimal.ParseValue("1234567890.123456789"));
        Assert.Equal(0.3m, Scalars.Decimal.ParseValue(0.3m));
        Assert.Equal(5m, Scalars.Decimal.ParseValue(5));
        Assert.Equal(2.50m, Scalars.Decimal.Serialize(2.50m));
        Assert.Equal(7m, Scalars.Decimal.Serialize(7L));
    }

    [Fact]
    public void Decimal_rejects_floating_point_and_non_numbers_with_reasons()
    {
        Assert.Equal(
            "Decimal cannot represent a binary floating-point value: 0.1 (return System.Decimal to keep exact digits).",
            ErrorOf(() => Scalars.Decimal.Serialize(0.1)));
        Assert.Equal(
            "Decimal cannot represent value: 1e+300 (outside the range or precision of a decimal).",
            ErrorOf(() => Scalars.Decimal.ParseValue(1e300)));
        Assert.Equal(
            "Decimal cannot represent value: \"12,5\" (not a decimal number).",
            ErrorOf(() => Scalars.Decimal.ParseValue("12,5")));
        Assert.Equal(
            "Decimal cannot represent value: \" 1\" (not a decimal number).",
            ErrorOf(() => Scalars.Decimal.ParseValue(" 1")));
        Assert.Equal(
            "Decimal cannot represent value: \"1e300\" (outside the range or precision of a decimal).",
            ErrorOf(() => Literal(Scalars.Decimal, "1e300")));
        Assert.Equal("Decimal cannot represent a non numeric value: true", ErrorOf(() => Scalars.Decimal.ParseValue(true)));
        Assert.Equal("Decimal cannot represent a non numeric value: FAST", ErrorOf(() => Literal(Scalars.Decimal, "FAST")));
    }

    [Fact]
    public void DateTime_requires_an_offset_and_round_trips_it()
    {
        var parsed = Assert.IsType<DateTimeOffset>(Literal(Scalars.DateTime, "\"2027-01-01T08:00:00+08:00\""));
        Assert.Equal(TimeSpan.FromHours(8), parsed.Offset);
        Assert.Equal("2027-01-01T08:00:00+08:00", Scalars.DateTime.Serialize(parsed));
        Assert.Equal("2027-01-01T00:00:00.5Z", Scalars.DateTime.Serialize(new DateTimeOffset(2027, 1, 1, 0, 0, 0, 500, TimeSpan.Zero)));
        Assert.Equal("2026-03-04T05:06:07Z", Scalars.DateTime.Serialize(new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc)));
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), Scalars.DateTime.ParseValue("2027-01-01T00:00:00Z"));

        Assert.Equal(
            "DateTime cannot represent an invalid date-time string: \"2027-01-01T08:00:00\" (expected RFC 3339 with an offset, e.g. \"2027-01-01T08:00:00+08:00\").",
            ErrorOf(() => Scalars.DateTime.ParseValue("2027-01-01T08:00:00")));
        Assert.Equal(
            "DateTime cannot represent an invalid date-time string: \"2027-02-30T00:00:00Z\" (expected RFC 3339 with an offset, e.g. \"2027-01-01T08:00:00+08:00\").",
            ErrorOf(() => Scalars.DateTime.ParseValue("2027-02-30T00:00:00Z")));
        Assert.Equal(
            "DateTime cannot represent a DateTime of unspecified kind: it has no offset.",
            ErrorOf(() => Scalars.DateTime.Serialize(new DateTime(2027, 1, 1))));
        Assert.Equal("DateTime cannot represent a non string value: 1", ErrorOf(() => Literal(Scalars.DateTime, "1")));
    }

    [Fact]
    public void Date_is_yyyy_MM_dd()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), Literal(Scalars.Date, "\"2026-12-31\""));
        Assert.Equal("2026-12-31", Scalars.Date.Serialize(new DateOnly(2026, 12, 31)));
        Assert.Equal(
            "Date cannot represent an invalid date string: \"2026-13-01\" (expected yyyy-MM-dd).",
            ErrorOf(() => Scalars.Date.ParseValue("2026-13-01")));
        Assert.Equal(
            "Date cannot represent an invalid date string: \"31/12/2026\" (expected yyyy-MM-dd).",
            ErrorOf(() => Literal(Scalars.Date, "\"31/12/2026\"")));
        Assert.Equal("Date cannot represent value: 20261231", ErrorOf(() => Scalars.Date.Serialize(20261231)));
    }

    [Fact]
    public void Json_passes_values_through_and_converts_literals_exactly()
    {
        var value = Assert.IsType<Dictionary<string, object?>>(Scalars.Json.ParseLiteral(
            Parser.ParseValue("{ a: [1, 2.50, \"x\", null, true, RED], b: $v }"),
            new Dictionary<string, object?> { ["v"] = "from variable" }));
        var list = Assert.IsType<List<object?>>(value["a"]);
        Assert.Equal([1, 2.50m, "x", null, true, "RED"], list);
        Assert.Equal("from variable", value["b"]);
        var passThrough = new Dictionary<string, object?> { ["k"] = 1 };
        Assert.Same(passThrough, Scalars.Json.Serialize(passThrough));
        Assert.Same(passThrough, Scalars.Json.ParseValue(passThrough));
    }
}
