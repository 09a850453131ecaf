using System.Text;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly like graphql-js 16 <c>printSchema</c>: the schema definition only when a root type
/// has a non-default name or the schema has a description; then user directives; then types in type map order
/// (SDL definition order for built schemas, graphql-js keeps it rather than sorting); specified scalars, specified
/// directives and introspection types are omitted; descriptions as block strings when printable as such;
/// deprecations, @specifiedBy and @oneOf; default values via <see cref="AstFromValue"/>. No trailing newline.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>graphql-js printSchema.</summary>
    public static string PrintSchema(GraphQLSchema schema) =>
        PrintFilteredSchema(schema, d => !d.IsSpecifiedDirective(), t => !t.IsSpecifiedScalarType() && !t.IsIntrospectionType());

    /// <summary>graphql-js printIntrospectionSchema: the specified directives and the introspection types.</summary>
    public static string PrintIntrospectionSchema(GraphQLSchema schema) =>
        PrintFilteredSchema(schema, d => d.IsSpecifiedDirective(), t => t.IsIntrospectionType());

    /// <summary>graphql-js printType for one named type.</summary>
    public static string PrintType(GraphQLNamedType type) => type switch
    {
        GraphQLScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedByUrl(scalar),
        GraphQLObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintImplementedInterfaces(obj) + PrintFields(obj),
        GraphQLInterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintImplementedInterfaces(iface) + PrintFields(iface),
        GraphQLUnionType union => PrintDescription(union.Description) + "union " + union.Name
            + (union.Types.Count != 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        GraphQLEnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintBlock(
            enumType.Values.Select((v, i) => PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        GraphQLInputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + PrintBlock(input.Fields.Values.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    /// <summary>graphql-js printDirective.</summary>
    public static string PrintDirective(GraphQLDirective directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArgs(directive.Args)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string PrintFilteredSchema(GraphQLSchema schema, Func<GraphQLDirective, bool> directiveFilter, Func<GraphQLNamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } schemaDefinition)
        {
            parts.Add(schemaDefinition);
        }

        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.TypeMap.Values.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        if (schema.Description is null && IsSchemaOfCommonNames(schema))
        {
            return null;
        }

        var operationTypes = new List<string>();
        if (schema.Query is { } query)
        {
            operationTypes.Add("  query: " + query.Name);
        }

        if (schema.Mutation is { } mutation)
        {
            operationTypes.Add("  mutation: " + mutation.Name);
        }

        if (schema.Subscription is { } subscription)
        {
            operationTypes.Add("  subscription: " + subscription.Name);
        }

        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    // A schema definition is only needed when a root type is not named after its operation.
    private static bool IsSchemaOfCommonNames(GraphQLSchema schema) =>
        (schema.Query is null || schema.Query.Name == "Query")
        && (schema.Mutation is null || schema.Mutation.Name == "Mutation")
        && (schema.Subscription is null || schema.Subscription.Name == "Subscription");

    private static string PrintImplementedInterfaces(GraphQLComplexType type) =>
        type.Interfaces.Count != 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(GraphQLComplexType type) =>
        PrintBlock(type.Fields.Values.Select((f, i) =>
            PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArgs(f.Args, "  ") + ": " + f.Type
            + PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count != 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string PrintArgs(IReadOnlyList<GraphQLArgument> args, string indentation = "")
    {
        if (args.Count == 0)
        {
            return string.Empty;
        }

        // Without descriptions, arguments fit on the field's line.
        if (args.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", args.Select(PrintInputValue)) + ")";
        }

        var sb = new StringBuilder("(\n");
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            sb.Append(PrintDescription(args[i].Description, "  " + indentation, i == 0))
                .Append("  ").Append(indentation).Append(PrintInputValue(args[i]));
        }

        return sb.Append('\n').Append(indentation).Append(')').ToString();
    }

    private static string PrintInputValue(GraphQLInputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (AstFromValue.Convert(value.DefaultValue, value.Type) is { } defaultAst)
        {
            declaration += " = " + Printer.Print(defaultAst);
        }

        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null)
        {
            return string.Empty;
        }

        return reason != SpecifiedDirectives.DefaultDeprecationReason
            ? " @deprecated(reason: " + Printer.Print(new StringValueNode { Value = reason }) + ")"
            : " @deprecated";
    }

    private static string PrintSpecifiedByUrl(GraphQLScalarType scalar) =>
        scalar.SpecifiedByUrl is null
            ? string.Empty
            : " @specifiedBy(url: " + Printer.Print(new StringValueNode { Value = scalar.SpecifiedByUrl }) + ")";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var blockString = Printer.Print(new StringValueNode { Value = description, Block = BlockString.IsPrintableAsBlockString(description) });
        var prefix = indentation.Length != 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + blockString.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
