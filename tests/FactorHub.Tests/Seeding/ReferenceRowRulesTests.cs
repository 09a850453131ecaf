using FactorHub.Seeding;

namespace FactorHub.Tests.Seeding;

/// <summary>Per-row rules of the reference files, checked before anything is written (no database needed).</summary>
public sealed class ReferenceRowRulesTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "factorhub-reference-" + Guid.NewGuid().ToString("N"));

    public ReferenceRowRulesTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Reject<T>(SeedTable<T> table, string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        var file = SeedCsvFile.Read(path, name, table.RequiredColumns, table.OptionalColumns);
        return Assert.Throws<SeedDataException>(() => table.Validate(file, new SeedCatalogue())).Message;
    }

    private const string UnitsHeader = "code,dimension,symbol,name_zh,name_en,to_base_numerator,to_base_denominator,is_base,source\n";

    [Fact]
    public void UnitConversionIsAFractionInLowestTerms()
    {
        Assert.Equal(
            "units.csv, line 3, column 'to_base_denominator': 36/10 is not in lowest terms",
            Reject(new UnitsSeedTable(), "units.csv", UnitsHeader + "MJ,energy,MJ,兆焦,megajoule,1,1,true,SI\nkWh,energy,kWh,千瓦时,kilowatt-hour,36,10,false,SI\n"));
    }

    [Fact]
    public void EachDimensionHasExactlyOneBaseUnit()
    {
        Assert.Equal(
            "units.csv, line 3, column 'is_base': dimension 'mass' already has a base unit on line 2",
            Reject(new UnitsSeedTable(), "units.csv", UnitsHeader + "kg,mass,kg,千克,kilogram,1,1,true,SI\ng,mass,g,克,gram,1,1,true,SI\n"));
        Assert.Equal(
            "units.csv, line 2, column 'dimension': dimension 'energy' has no base unit (is_base = true) in this file",
            Reject(new UnitsSeedTable(), "units.csv", UnitsHeader + "kWh,energy,kWh,千瓦时,kilowatt-hour,18,5,false,SI\n"));
    }

    [Fact]
    public void CategoryParentIsTheCodeWithoutItsLastSegmentDefinedEarlier()
    {
        const string header = "code,parent_code,name_zh,name_en\n";
        Assert.Equal(
            "categories.csv, line 3, column 'parent_code': the parent of 'MAT.CATHODE.LFP' must be 'MAT.CATHODE' (codes are dotted paths)",
            Reject(new CategoriesSeedTable(), "categories.csv", header + "MAT,,材料,Materials\nMAT.CATHODE.LFP,MAT,磷酸铁锂,LFP\n"));
        Assert.Equal(
            "categories.csv, line 2, column 'parent_code': category 'MAT' is not defined on an earlier line",
            Reject(new CategoriesSeedTable(), "categories.csv", header + "MAT.CATHODE,MAT,正极,Cathode\nMAT,,材料,Materials\n"));
    }

    [Fact]
    public void ChineseProvinceNeedsAGridRegionOrTwoParts()
    {
        const string start = "code,kind,parent_code,grid_region_code,name_zh,name_en\nGLO,global,,,全球,Global\nCN,country,GLO,,中国,China\n" +
                             "CN-GRID-N,grid_region,CN,,华北,North\n";
        Assert.Equal(
            "geographies.csv, line 5, column 'grid_region_code': province 'CN-NM' has no grid region: name one, or add one province_part per grid it spans (found 1)",
            Reject(new GeographiesSeedTable(), "geographies.csv", start + "CN-NM,province,CN,,内蒙古,Inner Mongolia\nCN-NM-W,province_part,CN-NM,CN-GRID-N,蒙西,West\n"));
        Assert.Equal(
            "geographies.csv, line 5, column 'grid_region_code': 'CN' is a country, not a grid_region",
            Reject(new GeographiesSeedTable(), "geographies.csv", start + "CN-BJ,province,CN,CN,北京,Beijing\n"));
        Assert.Equal(
            "geographies.csv, line 5, column 'grid_region_code': only provinces and province parts map to a grid region, not a country",
            Reject(new GeographiesSeedTable(), "geographies.csv", start + "JP,country,GLO,CN-GRID-N,日本,Japan\n"));
    }

    [Fact]
    public void OrganisationKindIsOneOfTheSchemaValues()
    {
        Assert.Equal(
            "organisations.csv, line 2, column 'kind': 'company' is not allowed; expected one of: research_institute, industry_association, " +
            "university, enterprise, verification_body, battery_maker, government_agency, database_operator",
            Reject(new OrganisationsSeedTable(), "organisations.csv", "code,kind,name_zh,name_en\nACME,company,示例,Acme\n"));
    }
}
