using FactorHub.Factors;

namespace FactorHub.Tests.Catalog;

[Collection(CatalogueCollection.Name)]
public sealed class ElectricityFactorTests(CatalogueDatabase db)
{
    private static readonly FactorValueAccess Access = new();
    private static readonly ElectricityFactorCalculator Calculator = new(new FactorResolver(Access), Access);

    private async Task<ElectricityFactorResult> CalculateAsync(ElectricityFactorInput input, string label = CatalogueDatabase.Second) =>
        Calculator.Calculate(await db.Registry.GetAsync(label, default), input, null);

    private async Task<CatalogException> RefusedAsync(ElectricityFactorInput input) =>
        await Assert.ThrowsAsync<CatalogException>(() => CalculateAsync(input));

    [Fact]
    public async Task Regional_grid_takes_the_sites_grid_region_factor_with_year_fallback()
    {
        var result = await CalculateAsync(new ElectricityFactorInput
        {
            Site = "CN-JS", Year = 2025, Model = ElectricityModelChoice.RegionalGrid, GasCoverage = GasCoverage.Co2, Unit = "MWh",
        });
        var component = Assert.Single(result.Components);
        Assert.Equal(CatalogueDatabase.RevisedCode, component.Factor.Code);
        Assert.Equal(551.2m, result.Value);
        Assert.Equal(GasCoverage.Co2, result.GasCoverage);
        Assert.Equal(CatalogueDatabase.Second, result.Snapshot.Label);
        Assert.Contains(result.Trail, t => t.Kind == "YEAR_FALLBACK");
    }

    [Fact]
    public async Task National_average_in_co2_and_in_co2e_use_factors_of_that_coverage_only()
    {
        var co2 = await CalculateAsync(new ElectricityFactorInput { Site = "CN-GD", Year = 2023, Model = ElectricityModelChoice.NationalAverage, GasCoverage = GasCoverage.Co2 });
        Assert.Equal("ELEC.GRID.CN.CO2.2023", co2.Components[0].Factor.Code);
        Assert.Equal(0.5306m, co2.Value);
        var co2e = await CalculateAsync(new ElectricityFactorInput { Site = "CN-GD", Year = 2023, Model = ElectricityModelChoice.NationalAverage, GasCoverage = GasCoverage.Co2e });
        Assert.Equal("ELEC.LCA.CN.CO2E.2023", co2e.Components[0].Factor.Code);
        Assert.Equal(0.6205m, co2e.Value);
    }

    [Fact]
    public async Task Physical_direct_takes_the_connected_sources_factor_and_refuses_a_missing_coverage()
    {
        var pv = await CalculateAsync(new ElectricityFactorInput
        {
            Site = "CN-QH", Year = 2024, Model = ElectricityModelChoice.PhysicalDirect, Source = ElectricitySource.Pv, GasCoverage = GasCoverage.Co2e,
        });
        Assert.Equal("ELEC.LCA.CN.PV.CO2E.2023", Assert.Single(pv.Components).Factor.Code);
        Assert.Equal(0.0545m, pv.Value);

        var refused = await RefusedAsync(new ElectricityFactorInput
        {
            Site = "CN-QH", Year = 2024, Model = ElectricityModelChoice.PhysicalDirect, Source = ElectricitySource.Pv, GasCoverage = GasCoverage.Co2,
        });
        Assert.Equal(CatalogErrorCodes.NoFactorForCoverage, refused.Code);
        Assert.Equal("input.source: no pv source factor with gas coverage co2 in snapshot 2026.01 (available: co2e); coverages are never mixed or substituted.",
            refused.Message);
    }

    [Fact]
    public async Task Specific_supply_blends_the_certificate_source_with_the_national_residual_factor()
    {
        var result = await CalculateAsync(new ElectricityFactorInput
        {
            Site = "CN-JS", Year = 2023, Model = ElectricityModelChoice.SpecificSupply, GasCoverage = GasCoverage.Co2,
            CertificateSharePercent = 30m, CertificateSource = ElectricitySource.Wind,
        });
        Assert.Equal(["CERTIFICATE_COVERED", "RESIDUAL"], result.Components.Select(c => c.Role));
        Assert.Equal(CatalogueDatabase.TestWindCode, result.Components[0].Factor.Code);
        Assert.Equal("ELEC.GRID-RESIDUAL.CN.CO2.2023", result.Components[1].Factor.Code);
        Assert.Equal([30m, 70m], result.Components.Select(c => c.SharePercent));
        // 0.3 × 0 + 0.7 × 0.6096: the green share is not also counted inside the grid average.
        Assert.Equal(0.42672m, result.Value);
        Assert.Equal("BLEND", result.Trail[^1].Kind);
    }

