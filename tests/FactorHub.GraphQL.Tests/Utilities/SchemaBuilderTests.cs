using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Tests.Types;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Tests.Utilities;

/// <summary>SDL-first building with bindings: resolvers, CLR types, enums, type resolvers, metadata, scalars, and the errors for bad bindings.</summary>
public class SchemaBuilderTests
{
    private const string CatalogueSdl = """
        type Query { factor(code: String!): Factor  search(kind: FactorKind = GRID_ELECTRICITY): [Result!]! }
        interface Node { id: ID! }
        type Factor implements Node { id: ID!  code: String!  kind: FactorKind!  value: Decimal! }
        type Provider implements Node { id: ID!  name: String! }
        union Result = Factor | Provider
        enum FactorKind { MATERIAL GRID_ELECTRICITY CO2E }
        scalar Decimal
        """;

    public enum FactorKind
    {
        Material,
        GridElectricity,
        Co2e,
        Unexposed,
    }

    public sealed record Factor(string Id, string Code, FactorKind Kind, decimal Value);

    public sealed record SpecialFactor(string Id) : Node;

    public interface Node;

    [Fact]
    public async Task Binds_resolvers_types_enums_and_metadata()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefs(CatalogueSdl, "catalogue.graphql")
            .BindResolver("Query", "factor", ctx => new ValueTask<object?>(new Factor("1", (string)ctx.Arguments["code"]!, FactorKind.Material, 1.5m)))
            .BindResolver("Factor", "code", (Factor f) => f.Code.ToUpperInvariant())
            .BindResolver<Factor>("Factor", "id", (f, ctx) => new ValueTask<object?>("Factor:" + f.Id))
            .BindType<Factor>("Factor")
            .BindType<Node>("Provider")
            .BindEnum<FactorKind>("FactorKind")
            .ResolveType("Result", (value, ctx) => value is Factor ? "Factor" : null)
            .Authorize("Query.factor", "catalogue:read")
            .Authorize("Query.search", "a", "b")
            .Cost("Query.search", 5)
            .Build();

        var query = schema.Query!;
        var factorType = (GraphQLObjectType)schema.GetType("Factor")!;
        Assert.NotNull(query.GetField("factor")!.Resolve);
        Assert.Equal("catalogue:read", query.GetField("factor")!.Metadata[MetadataKeys.Authorize]);
        Assert.Equal(new[] { "a", "b" }, (IReadOnlyList<string>)query.GetField("search")!.Metadata[MetadataKeys.Authorize]!);
        Assert.Equal(5, query.GetField("search")!.Metadata[MetadataKeys.Cost]);

        var context = new StubResolveFieldContext(new Factor("7", "elec.grid", FactorKind.GridElectricity, 0.5703m), schema, factorType);
        Assert.Equal("ELEC.GRID", await factorType.GetField("code")!.Resolve!(context));
        Assert.Equal("Factor:7", await factorType.GetField("id")!.Resolve!(context));

        Assert.Same(factorType, schema.GetObjectTypeForClrType(typeof(Factor)));
        Assert.Same(schema.GetType("Provider"), schema.GetObjectTypeForClrType(typeof(SpecialFactor)));
        Assert.Null(schema.GetObjectTypeForClrType(typeof(string)));
        Assert.Equal("Factor", ((GraphQLUnionType)schema.GetType("Result")!).ResolveType!(new Factor("1", "c", FactorKind.Material, 1m), context));

