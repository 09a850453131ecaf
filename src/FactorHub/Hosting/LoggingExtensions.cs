using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace FactorHub.Hosting;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog as the only logging provider: levels and overrides from the <c>Serilog</c> configuration
    /// section, console output as text, or as JSON lines when <c>Logging:Format</c> is <c>json</c>.
    /// </summary>
    public static WebApplicationBuilder AddFactorHubLogging(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var loggerConfiguration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext();

        loggerConfiguration = string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase)
            ? loggerConfiguration.WriteTo.Console(new JsonFormatter(renderMessage: true))
            : loggerConfiguration.WriteTo.Console(
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {SourceContext}: {Message:lj}{NewLine}{Exception}");

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(loggerConfiguration.CreateLogger(), dispose: true);
        return builder;
    }
}
