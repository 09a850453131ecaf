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
        Coerce(inputValue, type, onError, new InputPath());

    private static object? Coerce(object? inputValue, IGraphQLType type, ErrorHandler onError, InputPath path)
    {
        if (type is GraphQLNonNull nonNull)
        {
            if (inputValue is not null) return Coerce(inputValue, nonNull.OfType, onError, path);
            onError(path.ToArray(), inputValue,
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
                    var items = inputValue is ICollection collection ? new List<object?>(collection.Count) : new List<object?>();
                    var index = 0;
                    foreach (var item in (IEnumerable)inputValue)
                    {
                        path.Push(index);
                        items.Add(Coerce(item, itemType, onError, path));
                        path.Pop();
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
                    onError(path.ToArray(), inputValue, error);
                    return Undefined.Value;
                }
                catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException or ArgumentException)
                {
                    onError(path.ToArray(), inputValue,
                        new GraphQLError($"Expected type \"{name}\". {ex.Message}", originalError: ex));
                    return Undefined.Value;
                }
                if (Undefined.Is(parsed))
                    onError(path.ToArray(), inputValue, new GraphQLError($"Expected type \"{name}\"."));
                return parsed;
            }

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static object? CoerceInputObject(object inputValue, GraphQLInputObjectType type, ErrorHandler onError, InputPath path)
    {
        if (!TryGetFields(inputValue, out var fields))
        {
            onError(path.ToArray(), inputValue, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return Undefined.Value;
        }

        var coerced = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        var provided = 0;
        for (var i = 0; i < type.FieldCount; i++)
        {
            var field = type.FieldAt(i);
            var found = fields.TryGetValue(field.Name, out var fieldValue);
            if (found) provided++;
            if (!found || Undefined.Is(fieldValue))
            {
                if (field.HasDefaultValue) coerced[field.Name] = field.DefaultValue;
                else if (field.Type is GraphQLNonNull)
                    onError(path.ToArray(), inputValue,
                        new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                continue;
            }
            path.Push(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.Pop();
        }

        // Ensure every provided field is defined (§3.10.1 Input Object coercion). When every provided key matched a
        // defined field under ordinal comparison there is nothing to look for.
        if (provided != fields.Count || !IsOrdinal(fields))
        {
            foreach (var fieldName in fields.Keys)
            {
                if (type.GetField(fieldName) is not null) continue;
                var suggestions = SuggestionList.Suggest(fieldName, type.Fields.Keys);
                onError(path.ToArray(), inputValue,
                    new GraphQLError($"Field \"{fieldName}\" is not defined by type \"{type.Name}\"." + DidYouMean.Format(suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
                onError(path.ToArray(), inputValue,
                    new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            foreach (var (key, value) in coerced)
            {
                if (value is null)
                {
                    path.Push(key);
                    onError(path.ToArray(), value, new GraphQLError($"Field \"{key}\" must be non-null."));
                    path.Pop();
                }
                break;
            }
        }
        return coerced;
    }

    private static bool IsOrdinal(IReadOnlyDictionary<string, object?> fields) =>
        fields is Dictionary<string, object?> { Comparer: var comparer }
        && (ReferenceEquals(comparer, StringComparer.Ordinal) || ReferenceEquals(comparer, EqualityComparer<string>.Default));

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

    /// <summary>
    /// The path from the coerced value's root to the value being coerced, kept as a stack (coercion is depth-first):
    /// no object per visited field or item; an error copies it.
    /// </summary>
    private sealed class InputPath
    {
        private (string? Name, int Index)[] _segments = [];
        private int _count;

        public void Push(string name) => Push((name, 0));

        public void Push(int index) => Push((null, index));

        public void Pop() => _count--;

        public IReadOnlyList<object> ToArray()
        {
            var segments = new object[_count];
            for (var i = 0; i < _count; i++) segments[i] = _segments[i].Name ?? (object)_segments[i].Index;
            return segments;
        }

        private void Push((string?, int) segment)
        {
            if (_count == _segments.Length) Array.Resize(ref _segments, Math.Max(8, _count * 2));
            _segments[_count++] = segment;
        }
    }
}
