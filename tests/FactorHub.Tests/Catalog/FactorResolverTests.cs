using FactorHub.Factors;

namespace FactorHub.Tests.Catalog;

[Collection(CatalogueCollection.Name)]
public sealed class FactorResolverTests(CatalogueDatabase db)
{
    private static readonly FactorResolver Resolver = new(new FactorValueAccess());

    private async Task<IReadOnlyList<FactorResolution>> ResolveAsync(string label, params FactorRequest[] requests) =>
        Resolver.Resolve(await db.Registry.GetAsync(label, default), requests, null);

    [Fact]
    public async Task By_code_with_unit_conversion()
    {
        var result = (await ResolveAsync(CatalogueDatabase.First,
            new FactorRequest { Key = "al", Code = "MAT.AL-PRIMARY.GLO.CO2E.2022", Unit = "t" }))[0];
        Assert.Null(result.Error);
        Assert.Equal("al", result.Key);
        Assert.Equal(15100m, result.Value);
        Assert.Equal("t", result.Unit!.Code);
        Assert.Equal(["CODE", "UNIT_CONVERSION"], result.Trail.Select(t => t.Kind));
        Assert.Equal(CatalogueDatabase.First, result.Snapshot.Label);
    }

    [Fact]
    public async Task Energy_conversion_is_exact_where_the_ratio_terminates_and_rounded_half_even_otherwise()
    {
        var results = await ResolveAsync(CatalogueDatabase.First,
            new FactorRequest { Code = "ELEC.GRID.CN.CO2.2023", Unit = "MWh" },
            new FactorRequest { Code = "ELEC.GRID.CN.CO2.2023", Unit = "MJ" });
        Assert.Equal(530.6m, results[0].Value);
        // 0.5306 / 3.6 = 0.147388… (non-terminating): 28 significant digits, half-even.
        Assert.Equal(0.1473888888888888888888888889m, results[1].Value);
    }

    [Fact]
    public async Task Code_missing_in_the_snapshot_falls_back_to_the_nearest_earlier_year_of_its_series()
    {
        var result = (await ResolveAsync(CatalogueDatabase.First, new FactorRequest { Code = "ELEC.GRID.CN-JS.CO2.2025" }))[0];
        Assert.Equal("ELEC.GRID.CN-JS.CO2.2022", result.Factor!.Code);
        Assert.Equal("YEAR_FALLBACK", result.Trail[0].Kind);
    }

    [Fact]
    public async Task Criteria_fall_back_province_to_grid_region_to_national_with_nearest_earlier_year_and_tie_break()
    {
        var result = (await ResolveAsync(CatalogueDatabase.First,
            new FactorRequest { Kind = FactorKind.Material, Category = "MAT.LITHIUM", Geography = "CN-JS", Year = 2025, Unit = "kg" }))[0];
        Assert.Null(result.Error);
        // CN-JS and CN-GRID-E have no lithium factors; CN has four Li2CO3 routes for 2023, all grade 3: the highest value wins.
        Assert.Equal("MAT.LI2CO3.CN.LEPIDOLITE.CO2E.2023", result.Factor!.Code);
        Assert.Equal(["GEOGRAPHY_FALLBACK", "YEAR_FALLBACK", "MATCH", "TIE_BREAK"], result.Trail.Select(t => t.Kind));
        Assert.Equal("No material factors in category MAT.LITHIUM for CN-JS, CN-GRID-E; used the national CN (中国 China).", result.Trail[0].Message);
    }

    [Fact]
    public async Task A_province_factor_wins_over_a_later_grid_factor_and_the_grid_is_used_when_the_province_has_none()
    {
        var results = await ResolveAsync(CatalogueDatabase.First,
            new FactorRequest { Kind = FactorKind.GridElectricity, Geography = "CN-JS", Year = 2023, GasCoverage = GasCoverage.Co2 },
            new FactorRequest { Kind = FactorKind.GridElectricity, Category = "ENERGY.ELECTRICITY.GRID", Geography = "CN-NM-W", Year = 2023, GasCoverage = GasCoverage.Co2 });
        Assert.Equal("ELEC.GRID.CN-JS.CO2.2022", results[0].Factor!.Code);
        Assert.Equal(["YEAR_FALLBACK", "MATCH"], results[0].Trail.Select(t => t.Kind));
        // A part skips the whole-province figure (it mixes both grids) and takes its own grid region.
        Assert.Equal("ELEC.GRID.CN-GRID-N.CO2.2023", results[1].Factor!.Code);
        Assert.Equal("No grid_electricity factors in category ENERGY.ELECTRICITY.GRID of gas coverage co2 for CN-NM-W; used the grid region CN-GRID-N (华北区域电网 North China grid).",
            results[1].Trail[0].Message);
    }

