using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Execution;

/// <summary>
/// Produces the internal value of a literal for an input type, or <see cref="Undefined.Value"/> when
/// the literal is invalid (graphql-js valueFromAST; the literal half of §6.4.1 CoerceArgumentValues and
/// of §3.10 Input Coercion). Variables are looked up in already-coerced variable values; a variable
/// that was not provided is "missing", which input object fields and list items treat like an absent
/// value (defaults apply, a non-null position fails).
/// </summary>
internal static class LiteralCoercion
{
    public static object? Convert(ValueNode? valueNode, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is null) return Undefined.Value;

        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue) || Undefined.Is(variableValue))
                return Undefined.Value;
            // The variable was coerced against its own declared type; a null in a non-null position
            // (allowed by validation only with a default) is invalid here.
            if (variableValue is null && type is GraphQLNonNull) return Undefined.Value;
            return variableValue;
        }

        if (type is GraphQLNonNull nonNull)
            return valueNode is NullValueNode ? Undefined.Value : Convert(valueNode, nonNull.OfType, variables);

        if (valueNode is NullValueNode) return null;

        switch (type)
        {
            case GraphQLList list:
            {
                var itemType = list.OfType;
                if (valueNode is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (var itemNode in listNode.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            // A missing variable in a list becomes null (§3.11 Input Coercion of lists).
                            if (itemType is GraphQLNonNull) return Undefined.Value;
                            items.Add(null);
                            continue;
                        }
                        var item = Convert(itemNode, itemType, variables);
                        if (Undefined.Is(item)) return Undefined.Value;
                        items.Add(item);
                    }
                    return items;
                }
                // A single value for a list type coerces to a list of one (§3.11).
                var single = Convert(valueNode, itemType, variables);
                return Undefined.Is(single) ? Undefined.Value : new List<object?> { single };
            }

            case GraphQLInputObjectType inputObject:
            {
                if (valueNode is not ObjectValueNode objectNode) return Undefined.Value;
                var fieldNodes = new Dictionary<string, ObjectFieldNode>(objectNode.Fields.Count, StringComparer.Ordinal);
                foreach (var fieldNode in objectNode.Fields) fieldNodes[fieldNode.Name.Value] = fieldNode;
                var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in inputObject.Fields.Values)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.HasDefaultValue) coerced[field.Name] = field.DefaultValue;
                        else if (field.Type is GraphQLNonNull) return Undefined.Value;
                        continue;
                    }
                    var fieldValue = Convert(fieldNode.Value, field.Type, variables);
                    if (Undefined.Is(fieldValue)) return Undefined.Value;
                    coerced[field.Name] = fieldValue;
                }
                // Fields the type does not define make the literal invalid (validation reports them).
                foreach (var name in fieldNodes.Keys)
                    if (inputObject.GetField(name) is null) return Undefined.Value;
                if (inputObject.IsOneOf)
                {
                    if (coerced.Count != 1) return Undefined.Value;
                    foreach (var value in coerced.Values)
                        if (value is null) return Undefined.Value;
                }
                return coerced;
            }

            case GraphQLEnumType enumType:
                try
                {
                    return enumType.ParseLiteral(valueNode, variables);
                }
                catch (Exception)
                {
                    return Undefined.Value;
                }

            case GraphQLScalarType scalar:
                try
                {
                    var result = scalar.ParseLiteral(valueNode, variables);
                    return result;
                }
                catch (Exception)
                {
                    return Undefined.Value;
                }

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static bool IsMissingVariable(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is VariableNode variable
        && (variables is null || !variables.TryGetValue(variable.Name.Value, out var value) || Undefined.Is(value));
}
