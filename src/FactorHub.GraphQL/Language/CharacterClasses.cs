namespace FactorHub.GraphQL.Language;

/// <summary>Character predicates of the lexical grammar (§2.1 Source Text, §2.1.9 Names). Ints so "past the end" (-1) is never a match.</summary>
internal static class CharacterClasses
{
    /// <summary>§2.1.3 WhiteSpace: horizontal tab or space (other Unicode spaces are not ignored).</summary>
    public static bool IsWhiteSpace(int code) => code == 0x0009 || code == 0x0020;

    /// <summary>Digit :: one of 0-9.</summary>
    public static bool IsDigit(int code) => code >= '0' && code <= '9';

    /// <summary>Letter :: A-Z or a-z.</summary>
    public static bool IsLetter(int code) => (code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z');

    /// <summary>NameStart :: Letter or "_".</summary>
    public static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    /// <summary>NameContinue :: Letter, Digit or "_".</summary>
    public static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    /// <summary>§2.1 SourceCharacter: a Unicode scalar value (any code point except surrogates).</summary>
    public static bool IsUnicodeScalarValue(int code) => (code >= 0x0000 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    /// <summary>A UTF-16 high surrogate.</summary>
    public static bool IsLeadingSurrogate(int code) => code >= 0xD800 && code <= 0xDBFF;

    /// <summary>A UTF-16 low surrogate.</summary>
    public static bool IsTrailingSurrogate(int code) => code >= 0xDC00 && code <= 0xDFFF;

    /// <summary>True when a valid surrogate pair (one supplementary-plane code point) starts at <paramref name="position"/>.</summary>
    public static bool IsSupplementaryCodePoint(string body, int position) =>
        position + 1 < body.Length && IsLeadingSurrogate(body[position]) && IsTrailingSurrogate(body[position + 1]);

    /// <summary>The value of a hex digit, or -1.</summary>
    public static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };
}
