using FactorHub.Seeding;

namespace FactorHub.Tests.Seeding;

public sealed class DeterministicGuidTests
{
    [Fact]
    public void MatchesTheVersion5UuidOfOtherImplementations()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), DeterministicGuid.Create(dns, "python.org"));
    }

    [Fact]
    public void SeedIdsDependOnlyOnTheName()
    {
        Assert.Equal(DeterministicGuid.Create("factor:ELEC.GRID.CN.CO2.2023"), DeterministicGuid.Create("factor:ELEC.GRID.CN.CO2.2023"));
        Assert.NotEqual(DeterministicGuid.Create("factor:ELEC.GRID.CN.CO2.2023"), DeterministicGuid.Create("factor:ELEC.GRID.CN.CO2.2022"));
        Assert.Equal(5, DeterministicGuid.Create("anything").Version);
    }
}
