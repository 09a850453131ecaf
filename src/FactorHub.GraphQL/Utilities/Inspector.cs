using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Utilities;

/// <summary>
/// Renders a runtime value for an error message the way graphql-js <c>inspect()</c> does, so messages such as
/// <c>Int cannot represent non-integer value: 1.5</c> or <c>String cannot represent value: { a: 1 }</c> match graphql-js.
/// Not on hot paths: only used when building error messages.
/// </summary>
public static class Inspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>Formats <paramref name="value"/> like graphql-js inspect().</summary>
    public static string Inspect(object? value) => Format(value, 0);

    /// <summary>Formats a double like JavaScript's Number#toString (shortest round trip, "1e+21" style exponents).</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = r[0] == '-';
        if (negative)
        {
            r = r[1..];
        }

        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        var dot = r.IndexOf('.');
        var intPart = dot >= 0 ? r[..dot] : r;
        var fracPart = dot >= 0 ? r[(dot + 1)..] : string.Empty;
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - digits.Length;
        digits = digits.TrimEnd('0');

        // value = 0.digits × 10^n (ECMAScript Number::toString notation)
        var n = intPart.Length + exponent - leadingZeros;
        var k = digits.Length;
        var sb = new StringBuilder(negative ? "-" : string.Empty);
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exp = n - 1;
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            sb.Append('e').Append(exp >= 0 ? '+' : '-').Append(Math.Abs(exp).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>Formats a decimal without trailing fractional zeros (JSON "1.50" is the number 1.5).</summary>
    public static string FormatNumber(decimal value)
    {
        var s = value.ToString(CultureInfo.InvariantCulture);
        if (s.Contains('.'))
        {
            s = s.TrimEnd('0').TrimEnd('.');
        }

        return s == "-0" ? "0" : s;
    }

    /// <summary>JSON.stringify of a string.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || (char.IsSurrogate(c) && !IsPairedSurrogate(value, i)))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                        if (char.IsHighSurrogate(c))
                        {
                            sb.Append(value[++i]);
                        }
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static bool IsPairedSurrogate(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case Undefined:
                return "undefined";
            case string s:
                return Quote(s);
            case bool b:
                return b ? "true" : "false";
            case double d:
                return FormatNumber(d);
            case float f:
                return FormatNumber((double)f);
            case decimal m:
                return FormatNumber(m);
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case Enum e:
                return e.ToString();
            case IGraphQLType type:
                return type.ToString()!;
            case GraphQLDirective directive:
                return "@" + directive.Name;
            case Delegate del:
                return $"[function {del.Method.Name}]";
            case JsonElement json:
                return json.GetRawText();
            case DateTimeOffset or DateTime or DateOnly:
                return Quote(Convert.ToString(value, CultureInfo.InvariantCulture)!);
            case IDictionary dictionary:
                return FormatDictionary(dictionary, depth);
            case IEnumerable enumerable:
                return FormatList(enumerable, depth);
            default:
                // graphql-js would list an object's properties; CLR objects (entities, views) may hold values a
                // client must not see (compute-only factors), so only the type name goes into a message.
                return $"[{value.GetType().Name}]";
        }
    }

    private static string FormatDictionary(IDictionary dictionary, int depth)
    {
        if (dictionary.Count == 0)
        {
            return "{}";
        }

        if (depth >= MaxRecursiveDepth)
        {
            return "[Object]";
        }

        var parts = new List<string>(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            parts.Add($"{entry.Key}: {Format(entry.Value, depth + 1)}");
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    private static string FormatList(IEnumerable list, int depth)
    {
        var items = list.Cast<object?>().ToList();
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth >= MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var shown = Math.Min(MaxArrayLength, items.Count);
        var parts = new List<string>(shown + 1);
        for (var i = 0; i < shown; i++)
        {
            parts.Add(Format(items[i], depth + 1));
        }

        var remaining = items.Count - shown;
        if (remaining == 1)
        {
            parts.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            parts.Add($"... {remaining} more items");
        }

        return "[" + string.Join(", ", parts) + "]";
    }
}
