using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Tests.Conformance;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Tests.Utilities;

/// <summary>
/// SDL → schema → SDL. Expected texts are graphql-js 16 printSchema output for the same SDL
/// (TestData/*.printed.graphql, regenerated with scripts/graphql-js-print.mjs), so the printer and the builder are
/// checked together against the reference implementation.
/// </summary>
public class SchemaPrinterTests
{
    [Fact]
    public void Kitchen_sink_with_extensions_prints_exactly_like_graphql_js()
    {
        var schema = BuildAstSchema.BuildSchema(TestFiles.Read("kitchen-sink.graphql"));

        Assert.Equal(TestFiles.Read("kitchen-sink.printed.graphql"), SchemaPrinter.PrintSchema(schema));
    }

    [Fact]
    public void Printed_schema_builds_back_to_the_same_schema()
    {
        var printed = SchemaPrinter.PrintSchema(BuildAstSchema.BuildSchema(TestFiles.Read("kitchen-sink.graphql")));

        Assert.Equal(printed, SchemaPrinter.PrintSchema(BuildAstSchema.BuildSchema(printed)));
    }

    [Fact]
    public void Introspection_types_and_specified_directives_print_exactly_like_graphql_js()
    {
        var schema = BuildAstSchema.BuildSchema(TestFiles.Read("kitchen-sink.graphql"));

        Assert.Equal(TestFiles.Read("introspection-schema.printed.graphql"), SchemaPrinter.PrintIntrospectionSchema(schema));
    }

    [Fact]
    public async Task Conformance_zoo_schema_prints_exactly_like_graphql_js()
    {
        var sdlFile = Path.Combine(NodeHarness.ConformanceDirectory, "schema.graphql");
        var result = await NodeHarness.RunAsync(TestFiles.Script("graphql-js-print.mjs"), sdlFile);
        result.AssertSucceeded();

        var schema = BuildAstSchema.BuildSchema(File.ReadAllText(sdlFile));

        // The harness collects output line by line, adding a final newline graphql-js does not print.
        Assert.Equal(result.StandardOutput.TrimEnd('\n'), SchemaPrinter.PrintSchema(schema));
    }

    [Fact]
    public void Schema_definition_is_printed_only_for_unusual_root_names_or_a_description()
    {
        Assert.Equal("type Query {\n  a: Int\n}", Print("type Query { a: Int }"));
        Assert.Equal(
            "schema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}",
            Print("schema { query: Root } type Root { a: Int }"));
        Assert.Equal(
            "\"\"\"The API.\"\"\"\nschema {\n  query: Query\n}\n\ntype Query {\n  a: Int\n}",
            Print("\"The API.\" schema { query: Query } type Query { a: Int }"));
    }

    [Fact]
    public void Custom_scalar_takes_description_and_specifiedBy_from_the_sdl_not_the_implementation()
    {
        var printed = Print("\"Exact.\" scalar Decimal @specifiedBy(url: \"https://example.org/d\") type Query { d: Decimal }");

        Assert.Equal(
            "\"\"\"Exact.\"\"\"\nscalar Decimal @specifiedBy(url: \"https://example.org/d\")\n\ntype Query {\n  d: Decimal\n}",
            printed);
        Assert.NotEqual("Exact.", Scalars.Decimal.Description);
    }

    [Fact]
    public void Scalar_extension_specifiedBy_applies_unlike_graphql_js_buildASTSchema()
    {
        // Deliberate difference: graphql-js buildASTSchema reads @specifiedBy only from the definition; the spec lets
        // an extension add it (§3.5.2 Scalar Extensions), as graphql-js extendSchema does.
        var schema = BuildAstSchema.BuildSchema("scalar Url extend scalar Url @specifiedBy(url: \"https://url.spec.whatwg.org/\") type Query { u: Url }");

        Assert.Equal("https://url.spec.whatwg.org/", ((GraphQLScalarType)schema.GetType("Url")!).SpecifiedByUrl);
    }

    [Fact]
    public void Block_descriptions_are_indented_inside_fields_and_arguments()
    {
        var printed = Print("type Query { \"Line one\\nline two\" f(\"Arg\\ndoc\" a: Int): Int }");

        Assert.Equal(
            "type Query {\n  \"\"\"\n  Line one\n  line two\n  \"\"\"\n  f(\n    \"\"\"\n    Arg\n    doc\n    \"\"\"\n    a: Int\n  ): Int\n}",
            printed);
    }

    [Fact]
    public void PrintType_prints_one_type_and_PrintDirective_one_directive()
    {
        var schema = BuildAstSchema.BuildSchema("directive @d(x: [Int] = 1) repeatable on FIELD | QUERY type Query { a: Int }");

        Assert.Equal("directive @d(x: [Int] = [1]) repeatable on FIELD | QUERY", SchemaPrinter.PrintDirective(schema.GetDirective("d")!));
        Assert.Equal("type Query {\n  a: Int\n}", SchemaPrinter.PrintType(schema.Query!));
        Assert.Equal(Printer.Print(Parser.Parse("type Query { a: Int }")), SchemaPrinter.PrintType(schema.Query!));
    }

    private static string Print(string sdl) => SchemaPrinter.PrintSchema(BuildAstSchema.BuildSchema(sdl));
}
