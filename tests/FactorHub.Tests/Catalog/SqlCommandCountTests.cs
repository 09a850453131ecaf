using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using FactorHub.Tests.Infrastructure;

namespace FactorHub.Tests.Catalog;

/// <summary>
/// No N+1: a page of 100 factors with versions, categories and providers costs the same (small) number of SQL
/// commands as a page of 10 — counted at the driver (Npgsql's ActivitySource), through HTTP, from a cold start.
/// </summary>
[Collection(CatalogueCollection.Name)]
public sealed class SqlCommandCountTests(CatalogueDatabase db)
{
    private const string Query = """
        query($first: Int) { factors(first: $first) {
          totalCount
          nodes { code category { code parent { code } } provider { code nameEn } geography { code }
                  version { value grade { level } } versions { versionNumber value } series { code } } } }
        """;

    private async Task<(int Commands, int Nodes)> CountColdAsync(int first)
    {
        // A fresh application: no snapshot index loaded and "latest" not yet known, so both are part of what is counted.
        await using var factory = new FactorHubWebApplicationFactory(db.Database);
        using var client = factory.CreateClient();
        var commands = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                // Other test classes run in parallel on their own databases: count only ours, and only commands
                // (a physical connection opening is traced too, but it is no SQL command).
                if (activity.GetTagItem("db.namespace") as string == db.Database.Name && activity.GetTagItem("db.query.text") is string sql)
                {
                    commands.Add(sql);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var result = await CatalogueGraphQL.PostAsync(client, Query, new { first });
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        return (commands.Count, result.GetProperty("data").GetProperty("factors").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_hundred_factors_cost_as_many_sql_commands_as_ten_and_at_most_five()
    {
        var ten = await CountColdAsync(10);
        var hundred = await CountColdAsync(100);
        Assert.Equal(10, ten.Nodes);
        Assert.Equal(100, hundred.Nodes);
        Assert.InRange(ten.Commands, 1, 5);
        Assert.Equal(ten.Commands, hundred.Commands);
    }
}
