using System.Collections;
using System.Text;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Utilities;

/// <summary>
/// Coerces an external input value (from JSON variables: dictionaries, lists, strings, booleans,
/// decimal/double numbers, null) to the internal value of an input type (§3.10 Input Coercion of each
/// type kind; graphql-js coerceInputValue). Each problem is reported through <c>onError</c> with the
/// path inside the value, the offending value and an error whose message follows graphql-js 16.
/// </summary>
public static class CoerceInputValue
{
    /// <summary>Receives one coercion problem: path inside the value, the value at that path, and the error.</summary>
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

    /// <summary>Coerces <paramref name="inputValue"/>, throwing the first problem as a GraphQLError.</summary>
    public static object? Coerce(object? inputValue, IGraphQLType type)
    {
        return Coerce(inputValue, type, static (path, invalidValue, error) =>
        {
            var message = error.Message;
            if (path.Count > 0) message = $"{message} At \"value{PrintPath(path)}\".";
            throw new GraphQLError(message, originalError: error.OriginalError, extensions: error.Extensions);
        });
    }

    public static object? Coerce(object? inputValue, IGraphQLType type, ErrorHandler onError) =>
        Coerce(inputValue, type, onError, null);

    private static object? Coerce(object? inputValue, IGraphQLType type, ErrorHandler onError, PathNode? path)
    {
        if (type is GraphQLNonNull nonNull)
        {
            if (inputValue is not null) return Coerce(inputValue, nonNull.OfType, onError, path);
            onError(PathNode.ToArray(path), inputValue,
                new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return Undefined.Value;
        }

        if (inputValue is null) return null;

        switch (type)
        {
            case GraphQLList list:
            {
                var itemType = list.OfType;
                if (IsListLike(inputValue))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in (IEnumerable)inputValue)
                    {
                        items.Add(Coerce(item, itemType, onError, new PathNode(path, index)));
                        index++;
                    }
                    return items;
                }
                // A single value for a list type coerces to a list of one (§3.11).
                return new List<object?> { Coerce(inputValue, itemType, onError, path) };
            }

            case GraphQLInputObjectType inputObject:
                return CoerceInputObject(inputValue, inputObject, onError, path);

            case GraphQLScalarType or GraphQLEnumType:
            {
                var name = ((GraphQLNamedType)type).Name;
                object? parsed;
                try
                {
                    parsed = type is GraphQLScalarType scalar ? scalar.ParseValue(inputValue) : ((GraphQLEnumType)type).ParseValue(inputValue);
                }
                catch (GraphQLError error)
                {
                    onError(PathNode.ToArray(path), inputValue, error);
                    return Undefined.Value;
                }
                catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException or ArgumentException)
                {
                    onError(PathNode.ToArray(path), inputValue,
                        new GraphQLError($"Expected type \"{name}\". {ex.Message}", originalError: ex));
                    return Undefined.Value;
                }
                if (Undefined.Is(parsed))
                    onError(PathNode.ToArray(path), inputValue, new GraphQLError($"Expected type \"{name}\"."));
                return parsed;
            }

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static object? CoerceInputObject(object inputValue, GraphQLInputObjectType type, ErrorHandler onError, PathNode? path)
    {
        if (!TryGetFields(inputValue, out var fields))
        {
            onError(PathNode.ToArray(path), inputValue, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return Undefined.Value;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue) || Undefined.Is(fieldValue))
            {
                if (field.HasDefaultValue) coerced[field.Name] = field.DefaultValue;
                else if (field.Type is GraphQLNonNull)
                    onError(PathNode.ToArray(path), inputValue,
                        new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                continue;
            }
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, new PathNode(path, field.Name));
        }

        // Ensure every provided field is defined (§3.10.1 Input Object coercion).
        foreach (var fieldName in fields.Keys)
        {
            if (type.GetField(fieldName) is not null) continue;
            var suggestions = SuggestionList.Suggest(fieldName, type.Fields.Keys);
            onError(PathNode.ToArray(path), inputValue,
                new GraphQLError($"Field \"{fieldName}\" is not defined by type \"{type.Name}\"." + DidYouMean.Format(suggestions)));
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
                onError(PathNode.ToArray(path), inputValue,
                    new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            foreach (var (key, value) in coerced)
            {
                if (value is null)
                    onError(PathNode.ToArray(new PathNode(path, key)), value, new GraphQLError($"Field \"{key}\" must be non-null."));
                break;
            }
        }
        return coerced;
    }

    private static bool IsListLike(object value) =>
        value is IEnumerable and not string and not IDictionary and not IEnumerable<KeyValuePair<string, object?>>;

    private static bool TryGetFields(object value, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                fields = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                fields = new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
                return true;
            default:
                fields = null!;
                return false;
        }
    }

    /// <summary>Prints a path inside a value the way graphql-js printPathArray does: <c>.field</c> and <c>[0]</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index) builder.Append('[').Append(index).Append(']');
            else builder.Append('.').Append(segment);
        }
        return builder.ToString();
    }

    private sealed class PathNode(PathNode? previous, object key)
    {
        private readonly PathNode? _previous = previous;
        private readonly object _key = key;

        public static IReadOnlyList<object> ToArray(PathNode? node)
        {
            if (node is null) return [];
            var segments = new List<object>();
            for (var n = node; n is not null; n = n._previous) segments.Add(n._key);
            segments.Reverse();
            return segments;
        }
    }
}
