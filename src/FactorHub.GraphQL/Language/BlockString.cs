using System.Text;

namespace FactorHub.GraphQL.Language;

/// <summary>Block string helpers (§2.9.4 String Value: BlockStringValue()), mirroring graphql-js blockString.ts.</summary>
public static class BlockString
{
    /// <summary>
    /// §2.9.4 BlockStringValue(rawValue) after splitting into lines: removes the common indentation of all lines
    /// but the first, then leading and trailing blank lines.
    /// </summary>
    public static IReadOnlyList<string> DedentBlockStringLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue; // blank lines do not count towards the common indent
            }
            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = i;
            }
            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return [];
        }
        var result = new string[lastNonEmptyLine - firstNonEmptyLine + 1];
        for (var i = firstNonEmptyLine; i <= lastNonEmptyLine; i++)
        {
            var line = lines[i];
            result[i - firstNonEmptyLine] = i == 0 ? line : line.Length <= commonIndent ? string.Empty : line[commonIndent..];
        }
        return result;
    }

    /// <summary>§2.9.4 BlockStringValue(rawValue): the cooked value of a raw block string body (escapes already removed).</summary>
    public static string DedentBlockStringValue(string rawValue)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < rawValue.Length; i++)
        {
            var c = rawValue[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(rawValue[start..i]);
                if (c == '\r' && i + 1 < rawValue.Length && rawValue[i + 1] == '\n')
                {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.Add(rawValue[start..]);
        return string.Join('\n', DedentBlockStringLines(lines));
    }

    /// <summary>
    /// True when <paramref name="value"/> survives printing as a block string unchanged: no control characters,
    /// no "\r", no leading blank line, no trailing blank line, and no indentation common to all lines.
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;

        foreach (var c in value)
        {
            switch (c)
            {
                case < '\t' or '\u000B' or '\u000C' or (> '\r' and < ' '):
                    return false; // non-printable characters
                case '\r':
                    return false; // "\r" and "\r\n" would come back as "\n"
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // a leading blank line would be dropped
                    }
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false; // a trailing blank line would be dropped
        }
        if (hasCommonIndent && seenNonEmptyLine)
        {
            return false; // the common indentation would be removed
        }
        return true;
    }

    /// <summary>
    /// Prints a string as a block string (graphql-js printBlockString): escapes <c>"""</c>, and adds leading and
    /// trailing newlines only where they keep the value intact or improve readability.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        var escapedValue = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);

        // Split into lines on "\r\n", "\n" or "\r".
        var lineCount = 1;
        var forceLeadingNewLine = true;
        for (var i = 0; i < escapedValue.Length; i++)
        {
            var c = escapedValue[i];
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < escapedValue.Length && escapedValue[i + 1] == '\n')
                {
                    i++;
                }
                lineCount++;
                // Every line after the first must be empty or start with whitespace to force a leading newline.
                var next = i + 1 < escapedValue.Length ? escapedValue[i + 1] : '\n';
                if (!(next == '\n' || next == '\r' || CharacterClasses.IsWhiteSpace(next)))
                {
                    forceLeadingNewLine = false;
                }
            }
        }
        var isSingleLine = lineCount == 1;
        forceLeadingNewLine &= lineCount > 1;

        var hasTrailingTripleQuotes = escapedValue.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;

        var printAsMultipleLines = !minimize &&
            (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);

        var builder = new StringBuilder(escapedValue.Length + 8);
        builder.Append("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharacterClasses.IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }
        builder.Append(escapedValue);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            builder.Append('\n');
        }
        builder.Append("\"\"\"");
        return builder.ToString();
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && CharacterClasses.IsWhiteSpace(line[i]))
        {
            i++;
        }
        return i;
    }
}
