using System.Text.Json;

namespace FactorHub.GraphQL.Http;

/// <summary>
/// Converts JSON into the engine's plain input values: objects → <c>Dictionary&lt;string, object?&gt;</c>,
/// arrays → <c>List&lt;object?&gt;</c>, strings, booleans, null, and numbers as <c>decimal</c> (exact, so a
/// <c>Decimal</c> variable keeps its digits) or <c>double</c> when out of decimal's range.
/// </summary>
public static class JsonValues
{
    public static object? ToObject(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => ToList(element),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetDecimal(out var m) ? m : element.GetDouble(),
        _ => null,
    };

    public static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(element.GetPropertyCount(), StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) result[property.Name] = ToObject(property.Value);
        return result;
    }

    private static List<object?> ToList(JsonElement element)
    {
        var result = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray()) result.Add(ToObject(item));
        return result;
    }
}
