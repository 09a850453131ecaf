using FactorHub.Data;
using FactorHub.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FactorHub.Hosting;

public static class DataExtensions
{
    /// <summary>
    /// Registers the application-role <see cref="NpgsqlDataSource"/> and the EF Core context on it.
    /// Call after <c>AddFactorHubDatabaseAsync</c>, which resolves the connection strings.
    /// </summary>
    public static WebApplicationBuilder AddFactorHubData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services =>
        {
            var connections = services.GetRequiredService<DatabaseConnections>();
            var dataSource = new NpgsqlDataSourceBuilder(connections.Application);
            dataSource.UseLoggerFactory(services.GetRequiredService<ILoggerFactory>());
            return dataSource.Build();
        });
        builder.Services.AddDbContext<FactorHubDbContext>((services, options) =>
            options.UseNpgsql(services.GetRequiredService<NpgsqlDataSource>())
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        return builder;
    }
}
