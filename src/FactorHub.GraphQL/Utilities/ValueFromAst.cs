using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Utilities;

/// <summary>
/// Produces the internal value of a literal for an input type (graphql-js valueFromAST; §3.5-§3.12 Input Coercion):
/// scalars and enums via ParseLiteral, input objects with their defaults, single values coerced to one-item lists
/// (§3.11 List, Input Coercion), OneOf objects checked for exactly one non-null field.
/// Returns <see cref="Undefined.Value"/> when the literal is invalid; the caller reports it (validation has usually
/// caught it before). Variables are taken as already coerced; a missing variable is "no value", not null.
/// </summary>
public static class ValueFromAst
{
    /// <summary>The coerced value, or <see cref="Undefined.Value"/> when <paramref name="valueNode"/> is invalid for <paramref name="type"/>.</summary>
    public static object? Convert(ValueNode? valueNode, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is null)
        {
            return Undefined.Value;
        }

        if (valueNode is VariableNode variable)
        {
            if (variables is null
                || !variables.TryGetValue(variable.Name.Value, out var variableValue)
                || variableValue is Undefined)
            {
                return Undefined.Value;
            }

            if (variableValue is null && type is GraphQLNonNull)
            {
                return Undefined.Value;
            }

            // Variables were coerced to the variable's type and validation checked the usage is allowed.
            return variableValue;
        }

        if (type is GraphQLNonNull nonNull)
        {
            return valueNode is NullValueNode ? Undefined.Value : Convert(valueNode, nonNull.OfType, variables);
        }

        if (valueNode is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case GraphQLList list:
                return ConvertList(valueNode, list.OfType, variables);
            case GraphQLInputObjectType inputObject:
                return ConvertInputObject(valueNode, inputObject, variables);
            case GraphQLScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(valueNode, variables);
                }
                catch (Exception)
                {
                    // graphql-js: a literal the scalar rejects is simply "no value"; validation reports the message.
                    return Undefined.Value;
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

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static object? ConvertList(ValueNode valueNode, IGraphQLType itemType, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is ListValueNode listNode)
        {
            var coercedValues = new List<object?>(listNode.Values.Count);
            foreach (var itemNode in listNode.Values)
            {
                if (IsMissingVariable(itemNode, variables))
                {
                    // A missing variable in a list becomes null, which a non-null item type does not allow.
                    if (itemType is GraphQLNonNull)
                    {
                        return Undefined.Value;
                    }

                    coercedValues.Add(null);
                }
                else
                {
                    var itemValue = Convert(itemNode, itemType, variables);
                    if (itemValue is Undefined)
                    {
                        return Undefined.Value;
                    }

                    coercedValues.Add(itemValue);
                }
            }

            return coercedValues;
        }

        var coercedValue = Convert(valueNode, itemType, variables);
        return coercedValue is Undefined ? Undefined.Value : new List<object?> { coercedValue };
    }

    private static object? ConvertInputObject(ValueNode valueNode, GraphQLInputObjectType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not ObjectValueNode objectNode)
        {
            return Undefined.Value;
        }

        var coercedObj = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in objectNode.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldNode = candidate;
                    break;
                }
            }

            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    coercedObj[field.Name] = field.DefaultValue;
                }
                else if (field.Type is GraphQLNonNull)
                {
                    return Undefined.Value;
                }

                continue;
            }

            var fieldValue = Convert(fieldNode.Value, field.Type, variables);
            if (fieldValue is Undefined)
            {
                return Undefined.Value;
            }

            coercedObj[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coercedObj.Count != 1 || coercedObj.Values.First() is null))
        {
            return Undefined.Value;
        }

        return coercedObj;
    }

    private static bool IsMissingVariable(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is VariableNode variable
        && (variables is null || !variables.TryGetValue(variable.Name.Value, out var value) || value is Undefined);
}
