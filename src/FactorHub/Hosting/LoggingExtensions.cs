using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace FactorHub.Hosting;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog as the only logging provider: levels and overrides from the <c>Serilog</c> configuration
    /// section, console output as text, or as JSON lines when <c>Logging:Format</c> is <c>json</c>.
    /// </summary>
    /// <returns>
    /// A logger factory over the same Serilog logger for what runs before the host exists and after it is disposed
    /// (the private PostgreSQL cluster logs its shutdown). Disposing it flushes and closes the logger.
    /// </returns>
    public static ILoggerFactory AddFactorHubLogging(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var loggerConfiguration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            // Every command at Information would log each webhook-queue poll (once a second) and every query's SQL.
            .MinimumLevel.Override("Npgsql.Command", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext();

        loggerConfiguration = string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase)
            ? loggerConfiguration.WriteTo.Console(new JsonFormatter(renderMessage: true))
            : loggerConfiguration.WriteTo.Console(
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {SourceContext}: {Message:lj}{NewLine}{Exception}");

        var logger = loggerConfiguration.CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: false);
        return new SerilogLoggerFactory(logger, dispose: true);
    }
}

public static class UrlExtensions
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>Listens on 127.0.0.1:5000 unless <c>ASPNETCORE_URLS</c>, <c>--urls</c> or <c>ASPNETCORE_HTTP_PORTS</c> say otherwise.</summary>
    public static WebApplicationBuilder UseFactorHubDefaultUrls(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"])
            && string.IsNullOrEmpty(builder.Configuration["http_ports"])
            && string.IsNullOrEmpty(builder.Configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        return builder;
    }
}
