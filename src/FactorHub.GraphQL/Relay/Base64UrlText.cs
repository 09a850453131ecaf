using System.Text;

namespace FactorHub.GraphQL.Relay;

/// <summary>UTF-8 text ⇄ unpadded base64url (RFC 4648 §5), the encoding of node IDs and cursors.</summary>
internal static class Base64UrlText
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static string Encode(string text) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    /// <summary>Decodes <paramref name="encoded"/>; false for anything that is not canonical base64url of valid UTF-8.</summary>
    public static bool TryDecode(string encoded, out string text)
    {
        text = "";
        if (encoded.Length == 0 || encoded.Length > 4096) return false;
        var buffer = new byte[System.Buffers.Text.Base64Url.GetMaxDecodedLength(encoded.Length)];
        try
        {
            // TryDecodeFromChars still throws FormatException for characters outside the alphabet.
            if (!System.Buffers.Text.Base64Url.TryDecodeFromChars(encoded, buffer, out var written)) return false;
            text = StrictUtf8.GetString(buffer, 0, written);
        }
        catch (Exception ex) when (ex is FormatException or DecoderFallbackException)
        {
            return false;
        }
        // Only the canonical spelling round-trips; this refuses padded or otherwise altered IDs, so one
        // entity has exactly one ID (clients use IDs as cache keys).
        return Encode(text) == encoded;
    }
}