    [Fact]
    public async Task Specific_supply_refuses_to_mix_coverages_and_shares_above_100_percent()
    {
        var mixed = await RefusedAsync(new ElectricityFactorInput
        {
            Site = "CN-JS", Year = 2023, Model = ElectricityModelChoice.SpecificSupply, GasCoverage = GasCoverage.Co2e,
            CertificateSharePercent = 30m, CertificateSource = ElectricitySource.Wind,
        });
        Assert.Equal(CatalogErrorCodes.NoFactorForCoverage, mixed.Code);
        Assert.Contains("national residual", mixed.Message);

        var supplierMixed = await RefusedAsync(new ElectricityFactorInput
        {
            Site = "CN-JS", Year = 2023, Model = ElectricityModelChoice.SpecificSupply, GasCoverage = GasCoverage.Co2,
            CertificateSharePercent = 30m, SupplierFactorCode = "ELEC.LCA.CN.WIND.CO2E.2023",
        });
        Assert.Equal(CatalogErrorCodes.NoFactorForCoverage, supplierMixed.Code);
        Assert.Equal("input.supplierFactorCode: the supplier's factor ELEC.LCA.CN.WIND.CO2E.2023 has gas coverage co2e, not co2; coverages are never mixed.", supplierMixed.Message);

        var tooMuch = await RefusedAsync(new ElectricityFactorInput
        {
            Site = "CN-JS", Year = 2023, Model = ElectricityModelChoice.SpecificSupply, GasCoverage = GasCoverage.Co2,
            CertificateSharePercent = 120m, CertificateSource = ElectricitySource.Wind,
        });
        Assert.Equal(CatalogErrorCodes.InvalidCertificateShare, tooMuch.Code);
        Assert.Equal("input.certificateSharePercent", tooMuch.Field);
    }

    [Fact]
    public async Task Fully_certificated_supply_needs_no_residual_factor()
    {
        var result = await CalculateAsync(new ElectricityFactorInput
        {
            Site = "CN-JS", Year = 2023, Model = ElectricityModelChoice.SpecificSupply, GasCoverage = GasCoverage.Co2e,
            CertificateSharePercent = 100m, SupplierFactorCode = "ELEC.LCA.CN.WIND.CO2E.2023",
        });
        Assert.Equal(0.0336m, result.Value);
        Assert.Equal("CERTIFICATE_COVERED", Assert.Single(result.Components).Role);
    }

    [Fact]
    public async Task Inner_Mongolia_needs_its_part_for_the_regional_grid()
    {
        var error = await RefusedAsync(new ElectricityFactorInput { Site = "CN-NM", Year = 2023, Model = ElectricityModelChoice.RegionalGrid, GasCoverage = GasCoverage.Co2 });
        Assert.Equal(CatalogErrorCodes.AmbiguousGeography, error.Code);
        Assert.Contains("CN-NM-W (蒙西", error.Message);
        Assert.Contains("CN-NM-E (蒙东", error.Message);

        var east = await CalculateAsync(new ElectricityFactorInput { Site = "CN-NM-E", Year = 2023, Model = ElectricityModelChoice.RegionalGrid, GasCoverage = GasCoverage.Co2 });
        Assert.Equal("ELEC.GRID.CN-GRID-NE.CO2.2023", east.Components[0].Factor.Code);
    }

    [Fact]
    public async Task Bad_input_is_named()
    {
        Assert.Equal(CatalogErrorCodes.UnknownGeography, (await RefusedAsync(new ElectricityFactorInput
            { Site = "CN-XX", Year = 2023, Model = ElectricityModelChoice.NationalAverage, GasCoverage = GasCoverage.Co2 })).Code);
        Assert.Equal(CatalogErrorCodes.IncompatibleUnit, (await RefusedAsync(new ElectricityFactorInput
            { Site = "CN-JS", Year = 2023, Model = ElectricityModelChoice.NationalAverage, GasCoverage = GasCoverage.Co2, Unit = "kg" })).Code);
        Assert.Equal(CatalogErrorCodes.InvalidElectricityInput, (await RefusedAsync(new ElectricityFactorInput
            { Site = "CN-JS", Year = 2023, Model = ElectricityModelChoice.PhysicalDirect, GasCoverage = GasCoverage.Co2 })).Code);
        Assert.Equal(CatalogErrorCodes.InvalidElectricityInput, (await RefusedAsync(new ElectricityFactorInput
            { Site = "CN", Year = 2023, Model = ElectricityModelChoice.NationalAverage, GasCoverage = GasCoverage.Co2 })).Code);
        Assert.Equal(CatalogErrorCodes.InvalidElectricityInput, (await RefusedAsync(new ElectricityFactorInput
            { Site = "CN-JS", Year = 2023, Model = ElectricityModelChoice.RegionalGrid, GasCoverage = GasCoverage.Co2, CertificateSharePercent = 10m })).Code);
    }
}
