using System.Collections;

namespace FactorHub.GraphQL.Execution;

/// <summary>A list in the response (§6.4.3 CompleteValue for list types).</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private readonly object?[] _items;

    internal ResultList(int count) => _items = count == 0 ? [] : new object?[count];

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    internal override void Set(int index, object? value) => _items[index] = value;

    internal override void SetNull(int index) => _items[index] = null;

    internal override object PathSegment(int index) => index;

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
