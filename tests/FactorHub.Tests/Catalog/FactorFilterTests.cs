using System.Security.Claims;
using FactorHub.Factors;
using FactorHub.Snapshots;

namespace FactorHub.Tests.Catalog;

[Collection(CatalogueCollection.Name)]
public sealed class FactorFilterTests(CatalogueDatabase db)
{
    private static readonly FactorValueAccess Access = new();

    private static Dictionary<string, object?> Obj(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    private async Task<(SnapshotIndex Index, FactorFilter.FilterContext Context)> FirstAsync(ClaimsPrincipal? user = null)
    {
        var index = await db.Registry.GetAsync(CatalogueDatabase.First, default);
        return (index, new FactorFilter.FilterContext(index, Access, user));
    }

    private static string[] Codes(SnapshotIndex index, Func<PublishedFactor, bool> predicate) =>
        index.ActiveFactors.Where(predicate).Select(f => f.Code).ToArray();

    [Fact]
    public async Task Category_matches_the_category_and_all_its_descendants()
    {
        var (index, context) = await FirstAsync();
        var codes = Codes(index, FactorFilter.Compile(Obj(("category", Obj(("eq", "MAT.CATHODE")))), context));
        Assert.Contains("MAT.CATHODE-LFP.CN.DEMO.CO2E.2024", codes);
        Assert.Contains("MAT.CATHODE-NCM.CN.DEMO.CO2E.2024", codes);
        Assert.All(codes, c => Assert.StartsWith("MAT.CATHODE.", index.FindByCode(c)!.Category.Code));
        Assert.Equal(
            index.ActiveFactors.Count(f => f.Category.Code.StartsWith("MAT", StringComparison.Ordinal)),
            Codes(index, FactorFilter.Compile(Obj(("category", Obj(("eq", "MAT")))), context)).Length);
    }

    [Fact]
    public async Task Field_operations_combine_with_and_and_or()
    {
        var (index, context) = await FirstAsync();
        var where = Obj(
            ("kind", Obj(("eq", "GRID_ELECTRICITY"))),
            ("geography", Obj(("startsWith", "CN-GRID-")))
            , ("referenceYear", Obj(("gte", 2022m), ("lte", 2022m)))
            , ("or", new object?[] { Obj(("geography", Obj(("eq", "CN-GRID-E")))), Obj(("geography", Obj(("in", new object?[] { "CN-GRID-S" })))) }));
        var codes = Codes(index, FactorFilter.Compile(where, context));
        Assert.Equal(["ELEC.GRID.CN-GRID-E.CO2.2022", "ELEC.GRID.CN-GRID-S.CO2.2022"], codes);
    }

    [Fact]
    public async Task String_operations_are_ordinal_and_negations_hold()
    {
        var (index, context) = await FirstAsync();
        var contains = Codes(index, FactorFilter.Compile(Obj(("nameEn", Obj(("contains", "aluminium")))), context));
        Assert.Contains("MAT.AL-PRIMARY.GLO.CO2E.2021", contains);
        Assert.Empty(Codes(index, FactorFilter.Compile(Obj(("nameEn", Obj(("contains", "ALUMINIUM")))), context)));
        var notContains = Codes(index, FactorFilter.Compile(Obj(("nameEn", Obj(("ncontains", "aluminium")))), context));
        Assert.Equal(index.ActiveFactors.Count, contains.Length + notContains.Length);
    }

    [Fact]
    public async Task Gas_coverage_boundary_grade_unit_dimension_and_provider_filter()
    {
        var (index, context) = await FirstAsync();
        var where = Obj(
            ("gasCoverage", Obj(("eq", "CO2E"))),
            ("systemBoundary", Obj(("eq", "LIFE_CYCLE"))),
            ("grade", Obj(("lte", 2))),
            ("unitDimension", Obj(("eq", "ENERGY"))),
            ("provider", Obj(("eq", "FH-CURATION"))));
        var codes = Codes(index, FactorFilter.Compile(where, context));
        Assert.Contains("ELEC.LCA.CN.CO2E.2023", codes);
        Assert.All(codes, c => Assert.StartsWith("ELEC.LCA.", c));
        var masses = Codes(index, FactorFilter.Compile(Obj(("unitDimension", Obj(("in", new object?[] { "MASS" })))), context));
        Assert.All(masses, c => Assert.Equal(FactorHub.Catalog.UnitDimension.Mass, index.FindByCode(c)!.Unit.Dimension));
    }

    [Fact]
    public async Task Value_filters_treat_hidden_values_as_missing()
    {
        var (index, anonymous) = await FirstAsync();
        // MAT.CATHODE-NCM (registered, 20) and MAT.ELECTROLYTE (compute_only, 5) are demo factors with hidden values.
        var where = Obj(("value", Obj(("gte", 5m), ("lte", 20m))), ("provider", Obj(("eq", "FH-DEMO"))));
        var anonymousCodes = Codes(index, FactorFilter.Compile(where, anonymous));
        Assert.DoesNotContain("MAT.CATHODE-NCM.CN.DEMO.CO2E.2024", anonymousCodes);
        Assert.DoesNotContain("MAT.ELECTROLYTE.CN.DEMO.CO2E.2024", anonymousCodes);
        Assert.Contains("MAT.CATHODE-LFP.CN.DEMO.CO2E.2024", anonymousCodes);

        var signedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "engine")], "test"));
        var signedInCodes = Codes(index, FactorFilter.Compile(where, new FactorFilter.FilterContext(index, Access, signedIn)));
        Assert.Contains("MAT.CATHODE-NCM.CN.DEMO.CO2E.2024", signedInCodes);
        Assert.DoesNotContain("MAT.ELECTROLYTE.CN.DEMO.CO2E.2024", signedInCodes);
    }

    [Fact]
    public async Task Malformed_filters_name_the_path()
    {
        var (_, context) = await FirstAsync();
        var unknownField = Assert.Throws<CatalogException>(() => FactorFilter.Compile(Obj(("colour", Obj(("eq", "red")))), context));
        Assert.Equal(CatalogErrorCodes.BadUserInput, unknownField.Code);
        Assert.StartsWith("where.colour: unknown filter field 'colour'.", unknownField.Message);

        var badOp = Assert.Throws<CatalogException>(() => FactorFilter.Compile(
            Obj(("and", new object?[] { Obj(("kind", Obj(("gt", "MATERIAL")))) })), context));
        Assert.Equal("where.and[0].kind.gt: 'gt' is not an operation of this field; allowed: eq, neq, in, nin.", badOp.Message);

        var badEnum = Assert.Throws<CatalogException>(() => FactorFilter.Compile(Obj(("kind", Obj(("eq", "PLUTONIUM")))), context));
        Assert.StartsWith("where.kind.eq: 'PLUTONIUM' is not a valid FactorKind; expected one of: MATERIAL, ENERGY_CARRIER", badEnum.Message);

        var badYear = Assert.Throws<CatalogException>(() => FactorFilter.Compile(Obj(("referenceYear", Obj(("gte", 2021.5m)))), context));
        Assert.Equal("where.referenceYear.gte: expected an integer.", badYear.Message);

        var unknownCategory = Assert.Throws<CatalogException>(() => FactorFilter.Compile(Obj(("category", Obj(("eq", "MAT.NOPE")))), context));
        Assert.Equal(CatalogErrorCodes.UnknownCategory, unknownCategory.Code);
    }

    [Fact]
    public async Task Order_sorts_by_keys_in_turn_then_code_with_hidden_values_last()
    {
        var (index, context) = await FirstAsync();
        var grid = index.ActiveFactors.Where(f => f.SeriesCode.StartsWith("ELEC.GRID.CN-GRID-", StringComparison.Ordinal));
        var ordered = FactorOrder.Apply(grid, [Obj(("referenceYear", "DESC")), Obj(("value", "ASC"))], context);
        Assert.Equal("ELEC.GRID.CN-GRID-SW.CO2.2023", ordered[0].Code);
        Assert.Equal(2021, ordered[^1].ReferenceYear);
        Assert.True(ordered.Zip(ordered.Skip(1)).All(p => p.First.ReferenceYear > p.Second.ReferenceYear
            || (p.First.ReferenceYear == p.Second.ReferenceYear && p.First.Version.Value <= p.Second.Version.Value)));

        var demo = index.ActiveFactors.Where(f => f.Provider.Code == "FH-DEMO");
        var byValue = FactorOrder.Apply(demo, [Obj(("value", "DESC"))], context);
        Assert.All(byValue.TakeLast(4), f => Assert.NotEqual(FactorHub.Factors.AccessLevel.Public, f.Version.AccessLevel));
        var bad = Assert.Throws<CatalogException>(() => FactorOrder.Apply(demo, [Obj(("value", "UP"))], context));
        Assert.Equal("order[0].value: expected ASC or DESC, not 'UP'.", bad.Message);
    }
}
