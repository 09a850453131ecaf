using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Tests.Types;

/// <summary>
/// Introspection (§4) without the executor: the meta fields schema lookups return, and the meta types' resolvers called
/// directly. The printed introspection types are compared with graphql-js in SchemaPrinterTests.
/// </summary>
public class IntrospectionTests
{
    private static readonly GraphQLSchema Schema = BuildAstSchema.BuildSchema("""
        "Root."
        type Query implements Node {
          id: ID!
          old: Int @deprecated(reason: "Gone.")
          list(first: Int = 10 @deprecated, after: String): [Kind!]!
        }
        interface Node { id: ID! }
        type Other implements Node { id: ID! }
        union Any = Query | Other
        enum Kind { A B @deprecated }
        input Filter @oneOf { a: Int  b: Int @deprecated }
        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        directive @old(x: Int @deprecated) on FIELD
        """);

    private static object? Resolve(GraphQLObjectType metaType, string field, object source, Dictionary<string, object?>? args = null)
    {
        var definition = metaType.GetField(field)!;
        var arguments = args ?? new Dictionary<string, object?>();
        foreach (var arg in definition.Args)
        {
            if (arg.HasDefaultValue)
            {
                arguments.TryAdd(arg.Name, arg.DefaultValue);
            }
        }

        var task = definition.Resolve!(new StubResolveFieldContext(source, Schema, metaType, arguments));
        Assert.True(task.IsCompletedSuccessfully, "introspection resolvers complete synchronously");
        return task.Result;
    }

    private static IEnumerable<string> Names(object? list) =>
        ((System.Collections.IEnumerable)list!).Cast<object>().Select(item => item switch
        {
            GraphQLField f => f.Name,
            GraphQLInputValue v => v.Name,
            GraphQLEnumValue e => e.Name,
            GraphQLNamedType t => t.Name,
            GraphQLDirective d => d.Name,
            _ => item.ToString()!,
        });

    [Fact]
    public void Meta_fields_are_found_where_the_spec_allows_them()
    {
        var query = Schema.Query!;
        var other = (GraphQLObjectType)Schema.GetType("Other")!;
        var any = (GraphQLUnionType)Schema.GetType("Any")!;

        Assert.Same(Introspection.SchemaMetaField, Schema.GetField(query, "__schema"));
        Assert.Same(Introspection.TypeMetaField, Schema.GetField(query, "__type"));
        Assert.Same(Introspection.TypeNameMetaField, Schema.GetField(query, "__typename"));
        Assert.Same(Introspection.TypeNameMetaField, Schema.GetField(any, "__typename"));
        Assert.Null(Schema.GetField(other, "__schema"));
        Assert.Null(Schema.GetField(Schema.GetType("Kind")!, "__typename"));
        Assert.Same(query.GetField("id"), Schema.GetField(query, "id"));
        Assert.Equal("__Schema!", Introspection.SchemaMetaField.Type.ToString());
        Assert.Equal("name: String!", $"{Introspection.TypeMetaField.Args[0].Name}: {Introspection.TypeMetaField.Args[0].Type}");
    }

    [Fact]
    public async Task Meta_field_resolvers_answer_from_the_context()
    {
        var context = new StubResolveFieldContext(null, Schema, Schema.Query!, new Dictionary<string, object?> { ["name"] = "Kind" });

        Assert.Same(Schema, await Introspection.SchemaMetaField.Resolve!(context));
        Assert.Same(Schema.GetType("Kind"), await Introspection.TypeMetaField.Resolve!(context));
        Assert.Equal("Query", await Introspection.TypeNameMetaField.Resolve!(context));
    }

    [Fact]
    public void Schema_fields()
    {
        Assert.Equal("Root.", Schema.Query!.Description);
        Assert.Null(Resolve(Introspection.SchemaType, "description", Schema));
        Assert.Same(Schema.Query, Resolve(Introspection.SchemaType, "queryType", Schema));
        Assert.Null(Resolve(Introspection.SchemaType, "mutationType", Schema));
        Assert.Contains("__Directive", Names(Resolve(Introspection.SchemaType, "types", Schema)));
        Assert.Equal(["old", "include", "skip", "deprecated", "specifiedBy", "oneOf"], Names(Resolve(Introspection.SchemaType, "directives", Schema)));
    }

