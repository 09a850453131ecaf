using FactorHub.GraphQL.Error;

namespace FactorHub.GraphQL.Relay;

/// <summary>
/// Opaque node IDs for <c>node(id:)</c> (GraphQL Global Object Identification): the unpadded base64url
/// encoding of the UTF-8 text <c>"TypeName:key"</c>. Clients must treat the ID as opaque; the server
/// decodes it to find the type and the type's own key. The key may itself contain ':'; the type name
/// (a GraphQL name) cannot, so the first ':' separates them.
/// </summary>
public static class GlobalId
{
    /// <summary>Encodes a node ID for the object type <paramref name="typeName"/> and its key.</summary>
    public static string Encode(string typeName, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(key);
        if (typeName.Contains(':')) throw new ArgumentException("A type name cannot contain ':'.", nameof(typeName));
        return Base64UrlText.Encode(typeName + ":" + key);
    }

    /// <summary>Encodes a node ID whose key is an integer (written in invariant culture).</summary>
    public static string Encode(string typeName, long key) =>
        Encode(typeName, key.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Decodes <paramref name="id"/>; false when it is not an ID this server issued.</summary>
    public static bool TryDecode(string? id, out string typeName, out string key)
    {
        typeName = key = "";
        if (id is null || !Base64UrlText.TryDecode(id, out var text)) return false;
        var colon = text.IndexOf(':');
        if (colon <= 0) return false;
        typeName = text[..colon];
        key = text[(colon + 1)..];
        return IsName(typeName);
    }

    /// <summary>
    /// Decodes <paramref name="id"/> or throws a <see cref="GraphQLError"/> with code
    /// <see cref="ErrorCodes.InvalidId"/>; when <paramref name="expectedType"/> is given, an ID of another
    /// type is refused the same way (so an ID of one type cannot be used to probe another).
    /// </summary>
    public static (string TypeName, string Key) Decode(string? id, string? expectedType = null)
    {
        if (!TryDecode(id, out var typeName, out var key))
            throw Invalid($"The ID \"{id}\" is not a valid node ID.");
        if (expectedType is not null && typeName != expectedType)
            throw Invalid($"The ID \"{id}\" is not an ID of type \"{expectedType}\".");
        return (typeName, key);
    }

    /// <summary>Decodes an ID whose key must be an integer of type <paramref name="expectedType"/>.</summary>
    public static long DecodeInt64(string? id, string expectedType)
    {
        var (_, key) = Decode(id, expectedType);
        if (!long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            throw Invalid($"The ID \"{id}\" is not a valid node ID.");
        return value;
    }

    private static GraphQLError Invalid(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InvalidId });

    // GraphQL Name (§2.1.9): /[_A-Za-z][_0-9A-Za-z]*/
    private static bool IsName(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9');
            if (!ok) return false;
        }
        return s.Length > 0;
    }
}