    [Fact]
    public async Task Inner_Mongolia_without_a_part_is_an_error_naming_both_parts()
    {
        var result = (await ResolveAsync(CatalogueDatabase.First,
            new FactorRequest { Kind = FactorKind.GridElectricity, Geography = "CN-NM", Year = 2023, GasCoverage = GasCoverage.Co2, SystemBoundary = SystemBoundary.DirectCombustion }))[0];
        // Even though the seed has a whole-province figure for CN-NM, the answer depends on the grid.
        Assert.Equal(CatalogErrorCodes.AmbiguousGeography, result.Error!.Code);
        Assert.Equal("requests[0].geography: CN-NM (内蒙古自治区 Inner Mongolia) spans two grid regions; say which part: "
            + "CN-NM-E (蒙东（内蒙古东部）, Inner Mongolia East (Mengdong)) in CN-GRID-NE or CN-NM-W (蒙西（内蒙古西部）, Inner Mongolia West (Mengxi)) in CN-GRID-N.",
            result.Error.Message);
    }

    [Fact]
    public async Task A_material_in_Inner_Mongolia_is_not_ambiguous()
    {
        var result = (await ResolveAsync(CatalogueDatabase.First,
            new FactorRequest { Kind = FactorKind.Material, Category = "MAT.METAL.ALUMINIUM", Geography = "CN-NM", Year = 2022 }))[0];
        Assert.Null(result.Error);
        Assert.Equal("MAT.AL-PRIMARY.GLO.CO2E.2022", result.Factor!.Code);
    }

    [Fact]
    public async Task Unresolvable_requests_get_typed_errors_and_do_not_fail_the_others()
    {
        var results = await ResolveAsync(CatalogueDatabase.First,
            new FactorRequest { Code = "NO.SUCH.FACTOR.2023" },
            new FactorRequest { Code = "ELEC.GRID.CN.CO2.2023", Unit = "kg" },
            new FactorRequest { Code = "ELEC.GRID.CN.CO2.2023", Unit = "furlong" },
            new FactorRequest { Kind = FactorKind.Material, Geography = "XX-NOPE" },
            new FactorRequest { Kind = FactorKind.Material, Category = "MAT.LITHIUM", Geography = "CN", Year = 2000 },
            new FactorRequest { Kind = FactorKind.Material, Category = "MAT.LITHIUM", Geography = "CN", Unit = "kWh" },
            new FactorRequest { Code = "MAT.AL-PRIMARY.GLO.CO2E.2022", Geography = "CN" },
            new FactorRequest { Code = "MAT.AL-PRIMARY.GLO.CO2E.2022" });
        Assert.Equal(
            [CatalogErrorCodes.FactorNotFound, CatalogErrorCodes.IncompatibleUnit, CatalogErrorCodes.UnknownUnit, CatalogErrorCodes.UnknownGeography,
             CatalogErrorCodes.NoMatchingFactor, CatalogErrorCodes.IncompatibleUnit, CatalogErrorCodes.BadUserInput, null],
            results.Select(r => r.Error?.Code));
        Assert.Equal("requests[1].unit: ELEC.GRID.CN.CO2.2023 is declared per kWh (energy); it cannot be given per kg (mass).", results[1].Error!.Message);
        Assert.Equal("requests[1].unit", results[1].Error!.Field);
        Assert.Equal("requests[4]: no material factors in category MAT.LITHIUM for CN, GLO up to 2000 in snapshot 2026.00.", results[4].Error!.Message);
        Assert.Equal(15.1m, results[7].Value);
    }

    [Fact]
    public async Task Pinned_snapshots_answer_with_their_own_version()
    {
        var request = new FactorRequest { Code = CatalogueDatabase.RevisedCode };
        Assert.Equal(0.55m, (await ResolveAsync(CatalogueDatabase.First, request))[0].Value);
        Assert.Equal(CatalogueDatabase.RevisedValue, (await ResolveAsync(CatalogueDatabase.Second, request))[0].Value);
        var withdrawn = (await ResolveAsync(CatalogueDatabase.Second, new FactorRequest { Code = CatalogueDatabase.WithdrawnCode }))[0];
        Assert.Equal(CatalogErrorCodes.FactorNotFound, withdrawn.Error!.Code);
        Assert.Contains("withdrawn", withdrawn.Error.Message);
    }

    [Fact]
    public async Task Hidden_values_are_chosen_but_not_returned()
    {
        var result = (await ResolveAsync(CatalogueDatabase.First,
            new FactorRequest { Code = "MAT.ELECTROLYTE.CN.DEMO.CO2E.2024", Unit = "t" }))[0];
        Assert.Null(result.Error);
        Assert.Null(result.Value);
        Assert.Equal("VALUE_WITHHELD", result.Trail[^1].Kind);
        Assert.DoesNotContain(result.Trail, t => t.Message.Contains('5'));
    }

    [Fact]
    public async Task More_than_a_thousand_requests_are_refused()
    {
        var index = await db.Registry.GetAsync(CatalogueDatabase.First, default);
        var many = Enumerable.Repeat(new FactorRequest { Code = "ELEC.GRID.CN.CO2.2023" }, 1001).ToArray();
        var error = Assert.Throws<CatalogException>(() => Resolver.Resolve(index, many, null));
        Assert.Equal(CatalogErrorCodes.TooManyRequests, error.Code);
        Assert.Equal(1000, Resolver.Resolve(index, many[..1000], null).Count(r => r.Value == 0.5306m));
    }
}
