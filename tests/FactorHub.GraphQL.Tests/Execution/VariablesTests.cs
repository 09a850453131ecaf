using System.Text.Json;
using FactorHub.GraphQL.Types;
using static FactorHub.GraphQL.Tests.Execution.TestSchema;

namespace FactorHub.GraphQL.Tests.Execution;

/// <summary>§6.1.2 CoerceVariableValues and §6.4.1 CoerceArgumentValues (graphql-js execution/variables-test).</summary>
public class VariablesTests
{
    private static readonly GraphQLSchema Schema = BuildSchema();

    private static object? Show(FactorHub.GraphQL.Execution.IResolveFieldContext ctx) =>
        ctx.HasArgument("input") ? JsonSerializer.Serialize(ctx.Arguments["input"]) : "omitted";

    private static GraphQLSchema BuildSchema()
    {
        var input = new GraphQLInputObjectType("TestInputObject");
        input.AddField("a", Scalars.String);
        input.AddField("b", List(Scalars.String));
        input.AddField("c", NonNull(Scalars.String));
        var withDefault = new GraphQLInputField("d", Scalars.Int) { DefaultValue = 7 };
        input.AddField(withDefault);

        var query = Object("TestType",
            Field("fieldWithObjectInput", Scalars.String, Show, Arg("input", input)),
            Field("fieldWithNullableStringInput", Scalars.String, Show, Arg("input", Scalars.String)),
            Field("fieldWithNonNullableStringInput", Scalars.String, Show, Arg("input", NonNull(Scalars.String))),
            Field("fieldWithDefaultArgumentValue", Scalars.String, Show, Arg("input", Scalars.String, "Hello World", hasDefault: true)),
            Field("list", Scalars.String, Show, Arg("input", List(Scalars.String))),
            Field("int", Scalars.String, Show, Arg("input", Scalars.Int)));
        return new GraphQLSchema(query);
    }

    private static Dictionary<string, object?> Vars(params (string, object?)[] pairs) => pairs.ToDictionary(p => p.Item1, p => p.Item2);

    [Fact]
    public async Task An_omitted_argument_is_absent_and_an_explicit_null_is_present()
    {
        var json = await RunAsync(Schema, "{ omitted: fieldWithNullableStringInput explicitNull: fieldWithNullableStringInput(input: null) }");
        Assert.Equal(Json("{'data':{'omitted':'omitted','explicitNull':'null'}}"), json);
    }

    [Fact]
    public async Task A_variable_not_provided_is_omitted_and_a_null_variable_is_null()
    {
        const string query = "query ($v: String) { fieldWithNullableStringInput(input: $v) }";
        Assert.Equal(Json("{'data':{'fieldWithNullableStringInput':'omitted'}}"), await RunAsync(Schema, query));
        Assert.Equal(Json("{'data':{'fieldWithNullableStringInput':'null'}}"), await RunAsync(Schema, query, Vars(("v", null))));
    }

    [Fact]
    public async Task Defaults_apply_when_the_argument_or_its_variable_is_omitted_but_not_to_null()
    {
        Assert.Equal(Json("{'data':{'fieldWithDefaultArgumentValue':'\"Hello World\"'}}"),
            await RunAsync(Schema, "{ fieldWithDefaultArgumentValue }"));
        Assert.Equal(Json("{'data':{'fieldWithDefaultArgumentValue':'\"Hello World\"'}}"),
            await RunAsync(Schema, "query ($v: String) { fieldWithDefaultArgumentValue(input: $v) }"));
        Assert.Equal(Json("{'data':{'fieldWithDefaultArgumentValue':'null'}}"),
            await RunAsync(Schema, "{ fieldWithDefaultArgumentValue(input: null) }"));
        Assert.Equal(Json("{'data':{'fieldWithNullableStringInput':'\"from default\"'}}"),
            await RunAsync(Schema, "query ($v: String = \"from default\") { fieldWithNullableStringInput(input: $v) }"));
    }

    [Fact]
    public async Task Input_objects_are_coerced_with_field_defaults()
    {
        var json = await RunAsync(Schema, "query ($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            Vars(("input", new Dictionary<string, object?> { ["a"] = "foo", ["b"] = "bar", ["c"] = "baz" })));
        Assert.Equal(Json("{'data':{'fieldWithObjectInput':'{\"a\":\"foo\",\"b\":[\"bar\"],\"c\":\"baz\",\"d\":7}'}}"), json);
        var literal = await RunAsync(Schema, "{ fieldWithObjectInput(input: {c: \"baz\", b: [\"x\", null], d: null}) }");
        Assert.Equal(Json("{'data':{'fieldWithObjectInput':'{\"b\":[\"x\",null],\"c\":\"baz\",\"d\":null}'}}"), literal);
    }

    [Fact]
    public async Task A_single_value_is_coerced_to_a_list()
    {
        Assert.Equal(Json("{'data':{'list':'[\"one\"]'}}"),
            await RunAsync(Schema, "query ($l: [String]) { list(input: $l) }", Vars(("l", "one"))));
        Assert.Equal(Json("{'data':{'list':'[\"lit\"]'}}"), await RunAsync(Schema, "{ list(input: \"lit\") }"));
    }

    [Fact]
    public async Task A_required_variable_that_is_not_provided_is_a_request_error()
    {
        var result = await ExecuteAsync(Schema, "query ($value: String!) { fieldWithNonNullableStringInput(input: $value) }");
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Variable \"$value\" of required type \"String!\" was not provided.", error.Message);
        Assert.Equal((1, 8), (error.Locations![0].Line, error.Locations[0].Column));
        Assert.Equal("BAD_USER_INPUT", error.Extensions!["code"]);
    }

