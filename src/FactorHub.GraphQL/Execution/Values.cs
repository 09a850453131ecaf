using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Execution;

/// <summary>
/// Variable and argument coercion (graphql-js execution/values): §6.1.2 CoerceVariableValues and
/// §6.4.1 CoerceArgumentValues. Both keep the distinction the spec draws between a value that was
/// omitted (absent from the result, so defaults and <c>HasArgument</c> see it as not given) and an
/// explicit null (present, with a null value).
/// </summary>
public static class Values
{
    /// <summary>The most variable errors reported for one request; the rest are summarised.</summary>
    public const int MaxVariableErrors = 50;

    internal static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(0);

    /// <summary>
    /// §6.1.2 CoerceVariableValues: coerces the request's raw variable values against the operation's
    /// variable definitions. Returns the coerced values, or null with <paramref name="errors"/> set.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? CoerceVariableValues(
        GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> variableDefinitions,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyList<GraphQLError> errors)
    {
        var errorList = new List<GraphQLError>();
        errors = errorList;
        if (variableDefinitions.Count == 0) return Empty;
        var coerced = new Dictionary<string, object?>(variableDefinitions.Count, StringComparer.Ordinal);
        try
        {
            for (var d = 0; d < variableDefinitions.Count; d++)
            {
                var definition = variableDefinitions[d];
                var name = definition.Variable.Name.Value;
                var type = TypeFromAst(schema, definition.Type);
                if (type is null || !type.IsInputType())
                {
                    Report(errorList, new GraphQLError(
                        $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                        [definition.Type]));
                    continue;
                }

                if (inputs is null || !inputs.TryGetValue(name, out var value) || Undefined.Is(value))
                {
                    if (definition.DefaultValue is not null)
                        coerced[name] = ValueFromAst.Convert(definition.DefaultValue, type);
                    else if (type is GraphQLNonNull)
                        Report(errorList, new GraphQLError(
                            $"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
                    continue;
                }

                if (value is null && type is GraphQLNonNull)
                {
                    Report(errorList, new GraphQLError(
                        $"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
                    continue;
                }

                coerced[name] = CoerceInputValue.Coerce(value, type, (path, invalidValue, error) =>
                {
                    var prefix = $"Variable \"${name}\" got invalid value {Inspector.Inspect(invalidValue)}";
                    if (path.Count > 0) prefix += $" at \"{name}{CoerceInputValue.PrintPath(path)}\"";
                    Report(errorList, new GraphQLError(prefix + "; " + error.Message, [definition],
                        originalError: error.OriginalError, extensions: error.Extensions));
                });
            }
        }
        catch (TooManyErrors)
        {
            errorList.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }
        return errorList.Count == 0 ? coerced : null;
    }

    private sealed class TooManyErrors : Exception;

    private static void Report(List<GraphQLError> errors, GraphQLError error)
    {
        if (errors.Count >= MaxVariableErrors) throw new TooManyErrors();
        errors.Add(error);
    }

    /// <summary>
    /// §6.4.1 CoerceArgumentValues: the argument values of one field (or directive) from its argument
    /// literals and the coerced variables. An argument neither given nor defaulted is left out.
    /// Throws a GraphQLError (located at the offending node) for an invalid value.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<GraphQLArgument> argumentDefinitions,
        IReadOnlyList<ArgumentNode> argumentNodes,
        Node ownerNode,
        IReadOnlyDictionary<string, object?>? variableValues)
    {
        if (argumentDefinitions.Count == 0) return Empty;
        var coerced = new Dictionary<string, object?>(argumentDefinitions.Count, StringComparer.Ordinal);
        // Index loops: these run for every field with variable arguments, and foreach over the interfaces boxes enumerators.
        for (var d = 0; d < argumentDefinitions.Count; d++)
        {
            var definition = argumentDefinitions[d];
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argumentNode = null;
            for (var n = 0; n < argumentNodes.Count; n++)
            {
                var node = argumentNodes[n];
                if (node.Name.Value == name)
                {
                    argumentNode = node;
                    break;
                }
            }

            if (argumentNode is null)
            {
                if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                else if (type is GraphQLNonNull)
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{type}\" was not provided.", [ownerNode]);
                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variableValues is null || !variableValues.TryGetValue(variableName, out var variableValue) || Undefined.Is(variableValue))
                {
                    if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                    else if (type is GraphQLNonNull)
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            [valueNode]);
                    continue;
                }
                isNull = variableValue is null;
            }

            if (isNull && type is GraphQLNonNull)
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", [valueNode]);

            var value = ValueFromAst.Convert(valueNode, type, variableValues);
            if (Undefined.Is(value))
                // Validation rejects invalid literals, so this is reached only for values a scalar's
                // ParseLiteral refuses at run time.
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", [valueNode]);
            coerced[name] = value;
        }
        return coerced;
    }

    /// <summary>
    /// The value of the <c>if</c> argument of <c>@skip</c>/<c>@include</c> on a selection (§3.13.1, §3.13.2),
    /// or null when the directive is absent.
    /// </summary>
    internal static bool? GetIfArgument(DirectiveNode directive, IReadOnlyDictionary<string, object?>? variableValues)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if") continue;
            switch (argument.Value)
            {
                case BooleanValueNode boolean:
                    return boolean.Value;
                case VariableNode variable:
                    if (variableValues is not null && variableValues.TryGetValue(variable.Name.Value, out var value) && value is bool b)
                        return b;
                    throw new GraphQLError(
                        $"Argument \"if\" of non-null type \"Boolean!\" must not be null.", [argument.Value]);
                default:
                    throw new GraphQLError($"Argument \"if\" has invalid value {Printer.Print(argument.Value)}.", [argument.Value]);
            }
        }
        throw new GraphQLError($"Argument \"if\" of required type \"Boolean!\" was not provided.", [directive]);
    }

    /// <summary>The schema type named by a type reference (graphql-js typeFromAST); null when unknown.</summary>
    public static IGraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode typeNode) => typeNode switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new GraphQLNonNull(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new GraphQLList(inner) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
