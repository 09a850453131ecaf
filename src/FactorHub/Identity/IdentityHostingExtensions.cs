using FactorHub.Data;
using FactorHub.GraphQL.Http;
using FactorHub.Snapshots;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactorHub.Identity;

public static class IdentityHostingExtensions
{
    /// <summary>The default authentication scheme: API token when the request carries a Bearer header, else the portal's cookie.</summary>
    public const string Scheme = "FactorHub";

    /// <summary>The portal's session cookie.</summary>
    public const string SessionCookieName = "factorhub.session";

    /// <summary>
    /// Accounts (ASP.NET Core Identity on <see cref="FactorHubDbContext"/>), API-token and cookie authentication,
    /// the GraphQL field authorizer and per-caller cost limits, rate limits, the audit log and Identity's part of the
    /// schema. Configuration: <c>Identity:Tokens</c>, <c>Identity:CostLimits</c>, <c>RateLimiting</c>.
    /// </summary>
    public static IHostApplicationBuilder AddFactorHubIdentity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingletonTimeProvider();
        services.AddHttpContextAccessor();
        services.Configure<ApiTokenOptions>(builder.Configuration.GetSection("Identity:Tokens"));
        services.Configure<CostLimitOptions>(builder.Configuration.GetSection("Identity:CostLimits"));
        var rateLimits = builder.Configuration.GetSection("RateLimiting").Get<RateLimitOptions>() ?? new RateLimitOptions();

        services.AddIdentity<FactorHubUser, FactorHubRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<FactorHubDbContext>()
            .AddClaimsPrincipalFactory<FactorHubPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = SessionCookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // Machine clients get status codes, not redirects to a sign-in page.
            options.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
        });
        services.AddAuthentication(options =>
            {
                // AddIdentity made its cookie the default for authenticate and challenge; one default scheme (the
                // CallerSchemeHandler below) decides instead, and tests can swap it by setting DefaultScheme alone.
                options.DefaultScheme = Scheme;
                options.DefaultAuthenticateScheme = null;
                options.DefaultChallengeScheme = null;
                options.DefaultForbidScheme = null;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        // The default scheme: API token when the request carries a Bearer header, else the session cookie.
        services.Configure<AuthenticationOptions>(options => options.AddScheme<CallerSchemeHandler>(Scheme, "API token or session cookie"));
        services.AddTransient<CallerSchemeHandler>();
        services.AddAuthorization();
        services.AddRateLimiter(options => RateLimiting.Configure(options, rateLimits));

        services.AddSingleton<ComputeOnlyAccessRecorder>();
        services.Replace(ServiceDescriptor.Singleton<ISnapshotAccessPolicy, FactorHubSnapshotAccessPolicy>());
        services.AddScoped<AuditLog>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<AccountService>();
        services.AddGraphQL()
            .AddSchemaContributor<IdentitySchemaContributor>()
            // Both read only the request's user (and options): singletons, so a request creates neither.
            .AddFieldAuthorizer<FactorHubFieldAuthorizer>(ServiceLifetime.Singleton)
            .AddCostLimitProvider<CallerCostLimitProvider>(ServiceLifetime.Singleton);
        return builder;
    }

    /// <summary>
    /// Authentication, rate limiting (a request with a dead API token is counted against its address and then answered
    /// 401 at once rather than served as anonymous) and authorization. Call before mapping endpoints.
    /// </summary>
    public static WebApplication UseFactorHubIdentity(this WebApplication app)
    {
        app.UseAuthentication();
        // After authentication, so that a token's own budget needs a token that authenticated (see RateLimiting), and
        // before the dead-token 401 below, so that requests with made-up tokens are counted against their address.
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            if (ApiTokenAuthenticationHandler.BearerToken(context.Request) is not null && !context.User.IsSignedIn())
            {
                await context.ChallengeAsync(ApiTokenAuthenticationHandler.SchemeName);
                return;
            }
            await next(context);
        });
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            await next(context);
            if (ComputeOnlyAccessRecorder.Recorded(context) is { } versions)
            {
                var audit = context.RequestServices.GetRequiredService<AuditLog>();
                await audit.RecordAsync(AuditEvents.ComputeOnlyAccess, context.User.Identity?.Name, "factor_versions", null,
                    new { versions, path = context.Request.Path.Value }, CancellationToken.None);
            }
        });
        return app;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