        var kind = (GraphQLEnumType)schema.GetType("FactorKind")!;
        Assert.Equal("GRID_ELECTRICITY", kind.Serialize(FactorKind.GridElectricity));
        Assert.Equal("CO2E", kind.Serialize(FactorKind.Co2e));
        Assert.Equal(FactorKind.Material, kind.ParseValue("MATERIAL"));
        Assert.Equal(FactorKind.GridElectricity, kind.ParseLiteral(Parser.ParseValue("GRID_ELECTRICITY")));
        Assert.Equal("Enum \"FactorKind\" cannot represent value: Unexposed", Assert.ThrowsAny<Exception>(() => kind.Serialize(FactorKind.Unexposed)).Message);
        Assert.Equal(FactorKind.GridElectricity, query.GetField("search")!.GetArgument("kind")!.DefaultValue);
        Assert.Equal("GRID_ELECTRICITY", Printer.Print(AstFromValue.Convert(FactorKind.GridElectricity, kind)!));
    }

    [Fact]
    public async Task Typed_resolver_given_another_parent_type_names_the_binding()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefs(CatalogueSdl)
            .BindResolver("Factor", "code", (Factor f) => f.Code)
            .Build();
        var factorType = (GraphQLObjectType)schema.GetType("Factor")!;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await factorType.GetField("code")!.Resolve!(new StubResolveFieldContext("not a factor", schema, factorType)));

        Assert.Equal("Resolver of Factor.code expects a parent value of type Factor but got String.", error.Message);
    }

    [Fact]
    public void Bindings_naming_missing_things_fail_with_one_aggregated_error()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder()
            .AddTypeDefs(CatalogueSdl)
            .BindResolver("Query", "factr", _ => default)
            .BindResolver("Qurey", "factor", _ => default)
            .BindResolver("FactorKind", "x", _ => default)
            .BindType<Factor>("Result")
            .ResolveType("Factor", (_, _) => null)
            .Cost("Factor.nope", 1)
            .AddScalar(new GraphQLScalarType("Money"))
            .Build());

        Assert.Equal(
            [
                "BindResolver(\"Query\", \"factr\"): type \"Query\" has no field \"factr\". Did you mean \"factor\"?",
                "BindResolver(\"Qurey\", \"factor\"): type \"Qurey\" is not defined. Did you mean \"Query\"?",
                "BindResolver(\"FactorKind\", \"x\"): \"FactorKind\" is not an object or interface type, so it has no fields.",
                "BindType<Factor>(\"Result\"): \"Result\" is not an object type.",
                "ResolveType(\"Factor\"): \"Factor\" is not an interface or union type.",
                "Cost(\"Factor.nope\"): type \"Factor\" has no field \"nope\". Did you mean \"code\"?",
                "AddScalar(\"Money\"): scalar \"Money\" is not declared in the SDL.",
            ],
            exception.Errors.Select(e => e.Message));
        Assert.StartsWith("The GraphQL schema is invalid (7 errors):\n- BindResolver(\"Query\", \"factr\")", exception.Message);
    }

    [Fact]
    public void BindEnum_reports_values_without_a_member()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder()
            .AddTypeDefs("type Query { k: Kind } enum Kind { MATERIAL WIND }")
            .BindEnum<FactorKind>("Kind")
            .Build());

        Assert.Equal(
            "Enum value \"Kind.WIND\" has no member in CLR enum FactorHub.GraphQL.Tests.Utilities.SchemaBuilderTests+FactorKind (BindEnum).",
            Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Coordinates_must_be_type_dot_field()
    {
        var builder = new SchemaBuilder();

        Assert.Throws<ArgumentException>(() => builder.Cost("Query", 1));
        Assert.Throws<ArgumentException>(() => builder.Cost("Query.a.b", 1));
        Assert.Throws<ArgumentException>(() => builder.Authorize("Query.a"));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void AddScalar_supplies_the_coercion_of_a_declared_scalar()
    {
        var upper = new UpperScalar();
        var schema = new SchemaBuilder()
            .AddTypeDefs("\"Shouting text.\" scalar Upper type Query { u(x: Upper = \"abc\"): Upper }")
            .AddScalar(upper)
            .Build();

        var scalar = Assert.IsType<BoundScalarType>(schema.GetType("Upper"));
        Assert.Same(upper, scalar.Implementation);
        Assert.Equal("Shouting text.", scalar.Description);
        Assert.Equal("ABC", schema.Query!.GetField("u")!.GetArgument("x")!.DefaultValue);
    }

    [Theory]
    [InlineData("GridElectricity", "GRID_ELECTRICITY")]
    [InlineData("CradleToGate", "CRADLE_TO_GATE")]
    [InlineData("Ar6", "AR6")]
    [InlineData("CO2Only", "CO2_ONLY")]
    [InlineData("HTTPServer", "HTTP_SERVER")]
    [InlineData("Material", "MATERIAL")]
    public void Enum_member_names_convert_to_screaming_case(string member, string expected) =>
        Assert.Equal(expected, EnumNameMapping.ToScreamingCase(member));

    private sealed class UpperScalar() : GraphQLScalarType("Upper")
    {
        public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
            ((StringValueNode)valueNode).Value.ToUpperInvariant();
    }
}
