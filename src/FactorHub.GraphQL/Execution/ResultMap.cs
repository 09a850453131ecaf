using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace FactorHub.GraphQL.Execution;

/// <summary>
/// An object in the response: an ordered map whose key order is the order of the grouped field set,
/// i.e. the order of the selections (§6.3 "Executing Selection Sets").
/// </summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly System.Text.Json.JsonEncodedText[]? _encodedKeys;
    private readonly object?[] _values;

    internal ResultMap(string[] keys, System.Text.Json.JsonEncodedText[]? encodedKeys = null)
    {
        _keys = keys;
        _encodedKeys = encodedKeys;
        _values = new object?[keys.Length];
    }

    /// <summary>The plan's pre-encoded keys (same order as the keys), when the map was built from a plan.</summary>
    internal System.Text.Json.JsonEncodedText[]? EncodedKeys => _encodedKeys;

    public int Count => _keys.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    /// <summary>The key at <paramref name="index"/> (selection order).</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at <paramref name="index"/> (selection order).</summary>
    public object? ValueAt(int index) => _values[index];

    internal override void Set(int index, object? value) => _values[index] = value;

    internal override void SetNull(int index) => _values[index] = null;

    internal override object PathSegment(int index) => _keys[index];

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var i = Array.IndexOf(_keys, key);
        value = i >= 0 ? _values[i] : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++) yield return new(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
