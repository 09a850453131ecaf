using FactorHub.Factors;

namespace FactorHub.Tests.Catalog;

[Collection(CatalogueCollection.Name)]
public sealed class FactorSearchTests(CatalogueDatabase db)
{
    private async Task<IReadOnlyList<FactorSearchIndex.Match>> SearchAsync(string text)
    {
        var index = await db.Registry.GetAsync(CatalogueDatabase.First, default);
        return index.SearchIndex.Search(text, _ => true);
    }

    [Theory]
    [InlineData("aluminum")]
    [InlineData("aluminium")]
    public async Task Aluminum_and_aluminium_find_primary_aluminium(string text)
    {
        var matches = await SearchAsync(text);
        Assert.StartsWith("MAT.AL-PRIMARY.GLO.CO2E.", matches[0].Factor.Code);
        Assert.Contains(matches, m => m.Factor.Code == "MAT.AL-PRIMARY.GLO.CO2E.2022");
    }

    [Fact]
    public async Task Lithum_carbonate_with_a_typo_finds_lithium_carbonate_but_not_lithium_hydroxide()
    {
        var matches = await SearchAsync("lithum carbonate");
        Assert.NotEmpty(matches);
        Assert.All(matches.Take(4), m => Assert.StartsWith("MAT.LI2CO3.", m.Factor.Code));
        Assert.DoesNotContain(matches, m => m.Factor.Code.StartsWith("MAT.LIOH", StringComparison.Ordinal));
        Assert.All(matches, m => Assert.Equal(2, m.Tier));
    }

    [Fact]
    public async Task Huadong_finds_the_East_China_grid()
    {
        var matches = await SearchAsync("华东");
        Assert.Equal(["ELEC.GRID.CN-GRID-E.CO2.2021", "ELEC.GRID.CN-GRID-E.CO2.2022", "ELEC.GRID.CN-GRID-E.CO2.2023"],
            matches.Select(m => m.Factor.Code).Take(3));
        Assert.All(matches, m => Assert.Equal("CN-GRID-E", m.Factor.Geography.Code));
    }

    [Fact]
    public async Task Jiangsu_in_Chinese_finds_Jiangsu()
    {
        var matches = await SearchAsync("江苏");
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.Equal("CN-JS", m.Factor.Geography.Code));
    }

    [Fact]
    public async Task Ranking_is_exact_code_then_prefix_then_similarity()
    {
        var matches = await SearchAsync("elec.grid.cn-grid-e.co2.2022");
        Assert.Equal("ELEC.GRID.CN-GRID-E.CO2.2022", matches[0].Factor.Code);
        Assert.Equal(0, matches[0].Tier);

        var series = await SearchAsync("ELEC.GRID.CN-GRID-E.CO2");
        Assert.Equal(3, series.Count(m => m.Tier == 0));

        // "primary aluminium" is a prefix of a synonym; others only contain or resemble it.
        var ranked = await SearchAsync("primary alumin");
        Assert.Equal(1, ranked[0].Tier);
        Assert.True(ranked.Zip(ranked.Skip(1)).All(p => p.First.Tier < p.Second.Tier
            || (p.First.Tier == p.Second.Tier && p.First.Similarity >= p.Second.Similarity)));
    }

    [Fact]
    public async Task Unrelated_text_finds_nothing_and_filters_apply()
    {
        Assert.Empty(await SearchAsync("zeppelin"));
        Assert.Empty(await SearchAsync("   "));
        var index = await db.Registry.GetAsync(CatalogueDatabase.First, default);
        var only2022 = index.SearchIndex.Search("华东", f => f.ReferenceYear == 2022);
        Assert.Equal(["ELEC.GRID.CN-GRID-E.CO2.2022"], only2022.Select(m => m.Factor.Code));
    }

    [Fact]
    public void Trigrams_follow_pg_trgm_padding()
    {
        Assert.Equal(new HashSet<string> { "  c", " ca", "cat", "at " }, FactorSearchIndex.Trigrams("cat"));
    }
}
