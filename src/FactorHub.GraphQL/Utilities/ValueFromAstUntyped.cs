using System.Globalization;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Utilities;

/// <summary>
/// Converts a literal to a CLR value without a type (graphql-js valueFromASTUntyped), e.g. for the JSON scalar.
/// Numbers become the same CLR types JSON variables use: Int literals → int (or long/decimal when larger),
/// Float literals → decimal (exact; double only beyond decimal's range); enum literals → their name;
/// objects → Dictionary&lt;string, object?&gt;; lists → List&lt;object?&gt;; a variable → its value
/// (or <see cref="Undefined.Value"/> when not provided).
/// </summary>
public static class ValueFromAstUntyped
{
    /// <summary>Converts <paramref name="valueNode"/>.</summary>
    public static object? Convert(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        switch (valueNode)
        {
            case NullValueNode:
                return null;
            case IntValueNode intNode:
                return ParseIntLiteral(intNode.Value);
            case FloatValueNode floatNode:
                return ParseFloatLiteral(floatNode.Value);
            case StringValueNode stringNode:
                return stringNode.Value;
            case EnumValueNode enumNode:
                return enumNode.Value;
            case BooleanValueNode booleanNode:
                return booleanNode.Value;
            case ListValueNode listNode:
                var list = new List<object?>(listNode.Values.Count);
                foreach (var item in listNode.Values)
                {
                    list.Add(Convert(item, variables));
                }

                return list;
            case ObjectValueNode objectNode:
                var obj = new Dictionary<string, object?>(objectNode.Fields.Count, StringComparer.Ordinal);
                foreach (var field in objectNode.Fields)
                {
                    obj[field.Name.Value] = Convert(field.Value, variables);
                }

                return obj;
            case VariableNode variableNode:
                return variables is not null && variables.TryGetValue(variableNode.Name.Value, out var value)
                    ? value
                    : Undefined.Value;
            default:
                throw new ArgumentException($"Unexpected value node: {valueNode.Kind}.", nameof(valueNode));
        }
    }

    /// <summary>An Int literal as int, long or decimal (the smallest that holds it), else double.</summary>
    public static object ParseIntLiteral(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return l;
        }

        return ParseFloatLiteral(text);
    }

    /// <summary>A Float literal as decimal (exact), or double when beyond decimal's range or precision.</summary>
    public static object ParseFloatLiteral(string text)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && !(d == 0 && HasNonZeroDigit(text)))
        {
            return d;
        }

        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    // decimal.TryParse rounds values below 1e-28 to zero; keep them as double rather than silently becoming 0.
    private static bool HasNonZeroDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is 'e' or 'E')
            {
                break;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }
}
