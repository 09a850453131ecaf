namespace FactorHub.Database;

/// <summary>
/// Splits a migration script into its statements, so that the migrator can run them one by one and report the line of
/// a failing one. Follows PostgreSQL's lexical rules for what may contain a semicolon that does not end a statement:
/// string constants ('…', E'…' with backslash escapes), quoted identifiers ("…"), dollar-quoted strings ($$…$$, $tag$…$tag$),
/// line comments (--) and nested block comments (/* … */). SQL-standard function bodies (BEGIN ATOMIC … END) are not
/// recognised; write such functions with a dollar-quoted body.
/// </summary>
internal static class SqlScript
{
    /// <summary>A statement without its terminating semicolon, and where it starts in the script.</summary>
    public readonly record struct Statement(string Text, int Offset);

    public static IReadOnlyList<Statement> Split(string sql)
    {
        var statements = new List<Statement>();
        var start = 0;
        var hasCode = false;
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c == '-' && At(sql, i + 1, '-'))
            {
                var end = sql.IndexOf('\n', i);
                i = end < 0 ? sql.Length : end + 1;
                continue;
            }
            if (c == '/' && At(sql, i + 1, '*'))
            {
                i = SkipBlockComment(sql, i);
                continue;
            }
            if (!char.IsWhiteSpace(c) && !hasCode)
            {
                start = i;
                hasCode = true;
            }
            switch (c)
            {
                case ';':
                    if (i > start)
                    {
                        statements.Add(new Statement(sql[start..i], start));
                    }
                    hasCode = false;
                    i++;
                    break;
                case '\'':
                    var escapes = i > 0 && (sql[i - 1] is 'E' or 'e') && (i < 2 || !IsIdentifierChar(sql[i - 2]));
                    i = SkipQuoted(sql, i, '\'', escapes);
                    break;
                case '"':
                    i = SkipQuoted(sql, i, '"', backslashEscapes: false);
                    break;
                case '$' when DollarTag(sql, i) is { } tag && (i == 0 || !IsIdentifierChar(sql[i - 1])):
                    var close = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                    i = close < 0 ? sql.Length : close + tag.Length;
                    break;
                default:
                    i++;
                    break;
            }
        }
        if (hasCode)
        {
            statements.Add(new Statement(sql[start..].TrimEnd(), start));
        }
        return statements;
    }

    /// <summary>The 1-based line of a character offset.</summary>
    public static int LineOf(string sql, int offset)
    {
        var line = 1;
        for (var i = 0; i < Math.Min(offset, sql.Length); i++)
        {
            if (sql[i] == '\n')
            {
                line++;
            }
        }
        return line;
    }

    private static bool At(string sql, int index, char c) => index < sql.Length && sql[index] == c;

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

    private static int SkipBlockComment(string sql, int i)
    {
        var depth = 0;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && At(sql, i + 1, '*'))
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && At(sql, i + 1, '/'))
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }
        return i;
    }

    private static int SkipQuoted(string sql, int i, char quote, bool backslashEscapes)
    {
        i++;
        while (i < sql.Length)
        {
            if (backslashEscapes && sql[i] == '\\')
            {
                i += 2;
            }
            else if (sql[i] == quote)
            {
                if (At(sql, i + 1, quote))
                {
                    i += 2; // doubled quote
                }
                else
                {
                    return i + 1;
                }
            }
            else
            {
                i++;
            }
        }
        return i;
    }

    // $$ or $tag$ where tag is an identifier without '$'; "$1" (a parameter) is not a dollar quote.
    private static string? DollarTag(string sql, int i)
    {
        var j = i + 1;
        if (j < sql.Length && char.IsDigit(sql[j]))
        {
            return null;
        }
        while (j < sql.Length && (char.IsLetterOrDigit(sql[j]) || sql[j] == '_'))
        {
            j++;
        }
        return j < sql.Length && sql[j] == '$' ? sql[i..(j + 1)] : null;
    }
}
