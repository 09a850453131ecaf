using FactorHub.Seeding;

namespace FactorHub.Tests.Seeding;

/// <summary>The per-row rules of factor files, checked before anything is written (no database needed).</summary>
public sealed class FactorRowRulesTests : IDisposable
{
    private static readonly string[] Columns =
    [
        "code", "reference_year", "kind", "category_code", "geography_code", "unit_code", "provider_code", "name_zh", "name_en",
        "value", "gas_coverage", "gwp_set", "system_boundary", "source_type", "grade_level", "electricity_model",
        "dq_technological", "dq_geographical", "dq_temporal", "dq_precision", "uncertainty_lower", "uncertainty_upper",
        "uncertain", "note", "source",
    ];

    private static readonly Dictionary<string, string> Valid = new()
    {
        ["code"] = "MAT.AL-PRIMARY.GLO.CO2E.2022",
        ["reference_year"] = "2022",
        ["kind"] = "material",
        ["category_code"] = "MAT.METAL.ALUMINIUM",
        ["geography_code"] = "GLO",
        ["unit_code"] = "kg",
        ["provider_code"] = "FH-CURATION",
        ["name_zh"] = "原铝",
        ["name_en"] = "Primary aluminium",
        ["value"] = "15.1",
        ["gas_coverage"] = "co2e",
        ["system_boundary"] = "cradle_to_gate",
        ["source_type"] = "industry_average",
        ["grade_level"] = "2",
        ["source"] = "International Aluminium Institute",
    };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "factorhub-rules-" + Guid.NewGuid().ToString("N"));

    public FactorRowRulesTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static SeedCatalogue Catalogue()
    {
        var catalogue = new SeedCatalogue();
        catalogue.Organisations["FH-CURATION"] = Guid.NewGuid();
        catalogue.Organisations[FactorsSeedTable.DemoProviderCode] = Guid.NewGuid();
        catalogue.Categories.UnionWith(["MAT", "MAT.METAL", "MAT.METAL.ALUMINIUM", "ENERGY.ELECTRICITY.GRID"]);
        catalogue.Grades[1] = new GradeRule(1, new HashSet<string> { "measured" }, 2.0m, true);
        catalogue.Grades[2] = new GradeRule(2, new HashSet<string> { "measured", "industry_average", "official_statistic" }, 3.0m, false);
        catalogue.Grades[3] = new GradeRule(3, new HashSet<string> { "measured", "industry_average", "official_statistic", "literature", "modelled", "synthetic" }, null, false);
        catalogue.Units["kg"] = "mass";
        catalogue.Units["kWh"] = "energy";
        catalogue.Geographies["GLO"] = "global";
        catalogue.Geographies["CN"] = "country";
        return catalogue;
    }

    private IReadOnlyList<(SeedRow Row, FactorsSeedTable.SeedFactor Record)> Validate(params Dictionary<string, string>[] rows)
    {
        var lines = rows.Select(row => string.Join(",", Columns.Select(c => Quote(row.GetValueOrDefault(c, "")))));
        var path = Path.Combine(_directory, "factors-test.csv");
        File.WriteAllText(path, string.Join(",", Columns) + "\n" + string.Join("\n", lines) + "\n");
        var table = new FactorsSeedTable([]);
        var file = SeedCsvFile.Read(path, "factors-test.csv", table.RequiredColumns, table.OptionalColumns);
        return table.Validate(file, Catalogue());
    }

    private string Reject(Action<Dictionary<string, string>> change)
    {
        var row = new Dictionary<string, string>(Valid);
        change(row);
        return Assert.Throws<SeedDataException>(() => Validate(new Dictionary<string, string>(Valid) { ["code"] = "MAT.OK.GLO.CO2E.2022" }, row)).Message;
    }

    private static string Quote(string cell) => cell.Contains(',') || cell.Contains('"') ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    [Fact]
    public void ValidRowBecomesAFactorWithItsSeriesCodeAndDeterministicIds()
    {
        var (row, factor) = Validate(Valid).Single();

        Assert.Equal(2, row.Line);
        Assert.Equal(("MAT.AL-PRIMARY.GLO.CO2E", (short)2022, 15.1m, "public"), (factor.SeriesCode, factor.ReferenceYear, factor.Value, factor.AccessLevel));
        Assert.Equal(DeterministicGuid.Create("factor:MAT.AL-PRIMARY.GLO.CO2E.2022"), factor.Id);
        Assert.Equal(DeterministicGuid.Create("factor-version:MAT.AL-PRIMARY.GLO.CO2E.2022:1"), factor.VersionId);
        Assert.Null(factor.DqTechnological);
    }

    [Fact]
    public void CodeMustEndInTheReferenceYear()
    {
        Assert.Equal(
            "factors-test.csv, line 3, column 'code': the code must end in the reference year: 'MAT.AL-PRIMARY.GLO.CO2E.2022' does not end in '.2021'",
            Reject(r => r["reference_year"] = "2021"));
    }

    [Fact]
    public void ReferencesMustExist()
    {
        Assert.Equal(
            "factors-test.csv, line 3, column 'geography_code': geography 'CN-XX' does not exist (define it in its reference file first)",
            Reject(r => r["geography_code"] = "CN-XX"));
    }

    [Fact]
    public void UncertainFigureMustBeGradeThree()
    {
        Assert.Equal(
            "factors-test.csv, line 3, column 'grade_level': an uncertain figure may only be grade 3",
            Reject(r => (r["uncertain"], r["note"]) = ("true", "uncertain: secondary reproduction")));
    }

    [Fact]
    public void UncertainFigureMustSaySoInItsNote()
    {
        Assert.Equal(
            "factors-test.csv, line 3, column 'note': an uncertain figure must say 'uncertain' in its note",
            Reject(r => (r["uncertain"], r["grade_level"], r["note"]) = ("true", "3", "secondary reproduction")));
    }

    [Fact]
    public void NoteThatSaysUncertainNeedsTheFlag()
    {
        Assert.Equal(
            "factors-test.csv, line 3, column 'uncertain': the note calls the figure uncertain: set uncertain to true (grade 3), or reword the note",
            Reject(r => (r["grade_level"], r["note"]) = ("3", "year Uncertain")));
    }

    [Fact]
    public void SyntheticFactorsComeOnlyFromTheDemoProvider()
    {
        Assert.Equal(
            "factors-test.csv, line 3, column 'provider_code': synthetic factors may only be provided by FH-DEMO",
            Reject(r => (r["source_type"], r["grade_level"], r["note"]) = ("synthetic", "3", FactorsSeedTable.SyntheticNote)));
        Assert.Equal(
            "factors-test.csv, line 3, column 'source_type': FH-DEMO provides synthetic examples only: source_type must be synthetic",
            Reject(r => r["provider_code"] = FactorsSeedTable.DemoProviderCode));
        Assert.Equal(
            "factors-test.csv, line 3, column 'note': a synthetic factor's note must say \"synthetic example, not a real factor\"",
            Reject(r => (r["provider_code"], r["source_type"], r["grade_level"]) = (FactorsSeedTable.DemoProviderCode, "synthetic", "3")));
    }

    [Fact]
    public void GradeMustAllowTheSourceTypeAndTheDqr()
    {
        Assert.Equal(
            "factors-test.csv, line 3, column 'grade_level': grade 2 is not allowed for source type 'literature' (allowed: measured, industry_average, official_statistic)",
            Reject(r => r["source_type"] = "literature"));
        Assert.Equal(
            "factors-test.csv, line 3, column 'grade_level': the data-quality rating 3.25 exceeds grade 2's maximum 3.0",
            Reject(r => (r["dq_technological"], r["dq_geographical"], r["dq_temporal"], r["dq_precision"]) = ("3", "3", "3", "4")));
        Assert.Equal(
            "factors-test.csv, line 3, column 'grade_level': grade 1 requires third-party verification, which seed data cannot record; submit the factor instead",
            Reject(r => (r["source_type"], r["grade_level"]) = ("measured", "1")));
    }

    [Fact]
    public void ValuesMustFitTheColumnExactly()
    {
        Assert.Equal(
            "factors-test.csv, line 3, column 'value': '0.1234567890123' has more than 12 decimal places",
            Reject(r => r["value"] = "0.1234567890123"));
        Assert.Equal(
            "factors-test.csv, line 3, column 'value': '-1' is negative; the value must be zero or positive",
            Reject(r => r["value"] = "-1"));
        Assert.Equal(
            "factors-test.csv, line 3, column 'value': '1e3' is not a decimal number (write digits with '.' as the decimal point, no exponent or separators)",
            Reject(r => r["value"] = "1e3"));
    }

    [Fact]
    public void GwpSetBelongsToCo2eOnly()
    {
        Assert.Equal(
            "factors-test.csv, line 3, column 'gwp_set': a GWP set belongs to CO2e figures only; leave it empty for gas_coverage co2",
            Reject(r => (r["gas_coverage"], r["gwp_set"]) = ("co2", "AR6")));
    }

    [Fact]
    public void GridElectricityIsPerUnitOfEnergyAndStatesItsModel()
    {
        Assert.Equal(
            "factors-test.csv, line 3, column 'unit_code': a grid_electricity factor is declared per unit of energy, but this unit measures mass",
            Reject(r => (r["kind"], r["category_code"]) = ("grid_electricity", "ENERGY.ELECTRICITY.GRID")));
        Assert.Equal(
            "factors-test.csv, line 3, column 'electricity_model': a grid_electricity factor must state its electricity model",
            Reject(r => (r["kind"], r["category_code"], r["unit_code"]) = ("grid_electricity", "ENERGY.ELECTRICITY.GRID", "kWh")));
    }

    [Fact]
    public void UncertaintyBoundsMustEncloseTheValue()
    {
        Assert.Equal(
            "factors-test.csv, line 3, column 'value': 15.1 lies outside its uncertainty bounds 6.3..12.6",
            Reject(r => (r["uncertainty_lower"], r["uncertainty_upper"]) = ("6.3", "12.6")));
        Assert.Equal(
            "factors-test.csv, line 3, column 'uncertainty_upper': uncertainty bounds come in pairs: give both or neither",
            Reject(r => r["uncertainty_lower"] = "6.3"));
    }

    [Fact]
    public void CodeAppearsOnceAcrossTheFile()
    {
        var error = Assert.Throws<SeedDataException>(() => Validate(Valid, Valid));

        Assert.Equal("factors-test.csv, line 3, column 'code': 'MAT.AL-PRIMARY.GLO.CO2E.2022' is already defined on line 2", error.Message);
    }
}
