namespace FactorHub.GraphQL.Types;

/// <summary>Helpers that treat every CLR numeric type as a JavaScript-like "number" for scalar coercion.</summary>
internal static class NumericValues
{
    /// <summary>True for CLR numeric primitives and decimal.</summary>
    public static bool IsNumber(object? value) =>
        value is int or long or short or byte or sbyte or uint or ulong or ushort or double or float or decimal;

    /// <summary>Converts a numeric value to double (decimal rounds to the nearest double).</summary>
    public static bool TryGetDouble(object? value, out double result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case double d: result = d; return true;
            case decimal m: result = (double)m; return true;
            case float f: result = f; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case uint ui: result = ui; return true;
            case ulong ul: result = ul; return true;
            case ushort us: result = us; return true;
            default: result = 0; return false;
        }
    }

    /// <summary>
    /// The integral value of a numeric value when it has no fractional part (JavaScript Number.isInteger);
    /// false for non-numbers, fractions, NaN and infinities. Values beyond long are reported through <paramref name="outOfLongRange"/>.
    /// </summary>
    public static bool TryGetInteger(object? value, out long result, out bool outOfLongRange)
    {
        outOfLongRange = false;
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case uint ui: result = ui; return true;
            case ushort us: result = us; return true;
            case ulong ul:
                result = ul > long.MaxValue ? long.MaxValue : (long)ul;
                outOfLongRange = ul > long.MaxValue;
                return true;
            case decimal m:
                result = 0;
                if (decimal.Truncate(m) != m)
                {
                    return false;
                }

                if (m > long.MaxValue || m < long.MinValue)
                {
                    outOfLongRange = true;
                    return true;
                }

                result = (long)m;
                return true;
            case double or float:
                var d = System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                result = 0;
                if (double.IsNaN(d) || double.IsInfinity(d) || Math.Floor(d) != d)
                {
                    return false;
                }

                if (d >= 9.2233720368547758E+18 || d < -9.2233720368547758E+18)
                {
                    outOfLongRange = true;
                    return true;
                }

                result = (long)d;
                return true;
            default:
                result = 0;
                return false;
        }
    }
}