    [Fact]
    public void Type_fields_by_kind()
    {
        var query = Schema.Query!;
        Assert.Equal("OBJECT", Resolve(Introspection.TypeType, "kind", query));
        Assert.Equal("INTERFACE", Resolve(Introspection.TypeType, "kind", Schema.GetType("Node")!));
        Assert.Equal("UNION", Resolve(Introspection.TypeType, "kind", Schema.GetType("Any")!));
        Assert.Equal("ENUM", Resolve(Introspection.TypeType, "kind", Schema.GetType("Kind")!));
        Assert.Equal("INPUT_OBJECT", Resolve(Introspection.TypeType, "kind", Schema.GetType("Filter")!));
        Assert.Equal("SCALAR", Resolve(Introspection.TypeType, "kind", Schema.GetType("Url")!));
        var listType = query.GetField("list")!.Type;
        Assert.Equal("NON_NULL", Resolve(Introspection.TypeType, "kind", listType));
        Assert.Equal("LIST", Resolve(Introspection.TypeType, "kind", Resolve(Introspection.TypeType, "ofType", listType)!));
        Assert.Null(Resolve(Introspection.TypeType, "name", listType));

        Assert.Equal(["id", "list"], Names(Resolve(Introspection.TypeType, "fields", query)));
        Assert.Equal(["id", "old", "list"], Names(Resolve(Introspection.TypeType, "fields", query, new() { ["includeDeprecated"] = true })));
        Assert.Null(Resolve(Introspection.TypeType, "fields", Schema.GetType("Kind")!));
        Assert.Equal(["Node"], Names(Resolve(Introspection.TypeType, "interfaces", query)));
        Assert.Equal(["Query", "Other"], Names(Resolve(Introspection.TypeType, "possibleTypes", Schema.GetType("Node")!)));
        Assert.Equal(["Query", "Other"], Names(Resolve(Introspection.TypeType, "possibleTypes", Schema.GetType("Any")!)));
        Assert.Null(Resolve(Introspection.TypeType, "possibleTypes", query));
        Assert.Equal(["A"], Names(Resolve(Introspection.TypeType, "enumValues", Schema.GetType("Kind")!)));
        Assert.Equal(["A", "B"], Names(Resolve(Introspection.TypeType, "enumValues", Schema.GetType("Kind")!, new() { ["includeDeprecated"] = true })));
        Assert.Equal(["a"], Names(Resolve(Introspection.TypeType, "inputFields", Schema.GetType("Filter")!)));
        Assert.Equal(["a", "b"], Names(Resolve(Introspection.TypeType, "inputFields", Schema.GetType("Filter")!, new() { ["includeDeprecated"] = true })));
        Assert.Equal(true, Resolve(Introspection.TypeType, "isOneOf", Schema.GetType("Filter")!));
        Assert.Null(Resolve(Introspection.TypeType, "isOneOf", query));
        Assert.Equal("https://url.spec.whatwg.org/", Resolve(Introspection.TypeType, "specifiedByURL", Schema.GetType("Url")!));
    }

    [Fact]
    public void Field_input_value_enum_value_and_directive_fields()
    {
        var old = Schema.Query!.GetField("old")!;
        Assert.Equal(true, Resolve(Introspection.FieldType, "isDeprecated", old));
        Assert.Equal("Gone.", Resolve(Introspection.FieldType, "deprecationReason", old));

        var list = Schema.Query!.GetField("list")!;
        Assert.Equal(["after"], Names(Resolve(Introspection.FieldType, "args", list)));
        Assert.Equal(["first", "after"], Names(Resolve(Introspection.FieldType, "args", list, new() { ["includeDeprecated"] = true })));
        Assert.Equal("10", Resolve(Introspection.InputValueType, "defaultValue", list.GetArgument("first")!));
        Assert.Null(Resolve(Introspection.InputValueType, "defaultValue", list.GetArgument("after")!));
        Assert.Equal("No longer supported", Resolve(Introspection.InputValueType, "deprecationReason", list.GetArgument("first")!));

        var deprecatedDirective = Schema.GetDirective("deprecated")!;
        Assert.Equal("\"No longer supported\"", Resolve(Introspection.InputValueType, "defaultValue", deprecatedDirective.Args[0]));
        Assert.Equal(
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition],
            (IEnumerable<DirectiveLocation>)Resolve(Introspection.DirectiveType, "locations", deprecatedDirective)!);
        Assert.Equal("FIELD_DEFINITION", Introspection.DirectiveLocationType.Serialize(DirectiveLocation.FieldDefinition));
        Assert.Equal(false, Resolve(Introspection.DirectiveType, "isRepeatable", deprecatedDirective));
        Assert.Equal(false, Resolve(Introspection.DirectiveType, "isDeprecated", deprecatedDirective));
        Assert.Empty(Names(Resolve(Introspection.DirectiveType, "args", Schema.GetDirective("old")!)));

        var b = ((GraphQLEnumType)Schema.GetType("Kind")!).GetValue("B")!;
        Assert.Equal(true, Resolve(Introspection.EnumValueType, "isDeprecated", b));
    }

    [Fact]
    public void Introspection_types_are_in_every_schema_and_recognised_by_name()
    {
        foreach (var type in Introspection.Types)
        {
            Assert.Same(type, Schema.GetType(type.Name));
            Assert.True(type.IsIntrospectionType());
        }

        Assert.False(Schema.Query.IsIntrospectionType());
        Assert.Empty(SchemaValidation.ValidateSchema(Schema));
    }
}
