using System.Globalization;
using FactorHub.GraphQL.Error;

namespace FactorHub.GraphQL.Relay;

/// <summary>
/// Connection cursors: opaque, unpadded base64url strings. An offset cursor encodes <c>"offset:N"</c>
/// (position in the full, ordered result); a key cursor encodes <c>"key:" + value</c> for keyset
/// pagination, where the value is the sort key of the edge (the caller chooses its text form).
/// </summary>
public static class Cursor
{
    private const string OffsetPrefix = "offset:";
    private const string KeyPrefix = "key:";

    public static string EncodeOffset(int offset) =>
        Base64UrlText.Encode(OffsetPrefix + offset.ToString(CultureInfo.InvariantCulture));

    /// <summary>Decodes an offset cursor or throws a GraphQLError with code <see cref="ErrorCodes.InvalidCursor"/>.</summary>
    public static int DecodeOffset(string cursor, string argumentName = "after")
    {
        if (Base64UrlText.TryDecode(cursor, out var text) && text.StartsWith(OffsetPrefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(OffsetPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            return offset;
        throw Invalid(cursor, argumentName);
    }

    public static string EncodeKey(string key) => Base64UrlText.Encode(KeyPrefix + key);

    /// <summary>Decodes a key cursor or throws a GraphQLError with code <see cref="ErrorCodes.InvalidCursor"/>.</summary>
    public static string DecodeKey(string cursor, string argumentName = "after")
    {
        if (Base64UrlText.TryDecode(cursor, out var text) && text.StartsWith(KeyPrefix, StringComparison.Ordinal))
            return text[KeyPrefix.Length..];
        throw Invalid(cursor, argumentName);
    }

    private static GraphQLError Invalid(string cursor, string argumentName) =>
        new($"The cursor \"{cursor}\" given as \"{argumentName}\" is not a valid cursor.",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InvalidCursor });
}
