using FactorHub.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactorHub.Tests.Infrastructure;

public sealed class FactorHubWebApplicationFactoryTests : DatabaseTest
{
    [Fact]
    public async Task TheServiceIsPointedAtTheTestDatabase()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        using var client = factory.CreateClient();

        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        Assert.Equal(Database.AppConnectionString, configuration.GetConnectionString(DatabaseConnections.ApplicationName));
        Assert.Equal(Database.OwnerConnectionString, configuration.GetConnectionString(DatabaseConnections.OwnerName));
    }
}