    [Fact]
    public async Task A_null_for_a_non_null_variable_is_a_request_error()
    {
        var result = await ExecuteAsync(Schema, "query ($value: String!) { fieldWithNonNullableStringInput(input: $value) }", Vars(("value", null)));
        Assert.False(result.HasData);
        Assert.Equal("Variable \"$value\" of non-null type \"String!\" must not be null.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Invalid_nested_values_report_their_path_inside_the_variable()
    {
        const string query = "query ($input: TestInputObject) { fieldWithObjectInput(input: $input) }";
        var nullC = await ExecuteAsync(Schema, query, Vars(("input", new Dictionary<string, object?> { ["a"] = "foo", ["b"] = "bar", ["c"] = null })));
        Assert.Equal("Variable \"$input\" got invalid value null at \"input.c\"; Expected non-nullable type \"String!\" not to be null.",
            Assert.Single(nullC.Errors!).Message);

        var missingC = await ExecuteAsync(Schema, query, Vars(("input", new Dictionary<string, object?> { ["a"] = "foo", ["b"] = "bar" })));
        Assert.Equal("Variable \"$input\" got invalid value { a: \"foo\", b: \"bar\" }; Field \"c\" of required type \"String!\" was not provided.",
            Assert.Single(missingC.Errors!).Message);

        var extra = await ExecuteAsync(Schema, query, Vars(("input", new Dictionary<string, object?> { ["a"] = "foo", ["c"] = "baz", ["extra"] = "dog" })));
        Assert.Equal("Variable \"$input\" got invalid value { a: \"foo\", c: \"baz\", extra: \"dog\" }; Field \"extra\" is not defined by type \"TestInputObject\".",
            Assert.Single(extra.Errors!).Message);

        var notObject = await ExecuteAsync(Schema, query, Vars(("input", "foo bar")));
        Assert.Equal("Variable \"$input\" got invalid value \"foo bar\"; Expected type \"TestInputObject\" to be an object.",
            Assert.Single(notObject.Errors!).Message);
    }

    [Fact]
    public async Task Scalar_coercion_errors_carry_the_scalar_message()
    {
        var result = await ExecuteAsync(Schema, "query ($n: Int) { int(input: $n) }", Vars(("n", "abc")));
        Assert.False(result.HasData);
        Assert.Equal("Variable \"$n\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"",
            Assert.Single(result.Errors!).Message);
        var list = await ExecuteAsync(Schema, "query ($l: [String!]) { list(input: $l) }", Vars(("l", new List<object?> { "a", null })));
        Assert.Equal("Variable \"$l\" got invalid value null at \"l[1]\"; Expected non-nullable type \"String!\" not to be null.",
            Assert.Single(list.Errors!).Message);
    }

    [Fact]
    public async Task Argument_errors_are_field_errors()
    {
        var missing = await RunAsync(Schema, "query ($v: String) { fieldWithNonNullableStringInput(input: $v) }");
        Assert.Equal(Json("""
            {'errors':[{'message':'Argument "input" of required type "String!" was provided the variable "$v" which was not provided a runtime value.',
              'locations':[{'line':1,'column':61}],'path':['fieldWithNonNullableStringInput']}],
             'data':{'fieldWithNonNullableStringInput':null}}
            """), missing);
        var nullValue = await ExecuteAsync(Schema, "query ($v: String) { fieldWithNonNullableStringInput(input: $v) }", Vars(("v", null)));
        Assert.Equal("Argument \"input\" of non-null type \"String!\" must not be null.", Assert.Single(nullValue.Errors!).Message);
        var notGiven = await ExecuteAsync(Schema, "{ fieldWithNonNullableStringInput }");
        Assert.Equal("Argument \"input\" of required type \"String!\" was not provided.", Assert.Single(notGiven.Errors!).Message);
    }

    [Fact]
    public async Task Too_many_variable_errors_are_capped()
    {
        var definitions = string.Join(", ", Enumerable.Range(0, 60).Select(i => $"$v{i}: Int!"));
        var result = await ExecuteAsync(Schema, $"query ({definitions}) {{ int }}");
        Assert.Equal(51, result.Errors!.Count);
        Assert.Equal("Too many errors processing variables, error limit reached. Execution aborted.", result.Errors[^1].Message);
    }
}
