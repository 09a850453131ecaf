using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// An enum type (§3.9 Enums): a leaf type whose values are names. Each value maps to an internal CLR value
/// (by default the name itself; SchemaBuilder.BindEnum maps names to C# enum members), so resolvers work with
/// CLR values while documents and responses carry names. Coercion and messages follow graphql-js GraphQLEnumType.
/// </summary>
public sealed class GraphQLEnumType : GraphQLNamedType
{
    private readonly OrderedDictionary<string, GraphQLEnumValue> _values = new(StringComparer.Ordinal);
    private Dictionary<object, GraphQLEnumValue>? _valueLookup;

    /// <summary>Creates an enum type; add values with <see cref="AddValue(GraphQLEnumValue)"/>.</summary>
    public GraphQLEnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <summary>Values in definition order.</summary>
    public IReadOnlyList<GraphQLEnumValue> Values => _values.Values;

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    public GraphQLEnumValue? GetValue(string name) => _values.GetValueOrDefault(name);

    /// <summary>Appends a value; names must be unique within the enum.</summary>
    public GraphQLEnumValue AddValue(GraphQLEnumValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_values.TryAdd(value.Name, value))
        {
            throw new ArgumentException($"Enum value \"{Name}.{value.Name}\" can only be defined once.", nameof(value));
        }

        _valueLookup = null;
        return value;
    }

    /// <summary>Shorthand for <see cref="AddValue(GraphQLEnumValue)"/>.</summary>
    public GraphQLEnumValue AddValue(string name, object? value = null, string? description = null) =>
        AddValue(new GraphQLEnumValue(name, value, description));

    /// <summary>Rebinds the internal value of <paramref name="name"/> (used by SchemaBuilder.BindEnum).</summary>
    public void SetInternalValue(string name, object value)
    {
        var enumValue = GetValue(name) ?? throw new ArgumentException($"Enum \"{Name}\" has no value \"{name}\".", nameof(name));
        enumValue.Value = value ?? throw new ArgumentNullException(nameof(value));
        _valueLookup = null;
    }

    /// <summary>Internal value → name for responses (§3.9 Result Coercion).</summary>
    public object? Serialize(object? outputValue)
    {
        if (outputValue is not null && GetValueLookup().TryGetValue(outputValue, out var enumValue))
        {
            return enumValue.Name;
        }

        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(outputValue)}");
    }

    /// <summary>Variable value (a name string) → internal value (§3.9 Input Coercion).</summary>
    public object? ParseValue(object? inputValue)
    {
        if (inputValue is not string name)
        {
            var valueStr = Inspector.Inspect(inputValue);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {valueStr}." + DidYouMeanValue(valueStr));
        }

        var enumValue = GetValue(name)
            ?? throw new GraphQLError($"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMeanValue(name));
        return enumValue.Value;
    }

    /// <summary>Enum literal → internal value (§3.9 Input Coercion).</summary>
    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is not EnumValueNode enumNode)
        {
            var valueStr = Printer.Print(valueNode);
            throw new GraphQLError(
                $"Enum \"{Name}\" cannot represent non-enum value: {valueStr}." + DidYouMeanValue(valueStr),
                [valueNode]);
        }

        var enumValue = GetValue(enumNode.Value);
        if (enumValue is null)
        {
            var valueStr = Printer.Print(valueNode);
            throw new GraphQLError(
                $"Value \"{valueStr}\" does not exist in \"{Name}\" enum." + DidYouMeanValue(valueStr),
                [valueNode]);
        }

        return enumValue.Value;
    }

    private Dictionary<object, GraphQLEnumValue> GetValueLookup()
    {
        var lookup = _valueLookup;
        if (lookup is null)
        {
            lookup = new Dictionary<object, GraphQLEnumValue>();
            foreach (var value in _values.Values)
            {
                lookup.TryAdd(value.Value, value);
            }

            _valueLookup = lookup;
        }

        return lookup;
    }

    private string DidYouMeanValue(string unknownValueStr) =>
        DidYouMean.Format("the enum value", SuggestionList.Suggest(unknownValueStr, _values.Keys));
}
