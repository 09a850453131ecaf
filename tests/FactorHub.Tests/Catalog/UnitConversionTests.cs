using System.Numerics;
using FactorHub.Catalog;

namespace FactorHub.Tests.Catalog;

public sealed class UnitConversionTests
{
    // Bases: kg (mass), MJ (energy), kg.km (mass × distance). 1 kWh = 18/5 MJ exactly.
    private static readonly Unit Kg = UnitOf("kg", UnitDimension.Mass, 1, 1);
    private static readonly Unit Tonne = UnitOf("t", UnitDimension.Mass, 1000, 1);
    private static readonly Unit Gram = UnitOf("g", UnitDimension.Mass, 1, 1000);
    private static readonly Unit MJ = UnitOf("MJ", UnitDimension.Energy, 1, 1);
    private static readonly Unit KWh = UnitOf("kWh", UnitDimension.Energy, 18, 5);
    private static readonly Unit MWh = UnitOf("MWh", UnitDimension.Energy, 3600, 1);
    private static readonly Unit TKm = UnitOf("t.km", UnitDimension.MassDistance, 1000, 1);
    private static readonly Unit KgKm = UnitOf("kg.km", UnitDimension.MassDistance, 1, 1);

    [Theory]
    [InlineData("15.1", "15100")]        // IAI primary aluminium: 15.1 kgCO2e/kg = 15100 kgCO2e/t
    [InlineData("0.000001", "0.001")]
    [InlineData("1", "1000")]
    public void Per_kilogram_to_per_tonne_is_exact(string perKg, string expectedPerTonne)
    {
        var result = UnitConversion.ConvertPerUnit(decimal.Parse(perKg), Kg, Tonne);
        Assert.Equal(decimal.Parse(expectedPerTonne), result);
        Assert.Equal(expectedPerTonne, result.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Per_kWh_to_per_MWh_and_back_is_exact()
    {
        var perMWh = UnitConversion.ConvertPerUnit(0.5306m, KWh, MWh);
        Assert.Equal("530.6", perMWh.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.5306m, UnitConversion.ConvertPerUnit(perMWh, MWh, KWh));
    }

    [Fact]
    public void Per_MJ_to_per_kWh_is_exact_because_the_ratio_terminates()
    {
        // 0.1 kg/MJ × 3.6 MJ/kWh = 0.36 kg/kWh
        Assert.Equal("0.36", UnitConversion.ConvertPerUnit(0.1m, MJ, KWh).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Per_kWh_to_per_MJ_does_not_terminate_and_rounds_half_even_to_28_significant_digits()
    {
        // 0.5306 / 3.6 = 0.14738888… (8 repeating)
        var result = UnitConversion.ConvertPerUnit(0.5306m, KWh, MJ);
        Assert.Equal("0.1473888888888888888888888889", result.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var significant = result.ToString(System.Globalization.CultureInfo.InvariantCulture).TrimStart('0', '.').Length;
        Assert.Equal(28, significant);
    }

    [Fact]
    public void Non_terminating_results_round_half_to_even()
    {
        // A result with exactly 28 significant digits is exact, not rounded.
        var exact = UnitConversion.MultiplyByRatio(1.000000000000000000000000001m, 1, 2);
        Assert.Equal("0.5000000000000000000000000005", exact.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var third = UnitConversion.MultiplyByRatio(1m, 1, 3);
        Assert.Equal("0.3333333333333333333333333333", third.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var twoThirds = UnitConversion.MultiplyByRatio(2m, 1, 3);
        Assert.Equal("0.6666666666666666666666666667", twoThirds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // 0.125 with a ratio of 1/10^27 needs 30 places: 0.000…0125 rounds at place 28: …12|5 → …12 (even)
        var tieEven = UnitConversion.MultiplyByRatio(0.125m, 1, BigInteger.Pow(10, 26));
        Assert.Equal(0.0000000000000000000000000012m, tieEven);
        var tieOdd = UnitConversion.MultiplyByRatio(0.135m, 1, BigInteger.Pow(10, 26));
        Assert.Equal(0.0000000000000000000000000014m, tieOdd);
    }

    [Fact]
    public void Quantities_convert_in_the_other_direction_from_values_per_unit()
    {
        Assert.Equal(2000m, UnitConversion.ConvertQuantity(2m, Tonne, Kg));
        Assert.Equal(2.5m, UnitConversion.ConvertQuantity(2500m, Gram, Kg));
        Assert.Equal(7.2m, UnitConversion.ConvertQuantity(2m, KWh, MJ));
    }

    [Fact]
    public void Tonne_kilometres_convert_to_kilogram_kilometres()
    {
        // DEFRA HGV average 0.12631 kgCO2e per t·km = 0.00012631 per kg·km
        Assert.Equal(0.00012631m, UnitConversion.ConvertPerUnit(0.12631m, TKm, KgKm));
    }

    [Fact]
    public void Incompatible_dimensions_are_refused_with_a_message_naming_both_units()
    {
        var error = Assert.Throws<IncompatibleUnitsException>(() => UnitConversion.ConvertPerUnit(1m, KWh, Kg));
        Assert.Equal("Cannot convert from 'kWh' (energy) to 'kg' (mass): the dimensions differ.", error.Message);
        Assert.Throws<IncompatibleUnitsException>(() => UnitConversion.ConvertQuantity(1m, TKm, Tonne));
    }

    [Fact]
    public void Negative_values_keep_their_sign()
    {
        Assert.Equal(-1500m, UnitConversion.ConvertPerUnit(-1.5m, Kg, Tonne));
    }

    private static Unit UnitOf(string code, UnitDimension dimension, decimal numerator, decimal denominator) => new()
    {
        Code = code,
        Dimension = dimension,
        Symbol = code,
        NameZh = code,
        NameEn = code,
        ToBaseNumerator = numerator,
        ToBaseDenominator = denominator,
    };
}
