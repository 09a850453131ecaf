using System.Numerics;

namespace FactorHub.Catalog;

/// <summary>
/// Decimal unit conversion with exact rational ratios. A result is exact whenever its decimal expansion
/// terminates within 28 significant digits; otherwise it is rounded half-to-even to 28 significant digits
/// (and never to more than 28 decimal places, the limit of <see cref="decimal"/>).
/// </summary>
public static class UnitConversion
{
    public const int SignificantDigits = 28;

    /// <summary>Converts a quantity: 2 t → 2000 kg.</summary>
    public static decimal ConvertQuantity(decimal quantity, Unit from, Unit to)
    {
        EnsureSameDimension(from, to);
        // quantity × (from → base) ÷ (to → base)
        return MultiplyByRatio(quantity,
            (BigInteger)from.ToBaseNumerator * (BigInteger)to.ToBaseDenominator,
            (BigInteger)from.ToBaseDenominator * (BigInteger)to.ToBaseNumerator);
    }

    /// <summary>Converts a value per unit: 0.5 kg CO2 per kWh → 500 kg CO2 per MWh.</summary>
    public static decimal ConvertPerUnit(decimal valuePerUnit, Unit declared, Unit requested)
    {
        EnsureSameDimension(declared, requested);
        // value ÷ (declared → base) × (requested → base)
        return MultiplyByRatio(valuePerUnit,
            (BigInteger)requested.ToBaseNumerator * (BigInteger)declared.ToBaseDenominator,
            (BigInteger)requested.ToBaseDenominator * (BigInteger)declared.ToBaseNumerator);
    }

    public static void EnsureSameDimension(Unit from, Unit to)
    {
        if (from.Dimension != to.Dimension)
        {
            throw new IncompatibleUnitsException(from, to);
        }
    }

    /// <summary>value × numerator ÷ denominator, exact or rounded half-to-even to 28 significant digits.</summary>
    public static decimal MultiplyByRatio(decimal value, BigInteger numerator, BigInteger denominator)
    {
        if (numerator.Sign <= 0 || denominator.Sign <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), "Conversion ratios are positive.");
        }
        if (value == 0m)
        {
            return 0m;
        }

        var bits = decimal.GetBits(value);
        var negative = bits[3] < 0;
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);

        // |value| × ratio = mantissa × numerator / (denominator × 10^scale)
        var num = mantissa * numerator;
        var den = denominator * BigInteger.Pow(10, scale);
        var gcd = BigInteger.GreatestCommonDivisor(num, den);
        num /= gcd;
        den /= gcd;

        // Choose the number of decimal places: enough for 28 significant digits, at most 28.
        var integerPart = num / den;
        var integerDigits = integerPart.IsZero ? 0 : integerPart.ToString().Length;
        int places;
        if (integerDigits > 0)
        {
            places = SignificantDigits - integerDigits;
        }
        else
        {
            // Leading zeros after the point do not count as significant digits.
            var leadingZeros = 0;
            var probe = num * 10;
            while (probe < den)
            {
                leadingZeros++;
                probe *= 10;
            }
            places = SignificantDigits + leadingZeros;
        }
        places = Math.Clamp(places, 0, 28);

        var scaled = BigInteger.DivRem(num * BigInteger.Pow(10, places), den, out var remainder);
        var twice = remainder * 2;
        if (twice > den || (twice == den && !scaled.IsEven))
        {
            scaled += 1;
        }

        // Trailing zeros of an exact result are dropped (so 15.1 × 1000 reads 15100, not 15100.000…).
        while (places > 0 && scaled % 10 == 0)
        {
            scaled /= 10;
            places--;
        }
        if (scaled > MaxMantissa)
        {
            throw new OverflowException("The converted value is too large for a decimal.");
        }
        var lo = (int)(uint)(scaled & uint.MaxValue);
        var mid = (int)(uint)((scaled >> 32) & uint.MaxValue);
        var hi = (int)(uint)((scaled >> 64) & uint.MaxValue);
        return new decimal(lo, mid, hi, negative, (byte)places);
    }

    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;
}

/// <summary>A conversion between units of different dimensions (e.g. kWh → kg) was asked for.</summary>
public sealed class IncompatibleUnitsException(Unit from, Unit to) : InvalidOperationException(
    $"Cannot convert from '{from.Code}' ({FactorHub.Data.DbText.Of(from.Dimension)}) to '{to.Code}' ({FactorHub.Data.DbText.Of(to.Dimension)}): the dimensions differ.")
{
    public string FromUnit { get; } = from.Code;
    public string ToUnit { get; } = to.Code;
}
