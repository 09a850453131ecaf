using FactorHub.Database;
using FactorHub.Factors;
using FactorHub.GraphQL;
using FactorHub.Hosting;
using FactorHub.Snapshots;
using FactorHub.Identity;

FactorHubCommand command;
try
{
    command = FactorHubCommand.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    return 64; // EX_USAGE
}
if (command.Name == "help")
{
    Console.WriteLine(FactorHubCommand.Usage);
    return 0;
}

var builder = WebApplication.CreateBuilder(command.ConfigurationArgs);
builder.UseFactorHubDefaultUrls();
using var bootstrapLoggerFactory = builder.AddFactorHubLogging();
await using var database = await builder.AddFactorHubDatabaseAsync(bootstrapLoggerFactory);
builder.AddFactorHubData();
builder.AddFactorHubHealthChecks();
builder.AddFactorHubGraphQL();
builder.AddFactorCatalogue();
builder.AddFactorHubSnapshots();
builder.AddFactorHubIdentity();

var app = builder.Build();
app.UseFactorHubIdentity();
app.MapFactorHubHealthChecks();
app.MapFactorHubGraphQL();
app.MapFactorHubSnapshots();

return await app.RunFactorHubCommandAsync(command);

/// <summary>Entry point; public so that integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
