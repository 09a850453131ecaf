using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Utilities;

/// <summary>
/// Produces a literal for an internal value of an input type (graphql-js astFromValue): used to print default values
/// in SDL and in introspection's <c>__InputValue.defaultValue</c>.
/// Returns null for <see cref="Undefined.Value"/> and for values that cannot be represented (e.g. null for a non-null type).
/// </summary>
public static partial class AstFromValue
{
    /// <summary>The literal for <paramref name="value"/> of <paramref name="type"/>, or null.</summary>
    public static ValueNode? Convert(object? value, IGraphQLType type)
    {
        if (type is GraphQLNonNull nonNull)
        {
            var astValue = Convert(value, nonNull.OfType);
            return astValue is NullValueNode ? null : astValue;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        if (value is Undefined)
        {
            return null;
        }

        if (type is GraphQLList list)
        {
            var itemType = list.OfType;
            if (value is IEnumerable enumerable and not string and not IDictionary)
            {
                var nodes = new List<ValueNode>();
                foreach (var item in enumerable)
                {
                    if (Convert(item, itemType) is { } itemNode)
                    {
                        nodes.Add(itemNode);
                    }
                }

                return new ListValueNode { Values = nodes };
            }

            return Convert(value, itemType);
        }

        if (type is GraphQLInputObjectType inputObject)
        {
            if (value is not IDictionary dictionary)
            {
                return null;
            }

            var fieldNodes = new List<ObjectFieldNode>();
            foreach (var field in inputObject.Fields.Values)
            {
                var fieldValue = dictionary.Contains(field.Name) ? dictionary[field.Name] : Undefined.Value;
                if (Convert(fieldValue, field.Type) is { } fieldNode)
                {
                    fieldNodes.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldNode });
                }
            }

            return new ObjectValueNode { Fields = fieldNodes };
        }

        var serialized = type switch
        {
            GraphQLScalarType scalar => scalar.Serialize(value),
            GraphQLEnumType enumType => enumType.Serialize(value),
            _ => throw new ArgumentException($"Unexpected input type: {type}.", nameof(type)),
        };
        return FromSerialized(serialized, type);
    }

    private static ValueNode? FromSerialized(object? serialized, IGraphQLType type)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode { Value = b };
            case string s when type is GraphQLEnumType:
                return new EnumValueNode { Value = s };
            case string s when type is GraphQLScalarType { Name: "ID" } && IntegerString().IsMatch(s):
                return new IntValueNode { Value = s };
            case string s:
                return new StringValueNode { Value = s };
            case decimal m:
                return NumberNode(Inspector.FormatNumber(m));
            case double d when double.IsFinite(d):
                return NumberNode(Inspector.FormatNumber(d));
            case float f when float.IsFinite(f):
                return NumberNode(Inspector.FormatNumber((double)f));
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                return new IntValueNode { Value = System.Convert.ToString(serialized, CultureInfo.InvariantCulture)! };
            case IDictionary dictionary:
                // Only custom scalars such as JSON serialize to structures; print them as object/list literals.
                var fields = new List<ObjectFieldNode>();
                foreach (DictionaryEntry entry in dictionary)
                {
                    var node = entry.Value is null ? new NullValueNode() : FromSerialized(entry.Value, type);
                    if (node is not null)
                    {
                        fields.Add(new ObjectFieldNode { Name = new NameNode { Value = System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture)! }, Value = node });
                    }
                }

                return new ObjectValueNode { Fields = fields };
            case IEnumerable enumerable:
                var values = new List<ValueNode>();
                foreach (var item in enumerable)
                {
                    values.Add(item is null ? new NullValueNode() : FromSerialized(item, type) ?? new NullValueNode());
                }

                return new ListValueNode { Values = values };
            default:
                throw new InvalidOperationException($"Cannot convert value to AST: {Inspector.Inspect(serialized)}.");
        }
    }

    private static ValueNode NumberNode(string text) =>
        IntegerString().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerString();
}
