namespace FactorHub.Hosting;

/// <summary>The command FactorHub was started with (see <see cref="Parse"/> for the grammar).</summary>
public sealed record FactorHubCommand(string Name, IReadOnlyDictionary<string, string> Options)
{
    public const string Usage = """
        FactorHub — background emission-factor database for power-battery carbon footprints.

        Usage: FactorHub [command] [options]

        Commands:
          serve                      Start the service (default). Without ConnectionStrings:FactorHub, starts a
                                     private PostgreSQL cluster, migrates, loads seed data, then serves.
          migrate                    Apply pending SQL migrations from migrations/ and exit.
          seed                       Migrate, load seed-data/ (idempotent), publish snapshot 2026.00 if none, and exit.
          publish --label L          Publish a snapshot with label L (YYYY.NN) now, and exit.
          users create --role R --email E --organisation CODE
                                     Create an account with role R (Administrator, Curator, Expert, Provider,
                                     Consumer, Verifier) in the organisation with code CODE, and exit. The password
                                     is read from FACTORHUB_NEW_PASSWORD, else from standard input (one line);
                                     there is no default password.
          tokens create --email E --name N --scopes S1,S2 [--days D]
                                     Create an API token for the account E (scopes: factors:read, factors:submit,
                                     citations:report, reviews:write, webhooks:manage, admin), print it once on
                                     standard output, and exit. Default lifetime 90 days.
          --help                     Show this text.

        Configuration keys (appsettings.json, environment with __ for :, or --Key=value):
          ConnectionStrings:FactorHub        application role connection string (no private cluster when set)
          ConnectionStrings:FactorHubOwner   owner role connection string, used by the migrator
          ASPNETCORE_URLS                    listen addresses (default http://127.0.0.1:5000)
          Logging:Format                     'json' for JSON log lines
        """;

    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "serve", "migrate", "seed", "publish", "users", "tokens", "help",
    };

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    /// <summary>The options as <c>--key=value</c> arguments for the configuration system (so <c>--urls=…</c> or <c>--ConnectionStrings:FactorHub=…</c> work).</summary>
    public string[] ConfigurationArgs => [.. Options.Select(option => $"--{option.Key}={option.Value}")];

    /// <summary>
    /// Parses <c>[command [subcommand]] [--name value | --name=value]…</c>. Options that hold configuration
    /// (<c>--Key=value</c> with a colon or known ASP.NET names) are left to the configuration system.
    /// </summary>
    public static FactorHubCommand Parse(IReadOnlyList<string> args)
    {
        var name = "serve";
        var index = 0;
        if (args.Count > 0 && !args[0].StartsWith('-'))
        {
            name = args[0];
            index = 1;
            // Commands with subcommands: "users create", "tokens create".
            if (name is "users" or "tokens" && args.Count > 1 && !args[1].StartsWith('-'))
            {
                name += " " + args[1];
                index = 2;
            }
        }
        else if (args.Count > 0 && args[0] is "--help" or "-h" or "help")
        {
            return new FactorHubCommand("help", new Dictionary<string, string>());
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (; index < args.Count; index++)
        {
            var arg = args[index];
            if (arg is "--help" or "-h")
            {
                return new FactorHubCommand("help", options);
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{arg}'. Run with --help for usage.");
            }
            var body = arg[2..];
            var equals = body.IndexOf('=');
            if (equals >= 0)
            {
                options[body[..equals]] = body[(equals + 1)..];
            }
            else if (index + 1 < args.Count && !args[index + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options[body] = args[++index];
            }
            else
            {
                options[body] = "true";
            }
        }

        var root = name.Split(' ')[0];
        if (!Known.Contains(root))
        {
            throw new ArgumentException($"Unknown command '{name}'. Run with --help for usage.");
        }
        return new FactorHubCommand(name, options);
    }
}
