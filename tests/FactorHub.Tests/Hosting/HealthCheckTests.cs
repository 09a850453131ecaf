using System.Net;
using FactorHub.Tests.Infrastructure;

namespace FactorHub.Tests.Hosting;

public sealed class HealthCheckTests
{
    [Fact]
    public async Task ReadyWhenEveryMigrationIsApplied()
    {
        await using var database = await TestDatabase.CreateAsync(TestTemplate.Migrated);
        await using var factory = new FactorHubWebApplicationFactory(database);
        using var client = factory.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var migrationFiles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "migrations"), "*.sql").Length;
        Assert.Contains($"\"description\":\"{migrationFiles} migrations applied\"", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NotReadyWhileMigrationsArePendingButStillLive()
    {
        await using var database = await TestDatabase.CreateAsync(TestTemplate.Empty);
        await using var factory = new FactorHubWebApplicationFactory(database);
        using var client = factory.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("migrations pending", await ready.Content.ReadAsStringAsync());
    }
}
