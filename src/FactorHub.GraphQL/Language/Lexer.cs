using System.Globalization;
using System.Text;
using FactorHub.GraphQL.Error;
using static FactorHub.GraphQL.Language.CharacterClasses;

namespace FactorHub.GraphQL.Language;

/// <summary>
/// §2.1 Source Text / §2.1.6 Lexical Tokens: turns a <see cref="Source"/> into tokens on demand.
/// Advancing returns the next significant token (comments are linked but skipped); the lexer walks the
/// body string by index and allocates only the token and its value, never per character.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;
    private readonly bool _schemaCoordinate;

    /// <summary>Creates a lexer positioned on the start-of-file token.</summary>
    public Lexer(Source source)
        : this(source, schemaCoordinate: false)
    {
    }

    private Lexer(Source source, bool schemaCoordinate)
    {
        Source = source;
        _body = source.Body;
        _schemaCoordinate = schemaCoordinate;
        var startOfFile = new Token(TokenKind.Sof, 0, 0, 0, 0);
        LastToken = startOfFile;
        Token = startOfFile;
        Line = 1;
        LineStart = 0;
    }

    /// <summary>
    /// A lexer for schema coordinates (Schema Coordinates): only names and <c>. ( ) : @</c>, and no ignored tokens at all.
    /// </summary>
    public static Lexer ForSchemaCoordinate(Source source) => new(source, schemaCoordinate: true);

    /// <summary>The source being lexed.</summary>
    public Source Source { get; }

    /// <summary>The previously focused non-ignored token.</summary>
    public Token LastToken { get; private set; }

    /// <summary>The currently focused non-ignored token.</summary>
    public Token Token { get; private set; }

    /// <summary>The (1-indexed) line containing the current token.</summary>
    public int Line { get; private set; }

    /// <summary>The character offset at which the current line begins.</summary>
    public int LineStart { get; private set; }

    /// <summary>Advances to the next significant token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        return Token = Lookahead();
    }

    /// <summary>Returns the significant token after the current one without moving (lexing it if needed).</summary>
    public Token Lookahead()
    {
        var token = Token;
        if (token.Kind != TokenKind.Eof)
        {
            do
            {
                if (token.Next is { } next)
                {
                    token = next;
                }
                else
                {
                    var nextToken = _schemaCoordinate ? ReadNextCoordinateToken(token.End) : ReadNextToken(token.End);
                    token.Next = nextToken;
                    nextToken.Prev = token;
                    token = nextToken;
                }
            }
            while (token.Kind == TokenKind.Comment);
        }
        return token;
    }

    private int CharAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private Token CreateToken(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, Line, 1 + start - LineStart, value);

    /// <summary>
    /// Reads the token starting at or after <paramref name="start"/>, skipping §2.1.7 Ignored Tokens
    /// (BOM, white space, line terminators, commas) and tracking lines.
    /// </summary>
    private Token ReadNextToken(int start)
    {
        var body = _body;
        var bodyLength = body.Length;
        var position = start;

        while (position < bodyLength)
        {
            int code = body[position];
            switch (code)
            {
                // §2.1.1 Unicode BOM, §2.1.3 White Space, §2.1.5 Insignificant Commas
                case 0xFEFF:
                case '\t':
                case ' ':
                case ',':
                    ++position;
                    continue;

                // §2.1.2 Line Terminators
                case '\n':
                    ++position;
                    ++Line;
                    LineStart = position;
                    continue;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    ++Line;
                    LineStart = position;
                    continue;

                // §2.1.4 Comments
                case '#':
                    return ReadComment(position);

                // §2.1.8 Punctuators
                case '!':
                    return CreateToken(TokenKind.Bang, position, position + 1);
                case '$':
                    return CreateToken(TokenKind.Dollar, position, position + 1);
                case '&':
                    return CreateToken(TokenKind.Amp, position, position + 1);
                case '(':
                    return CreateToken(TokenKind.ParenL, position, position + 1);
                case ')':
                    return CreateToken(TokenKind.ParenR, position, position + 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return CreateToken(TokenKind.Spread, position, position + 3);
                    }
                    break;
                case ':':
                    return CreateToken(TokenKind.Colon, position, position + 1);
                case '=':
                    return CreateToken(TokenKind.Equals, position, position + 1);
                case '@':
                    return CreateToken(TokenKind.At, position, position + 1);
                case '[':
                    return CreateToken(TokenKind.BracketL, position, position + 1);
                case ']':
                    return CreateToken(TokenKind.BracketR, position, position + 1);
                case '{':
                    return CreateToken(TokenKind.BraceL, position, position + 1);
                case '|':
                    return CreateToken(TokenKind.Pipe, position, position + 1);
                case '}':
                    return CreateToken(TokenKind.BraceR, position, position + 1);

                // §2.9.4 String Value
                case '"':
                    if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
                    {
                        return ReadBlockString(position);
                    }
                    return ReadString(position);
            }

            // §2.9.1 Int Value, §2.9.2 Float Value
            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            // §2.1.9 Names
            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw new GraphQLSyntaxError(
                Source,
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(body, position)
                        ? "Unexpected character: " + PrintCodePointAt(position) + "."
                        : "Invalid character: " + PrintCodePointAt(position) + ".");
        }

        return CreateToken(TokenKind.Eof, bodyLength, bodyLength);
    }

    /// <summary>Schema Coordinates: only names and the punctuators <c>. ( ) : @</c>; nothing is ignored.</summary>
    private Token ReadNextCoordinateToken(int position)
    {
        if (position >= _body.Length)
        {
            return CreateToken(TokenKind.Eof, _body.Length, _body.Length);
        }
        int code = _body[position];
        switch (code)
        {
            case '.':
                return CreateToken(TokenKind.Dot, position, position + 1);
            case '(':
                return CreateToken(TokenKind.ParenL, position, position + 1);
            case ')':
                return CreateToken(TokenKind.ParenR, position, position + 1);
            case ':':
                return CreateToken(TokenKind.Colon, position, position + 1);
            case '@':
                return CreateToken(TokenKind.At, position, position + 1);
        }
        if (IsNameStart(code))
        {
            return ReadName(position);
        }
        throw new GraphQLSyntaxError(Source, position, "Invalid character: " + PrintCodePointAt(position) + ".");
    }

    /// <summary>
    /// Describes the code point at <paramref name="position"/> for error messages like graphql-js:
    /// printable ASCII quoted (<c>"?"</c>, and <c>'"'</c> for a quote), otherwise <c>U+XXXX</c>, or &lt;EOF&gt;.
    /// </summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }
        int code = IsSupplementaryCodePoint(_body, position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code >= 0x0020 && code <= 0x007E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>§2.1.4 Comments: <c>#</c> up to the end of the line.</summary>
    private Token ReadComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            int code = body[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }
            if (IsUnicodeScalarValue(code))
            {
                ++position;
            }
            else if (IsSupplementaryCodePoint(body, position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }
        return CreateToken(TokenKind.Comment, start, position, body.Substring(start + 1, position - start - 1));
    }

    /// <summary>
    /// §2.9.1 IntValue and §2.9.2 FloatValue, including the lookahead restrictions: no leading zeros,
    /// and a number may not be followed by a digit, "." or a NameStart.
    /// </summary>
    private Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;

        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw new GraphQLSyntaxError(Source, position, "Invalid number, unexpected digit after 0: " + PrintCodePointAt(position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        // FractionalPart
        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        // ExponentPart
        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code == '+' || code == '-')
            {
                code = CharAt(++position);
            }
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        // Numbers cannot be followed by "." or a NameStart.
        if (code == '.' || IsNameStart(code))
        {
            throw new GraphQLSyntaxError(Source, position, "Invalid number, expected digit but got: " + PrintCodePointAt(position) + ".");
        }

        return CreateToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
    }

    /// <summary>Reads one or more digits; returns the position after the last one.</summary>
    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw new GraphQLSyntaxError(Source, start, "Invalid number, expected digit but got: " + PrintCodePointAt(start) + ".");
        }
        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            ++position;
        }
        return position;
    }

    /// <summary>§2.9.4 StringValue (quoted): escapes, including <c>\u{…}</c> and surrogate-pair <c>\uXXXX\uXXXX</c>.</summary>
    private Token ReadString(int start)
    {
        var body = _body;
        var bodyLength = body.Length;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null; // only strings with escapes need a builder

        while (position < bodyLength)
        {
            int code = body[position];

            if (code == '"')
            {
                string result;
                if (value is null)
                {
                    result = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    result = value.ToString();
                }
                return CreateToken(TokenKind.String, start, position + 1, result);
            }

            if (code == '\\')
            {
                value ??= new StringBuilder(position - chunkStart + 16);
                value.Append(body, chunkStart, position - chunkStart);
                int size;
                if (CharAt(position + 1) == 'u')
                {
                    size = CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value);
                }
                else
                {
                    size = ReadEscapedCharacter(position, value);
                }
                position += size;
                chunkStart = position;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                ++position;
            }
            else if (IsSupplementaryCodePoint(body, position))
            {
                position += 2;
            }
            else
            {
                throw new GraphQLSyntaxError(Source, position, "Invalid character within String: " + PrintCodePointAt(position) + ".");
            }
        }

        throw new GraphQLSyntaxError(Source, position, "Unterminated string.");
    }

    /// <summary><c>\u{HexDigit+}</c>: at most 8 hex digits, and the value must be a Unicode scalar value.</summary>
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        // Cannot be larger than 12 chars (\u{00000000}).
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                // Must be at least 5 chars (\u{0}) and encode a Unicode scalar value.
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }
                AppendCodePoint(value, point);
                return size;
            }
            // Same 32-bit arithmetic as graphql-js: a bad digit (-1) or an overflow makes the point negative.
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }
        throw new GraphQLSyntaxError(Source, position, "Invalid Unicode escape sequence: \"" + Slice(position, size) + "\".");
    }

    /// <summary><c>\uXXXX</c>; a leading surrogate is accepted only when followed by an escaped trailing surrogate.</summary>
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        // JSON-style surrogate pairs are allowed, but only when they form a valid pair.
        if (IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailingCode = Read16BitHexCode(position + 8);
            if (IsTrailingSurrogate(trailingCode))
            {
                value.Append((char)code).Append((char)trailingCode);
                return 12;
            }
        }

        throw new GraphQLSyntaxError(Source, position, "Invalid Unicode escape sequence: \"" + Slice(position, 6) + "\".");
    }

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12) | (ReadHexDigit(CharAt(position + 1)) << 8) |
        (ReadHexDigit(CharAt(position + 2)) << 4) | ReadHexDigit(CharAt(position + 3));

    /// <summary>§2.9.4 EscapedCharacter :: one of <c>" \ / b f n r t</c>.</summary>
    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char escaped;
        switch (CharAt(position + 1))
        {
            case '"': escaped = '"'; break;
            case '\\': escaped = '\\'; break;
            case '/': escaped = '/'; break;
            case 'b': escaped = '\b'; break;
            case 'f': escaped = '\f'; break;
            case 'n': escaped = '\n'; break;
            case 'r': escaped = '\r'; break;
            case 't': escaped = '\t'; break;
            default:
                throw new GraphQLSyntaxError(Source, position, "Invalid character escape sequence: \"" + Slice(position, 2) + "\".");
        }
        value.Append(escaped);
        return 2;
    }

    /// <summary>
    /// §2.9.4 BlockString: raw text between <c>"""</c> delimiters, where only <c>\"""</c> is an escape,
    /// cooked by BlockStringValue() (common indent and blank first/last lines removed).
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var bodyLength = body.Length;
        var lineStart = LineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var blockLines = new List<string>();

        while (position < bodyLength)
        {
            int code = body[position];

            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                var token = CreateToken(
                    TokenKind.BlockString,
                    start,
                    position + 3,
                    string.Join('\n', BlockString.DedentBlockStringLines(blockLines)));
                Line += blockLines.Count - 1;
                LineStart = lineStart;
                return token;
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // keep the quotes, drop the backslash
                position += 4;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            if (IsUnicodeScalarValue(code))
            {
                ++position;
            }
            else if (IsSupplementaryCodePoint(body, position))
            {
                position += 2;
            }
            else
            {
                throw new GraphQLSyntaxError(Source, position, "Invalid character within String: " + PrintCodePointAt(position) + ".");
            }
        }

        throw new GraphQLSyntaxError(Source, position, "Unterminated string.");
    }

    /// <summary>§2.1.9 Name :: NameStart NameContinue*.</summary>
    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            ++position;
        }
        return CreateToken(TokenKind.Name, start, position, body.Substring(start, position - start));
    }

    private string Slice(int start, int length) =>
        _body.Substring(start, Math.Min(length, _body.Length - start));

    private static void AppendCodePoint(StringBuilder value, int point)
    {
        if (point <= 0xFFFF)
        {
            value.Append((char)point);
        }
        else
        {
            point -= 0x10000;
            value.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
        }
    }
}
