using System.Text;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL source with graphql-js print() formatting: two-space indentation, one selection
/// or definition per line, argument lists wrapped when a field line exceeds 80 characters, block strings for
/// block descriptions. <c>Parse(Print(ast))</c> yields an equal AST (locations aside).
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node.</summary>
    public static string Print(Node node) => node switch
    {
        NameNode n => n.Value,
        VariableNode n => "$" + n.Name.Value,

        DocumentNode n => JoinNodes(n.Definitions, "\n\n"),
        OperationDefinitionNode n => PrintOperationDefinition(n),
        VariableDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            "$" + n.Variable.Name.Value,
            ": ",
            Print(n.Type),
            Wrap(" = ", PrintOptional(n.DefaultValue)),
            Wrap(" ", JoinNodes(n.Directives, " "))),
        SelectionSetNode n => Block(n.Selections),
        FieldNode n => Join(
            WrappedLineAndArgs(Join(Wrap(string.Empty, n.Alias?.Value, ": "), n.Name.Value), n.Arguments),
            Wrap(" ", JoinNodes(n.Directives, " ")),
            Wrap(" ", PrintOptional(n.SelectionSet))),
        ArgumentNode n => n.Name.Value + ": " + Print(n.Value),

        FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", JoinNodes(n.Directives, " ")),
        InlineFragmentNode n => JoinSeparated(
            " ",
            "...",
            Wrap("on ", n.TypeCondition?.Name.Value),
            JoinNodes(n.Directives, " "),
            Print(n.SelectionSet)),
        FragmentDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            "fragment ",
            n.Name.Value,
            " on ",
            n.TypeCondition.Name.Value,
            " ",
            Wrap(string.Empty, JoinNodes(n.Directives, " "), " "),
            Print(n.SelectionSet)),

        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + JoinNodes(n.Values, ", ") + "]",
        ObjectValueNode n => "{" + JoinNodes(n.Fields, ", ") + "}",
        ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),

        DirectiveNode n => "@" + n.Name.Value + Wrap("(", JoinNodes(n.Arguments, ", "), ")"),

        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + Print(n.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",

        SchemaDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            JoinSeparated(" ", "schema", JoinNodes(n.Directives, " "), Block(n.OperationTypes))),
        OperationTypeDefinitionNode n => n.Operation.ToKeyword() + ": " + n.Type.Name.Value,
        ScalarTypeDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            JoinSeparated(" ", "scalar", n.Name.Value, JoinNodes(n.Directives, " "))),
        ObjectTypeDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            JoinSeparated(
                " ",
                "type",
                n.Name.Value,
                Wrap("implements ", JoinNodes(n.Interfaces, " & ")),
                JoinNodes(n.Directives, " "),
                Block(n.Fields))),
        FieldDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            n.Name.Value,
            PrintArgumentDefinitions(n.Arguments),
            ": ",
            Print(n.Type),
            Wrap(" ", JoinNodes(n.Directives, " "))),
        InputValueDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            n.Name.Value,
            ": ",
            Print(n.Type),
            Wrap(" = ", PrintOptional(n.DefaultValue)),
            Wrap(" ", JoinNodes(n.Directives, " "))),
        InterfaceTypeDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            JoinSeparated(
                " ",
                "interface",
                n.Name.Value,
                Wrap("implements ", JoinNodes(n.Interfaces, " & ")),
                JoinNodes(n.Directives, " "),
                Block(n.Fields))),
        UnionTypeDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            JoinSeparated(" ", "union", n.Name.Value, JoinNodes(n.Directives, " "), Wrap("= ", JoinNodes(n.Types, " | ")))),
        EnumTypeDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            JoinSeparated(" ", "enum", n.Name.Value, JoinNodes(n.Directives, " "), Block(n.Values))),
        EnumValueDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            JoinSeparated(" ", n.Name.Value, JoinNodes(n.Directives, " "))),
        InputObjectTypeDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            JoinSeparated(" ", "input", n.Name.Value, JoinNodes(n.Directives, " "), Block(n.Fields))),
        DirectiveDefinitionNode n => Join(
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            "directive @",
            n.Name.Value,
            PrintArgumentDefinitions(n.Arguments),
            n.Repeatable ? " repeatable" : string.Empty,
            " on ",
            JoinNodes(n.Locations, " | ")),

        SchemaExtensionNode n => JoinSeparated(" ", "extend schema", JoinNodes(n.Directives, " "), Block(n.OperationTypes)),
        ScalarTypeExtensionNode n => JoinSeparated(" ", "extend scalar", n.Name.Value, JoinNodes(n.Directives, " ")),
        ObjectTypeExtensionNode n => JoinSeparated(
            " ",
            "extend type",
            n.Name.Value,
            Wrap("implements ", JoinNodes(n.Interfaces, " & ")),
            JoinNodes(n.Directives, " "),
            Block(n.Fields)),
        InterfaceTypeExtensionNode n => JoinSeparated(
            " ",
            "extend interface",
            n.Name.Value,
            Wrap("implements ", JoinNodes(n.Interfaces, " & ")),
            JoinNodes(n.Directives, " "),
            Block(n.Fields)),
        UnionTypeExtensionNode n => JoinSeparated(
            " ",
            "extend union",
            n.Name.Value,
            JoinNodes(n.Directives, " "),
            Wrap("= ", JoinNodes(n.Types, " | "))),
        EnumTypeExtensionNode n => JoinSeparated(" ", "extend enum", n.Name.Value, JoinNodes(n.Directives, " "), Block(n.Values)),
        InputObjectTypeExtensionNode n => JoinSeparated(" ", "extend input", n.Name.Value, JoinNodes(n.Directives, " "), Block(n.Fields)),

        TypeCoordinateNode n => n.Name.Value,
        MemberCoordinateNode n => n.Name.Value + "." + n.MemberName.Value,
        ArgumentCoordinateNode n => n.Name.Value + "." + n.FieldName.Value + "(" + n.ArgumentName.Value + ":)",
        DirectiveCoordinateNode n => "@" + n.Name.Value,
        DirectiveArgumentCoordinateNode n => "@" + n.Name.Value + "(" + n.ArgumentName.Value + ":)",

        _ => throw new ArgumentException("Unknown AST node kind: " + node.Kind + ".", nameof(node)),
    };

    /// <summary>
    /// Prints a string as a quoted StringValue, escaping <c>"</c>, <c>\</c>, C0 and C1 control characters
    /// (graphql-js printString).
    /// </summary>
    public static string PrintString(string value)
    {
        var needsEscape = false;
        foreach (var c in value)
        {
            if (NeedsEscape(c))
            {
                needsEscape = true;
                break;
            }
        }
        if (!needsEscape)
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 8);
        builder.Append('"');
        foreach (var c in value)
        {
            if (!NeedsEscape(c))
            {
                builder.Append(c);
                continue;
            }
            switch (c)
            {
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }
        builder.Append('"');
        return builder.ToString();
    }

    private static bool NeedsEscape(char c) => c < 0x20 || c == '"' || c == '\\' || (c >= 0x7F && c <= 0x9F);

    private static string PrintOperationDefinition(OperationDefinitionNode node)
    {
        var variableDefinitions = PrintAll(node.VariableDefinitions);
        var varDefs = HasMultilineItems(variableDefinitions)
            ? Wrap("(\n", JoinStrings(variableDefinitions, "\n"), "\n)")
            : Wrap("(", JoinStrings(variableDefinitions, ", "), ")");
        var keyword = node.Operation.ToKeyword();
        var prefix = Join(
            Wrap(string.Empty, PrintOptional(node.Description), "\n"),
            JoinSeparated(" ", keyword, Join(node.Name?.Value, varDefs), JoinNodes(node.Directives, " ")));
        // Anonymous queries with no description, directives or variable definitions use the shorthand.
        return Join(
            node.Operation == OperationType.Query && prefix.Length == keyword.Length ? string.Empty : prefix + " ",
            Print(node.SelectionSet));
    }

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = PrintAll(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(JoinStrings(printed, "\n")), "\n)")
            : Wrap("(", JoinStrings(printed, ", "), ")");
    }

    /// <summary>Field arguments on one line, or one per line when the line would exceed 80 characters.</summary>
    private static string WrappedLineAndArgs(string prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }
        var printed = PrintAll(arguments);
        var joinedLength = 0;
        foreach (var item in printed)
        {
            if (item.Length != 0)
            {
                joinedLength += (joinedLength == 0 ? 0 : 2) + item.Length;
            }
        }
        return prefix + (prefix.Length + joinedLength + 2 > MaxLineLength
            ? Wrap("(\n", Indent(JoinStrings(printed, "\n")), "\n)")
            : Wrap("(", JoinStrings(printed, ", "), ")"));
    }

    private static string? PrintOptional(Node? node) => node is null ? null : Print(node);

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        if (nodes.Count == 0)
        {
            return [];
        }
        var result = new string[nodes.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Print(nodes[i]);
        }
        return result;
    }

    private static bool HasMultilineItems(string[] items)
    {
        foreach (var item in items)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Prints nodes joined by a separator, skipping empty prints (graphql-js join).</summary>
    private static string JoinNodes<T>(IReadOnlyList<T> nodes, string separator)
        where T : Node => nodes.Count == 0 ? string.Empty : JoinStrings(PrintAll(nodes), separator);

    private static string JoinStrings(string[] items, string separator)
    {
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            if (item.Length == 0)
            {
                continue;
            }
            if (builder.Length != 0)
            {
                builder.Append(separator);
            }
            builder.Append(item);
        }
        return builder.ToString();
    }

    /// <summary>Concatenates the non-empty parts.</summary>
    private static string Join(params ReadOnlySpan<string?> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part);
        }
        return builder.ToString();
    }

    /// <summary>Joins the non-empty parts with a separator.</summary>
    private static string JoinSeparated(string separator, params ReadOnlySpan<string?> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }
            if (builder.Length != 0)
            {
                builder.Append(separator);
            }
            builder.Append(part);
        }
        return builder.ToString();
    }

    /// <summary>Each item on its own line inside an indented <c>{ }</c> block; empty when there are no items.</summary>
    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : Node => Wrap("{\n", Indent(JoinNodes(nodes, "\n")), "\n}");

    /// <summary><paramref name="start"/> + value + <paramref name="end"/>, or empty when the value is empty.</summary>
    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? string.Empty : start + value + end;

    private static string Indent(string value) =>
        Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));
}
