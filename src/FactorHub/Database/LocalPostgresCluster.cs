using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Database;

/// <summary>The three login roles of a local cluster.</summary>
public enum ClusterRole
{
    /// <summary>The bootstrap superuser <c>postgres</c>: creates roles, databases and extensions; never used by the service.</summary>
    Superuser,

    /// <summary><c>factorhub_owner</c>: owns the schema; used by the migrator and the seed loader.</summary>
    Owner,

    /// <summary><c>factorhub_app</c>: the service's role; owns nothing, holds only what the migrations grant.</summary>
    Application,
}

/// <summary>
/// A private PostgreSQL cluster that FactorHub runs for itself when no connection string is configured:
/// initialised on first start (initdb, scram-sha-256 authentication, UTF-8), reused on later starts,
/// listening on 127.0.0.1 only on a free port, with the database <c>factorhub</c> owned by
/// <c>factorhub_owner</c> and the login role <c>factorhub_app</c>. When this process is root the server
/// runs as the <c>postgres</c> OS user, because initdb and postgres refuse root.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    public const string SuperuserName = "postgres";
    public const string OwnerRoleName = "factorhub_owner";
    public const string ApplicationRoleName = "factorhub_app";

    internal const string ConfigFileName = "factorhub.conf";
    internal const string OwnerFileName = "factorhub-owner.pid";
    internal const string ServerLogFileName = "server.log";

    // A Unix socket path must fit sockaddr_un.sun_path (108 bytes with the terminating NUL).
    private const int MaxSocketPathLength = 107;
    private const int StartAttempts = 3;

    private readonly LocalClusterOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ClusterProcess? _tools;
    private ClusterCredentials? _credentials;
    private bool _ownsServer;
    private bool _processExitHooked;

    public LocalPostgresCluster(LocalClusterOptions options, ILogger<LocalPostgresCluster>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        DataDirectory = Path.GetFullPath(options.DataDirectory).TrimEnd(Path.DirectorySeparatorChar);
        ParentDirectory = Path.GetDirectoryName(DataDirectory)
            ?? throw new ArgumentException("The data directory cannot be a file system root.", nameof(options));
    }

    /// <summary>The cluster's data directory (PGDATA).</summary>
    public string DataDirectory { get; }

    /// <summary>Holds the data directory, the socket directory and the start lock.</summary>
    public string ParentDirectory { get; }

    /// <summary>The TCP port on 127.0.0.1, valid while <see cref="IsRunning"/>.</summary>
    public int Port { get; private set; }

    /// <summary>True between a successful start and the stop.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>
    /// True when this instance started the server (or adopted one orphaned by a process that died),
    /// and therefore stops it; false when it attached to a server another live process started.
    /// </summary>
    public bool OwnsServer => _ownsServer;

    /// <summary>The database FactorHub uses.</summary>
    public string DatabaseName => _options.DatabaseName;

    internal string SocketDirectory => Path.Combine(ParentDirectory, Path.GetFileName(DataDirectory) + "-socket");

    private string CredentialsPath => Path.Combine(DataDirectory, ClusterCredentials.FileName);

    /// <summary>
    /// Initialises the cluster if needed, starts its server (or attaches to one already running on this data directory),
    /// and makes sure the roles, the database and the extensions exist. Cancelling stops a server this call started.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsRunning)
            {
                return;
            }
            var binDirectory = PostgresBinaries.Locate(_options.BinDirectory);
            _tools = new ClusterProcess(binDirectory, runAsServerUser: Environment.IsPrivilegedProcess);
            await PrepareParentDirectoryAsync(cancellationToken).ConfigureAwait(false);

            using (await AcquireStartLockAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
                {
                    await InitializeAsync(binDirectory, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    CheckVersion(binDirectory);
                }
                _credentials = ClusterCredentials.Read(CredentialsPath);

                if (!TryAttachToRunningServer())
                {
                    await StartServerAsync(cancellationToken).ConfigureAwait(false);
                }
                IsRunning = true;
                HookProcessExit();
                try
                {
                    await BootstrapAsync(cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    await StopCoreAsync(CancellationToken.None).ConfigureAwait(false);
                    throw;
                }
            }
            _logger.LogInformation(
                "Local PostgreSQL cluster {DataDirectory} is listening on 127.0.0.1:{Port} (database {Database})",
                DataDirectory, Port, _options.DatabaseName);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the server (pg_ctl stop -m fast) if this instance owns it. Safe to call more than once.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StopCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _gate.Dispose();
    }

    /// <summary>A connection string for one of the cluster's roles; the database defaults to FactorHub's.</summary>
    public string GetConnectionString(ClusterRole role, string? database = null)
    {
        if (!IsRunning || _credentials is null)
        {
            throw new InvalidOperationException("The local PostgreSQL cluster is not running.");
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = Port,
            Database = database ?? _options.DatabaseName,
            Username = role switch
            {
                ClusterRole.Superuser => SuperuserName,
                ClusterRole.Owner => OwnerRoleName,
                _ => ApplicationRoleName,
            },
            Password = role switch
            {
                ClusterRole.Superuser => _credentials.SuperuserPassword,
                ClusterRole.Owner => _credentials.OwnerPassword,
                _ => _credentials.ApplicationPassword,
            },
            ApplicationName = "factorhub",
        };
        return builder.ConnectionString;
    }

    private async Task PrepareParentDirectoryAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(ParentDirectory);
        if (!_tools!.RunAsServerUser)
        {
            return;
        }
        // The server's OS user must be able to traverse into the parent; this process created it, so open it for traversal.
        var mode = File.GetUnixFileMode(ParentDirectory);
        var traversable = mode | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if (mode != traversable)
        {
            File.SetUnixFileMode(ParentDirectory, traversable);
        }
        var probe = await ClusterProcess.RunAsync("test", ["-x", ParentDirectory], asServerUser: true, "/", cancellationToken)
            .ConfigureAwait(false);
        if (probe.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL server runs as the OS user '{ClusterProcess.ServerOsUser}', which cannot reach '{ParentDirectory}' " +
                "(a directory above it is closed to other users). Choose a data directory it can reach " +
                "(Database:LocalCluster:DataDirectory) or configure ConnectionStrings:FactorHub.");
        }
    }

    // Two FactorHub processes on one checkout must not initdb or start the same cluster at once.
    // .NET takes an flock on Unix for FileShare.None, released by the kernel if this process dies.
    private async Task<FileStream> AcquireStartLockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(ParentDirectory, Path.GetFileName(DataDirectory) + ".lock");
        var announced = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                if (!announced)
                {
                    _logger.LogInformation("Waiting for another process that is starting the local PostgreSQL cluster {DataDirectory}", DataDirectory);
                    announced = true;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task InitializeAsync(string binDirectory, CancellationToken cancellationToken)
    {
        if (Directory.Exists(DataDirectory))
        {
            if (Directory.EnumerateFileSystemEntries(DataDirectory).Any())
            {
                throw new InvalidOperationException(
                    $"'{DataDirectory}' exists but is not a PostgreSQL data directory (it has no PG_VERSION). " +
                    "Move it away so that FactorHub can initialise a new cluster there.");
            }
            Directory.Delete(DataDirectory);
        }

        // initdb into a staging directory and rename it when complete (credentials included), so an interrupted
        // initialisation never leaves a cluster whose passwords are unknown.
        var staging = DataDirectory + ".initializing";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
        Directory.CreateDirectory(staging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = Path.Combine(ParentDirectory, $".{Path.GetFileName(DataDirectory)}-initdb-{Guid.NewGuid():N}");
        var credentials = ClusterCredentials.Generate();
        try
        {
            await File.WriteAllTextAsync(passwordFile, credentials.SuperuserPassword + "\n", cancellationToken).ConfigureAwait(false);
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            if (_tools!.RunAsServerUser)
            {
                await ClusterProcess.ChownToServerUserAsync(staging, cancellationToken).ConfigureAwait(false);
                await ClusterProcess.ChownToServerUserAsync(passwordFile, cancellationToken).ConfigureAwait(false);
            }
            _logger.LogInformation("Initialising a new PostgreSQL cluster in {DataDirectory} with {BinDirectory}", DataDirectory, binDirectory);
            List<string> arguments =
            [
                "--pgdata", staging,
                "--username", SuperuserName,
                "--pwfile", passwordFile,
                // Password authentication for every connection, also on localhost: other local users cannot get in
                // through the TCP port, which trust authentication would allow.
                "--auth", "scram-sha-256",
                "--encoding", "UTF8",
                "--locale", "C.UTF-8",
            ];
            if (!_options.Durable)
            {
                arguments.Add("--no-sync");
            }
            var result = await _tools.RunToolAsync("initdb", arguments, ParentDirectory, cancellationToken).ConfigureAwait(false);
            result.EnsureSuccess("initdb");
        }
        finally
        {
            File.Delete(passwordFile);
        }

        await File.AppendAllTextAsync(
            Path.Combine(staging, "postgresql.conf"),
            $"\n# Added by FactorHub: port, addresses and sockets are set at every start.\ninclude_if_exists = '{ConfigFileName}'\n",
            cancellationToken).ConfigureAwait(false);
        credentials.Write(Path.Combine(staging, ClusterCredentials.FileName));
        Directory.Move(staging, DataDirectory);
    }

    private void CheckVersion(string binDirectory)
    {
        var clusterVersion = File.ReadAllText(Path.Combine(DataDirectory, "PG_VERSION")).Trim();
        var binaryVersion = PostgresBinaries.MajorVersionOf(binDirectory);
        if (binaryVersion is not null && binaryVersion != clusterVersion)
        {
            throw new InvalidOperationException(
                $"The local cluster in '{DataDirectory}' was created by PostgreSQL {clusterVersion}, but the server binaries in " +
                $"'{binDirectory}' are version {binaryVersion}. Upgrade the cluster (pg_upgrade) or delete its data directory.");
        }
    }

    /// <summary>
    /// Uses a server already running on this data directory (FactorHub crashed, or another FactorHub process runs it),
    /// and removes a postmaster.pid left by a server that is gone, which postgres would otherwise refuse
    /// when its PID has been reused by an unrelated process.
    /// </summary>
    private bool TryAttachToRunningServer()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return false;
        }
        var lines = File.ReadAllLines(pidFile);
        if (lines.Length >= 4
            && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            && IsServerOfThisCluster(pid))
        {
            Port = port;
            var owner = ReadLiveOwner();
            _ownsServer = owner is null;
            if (_ownsServer)
            {
                WriteOwnerFile();
                _logger.LogWarning(
                    "Adopted the local PostgreSQL server (pid {Pid}) left running by a FactorHub process that has ended", pid);
            }
            else
            {
                _logger.LogInformation(
                    "Using the local PostgreSQL server (pid {Pid}) started by FactorHub process {OwnerPid}; it stays running when this process ends",
                    pid, owner);
            }
            return true;
        }
        _logger.LogWarning("Removing the stale postmaster.pid of a PostgreSQL server that is no longer running in {DataDirectory}", DataDirectory);
        File.Delete(pidFile);
        return false;
    }

    // The postmaster's working directory is its data directory; comparing it avoids trusting a reused PID.
    private bool IsServerOfThisCluster(int pid)
    {
        try
        {
            var cwd = new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget;
            if (cwd is not null)
            {
                return string.Equals(cwd.TrimEnd('/'), DataDirectory, StringComparison.Ordinal)
                    || string.Equals(cwd.TrimEnd('/'), ResolveRealPath(DataDirectory), StringComparison.Ordinal);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not our process to inspect: fall back to its name.
        }
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim() is "postgres" or "postmaster";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string ResolveRealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var current = "/";
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            var target = new DirectoryInfo(current).ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null)
            {
                current = target.FullName;
            }
        }
        return current.TrimEnd('/');
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var socketDirectory = SocketDirectory;
        var socketFits = (socketDirectory + "/.s.PGSQL.65535").Length <= MaxSocketPathLength;
        if (socketFits)
        {
            Directory.CreateDirectory(socketDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            if (_tools!.RunAsServerUser)
            {
                await ClusterProcess.ChownToServerUserAsync(socketDirectory, cancellationToken).ConfigureAwait(false);
            }
        }
        var logPath = Path.Combine(DataDirectory, ServerLogFileName);
        for (var attempt = 1; ; attempt++)
        {
            var port = FindFreePort();
            WriteServerConfig(port, socketFits ? socketDirectory : null);
            var logStart = File.Exists(logPath) ? new FileInfo(logPath).Length : 0;
            ProcessResult result;
            try
            {
                result = await _tools!.RunToolAsync(
                    "pg_ctl",
                    ["start", "--pgdata", DataDirectory, "--log", logPath, "--wait", "--timeout", "120", "--silent"],
                    ParentDirectory,
                    cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // pg_ctl was killed, but the server it launched may be coming up: stop it.
                await RunStopAsync(CancellationToken.None).ConfigureAwait(false);
                throw;
            }
            if (result.ExitCode == 0)
            {
                Port = port;
                _ownsServer = true;
                WriteOwnerFile();
                return;
            }
            var serverLog = ReadLogFrom(logPath, logStart);
            // The port was free a moment ago, but another process may have taken it since: try another one.
            if (attempt < StartAttempts && serverLog.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            throw new InvalidOperationException(
                $"Could not start the local PostgreSQL cluster in '{DataDirectory}' (pg_ctl exit code {result.ExitCode}). " +
                $"{result.StandardError.Trim()} Server log: {serverLog.Trim()}");
        }
    }

    private void WriteServerConfig(int port, string? socketDirectory)
    {
        var config = new StringBuilder()
            .AppendLine("# Written by FactorHub at every start of its local cluster; edits are overwritten.")
            .AppendLine("listen_addresses = '127.0.0.1'")
            .AppendLine(CultureInfo.InvariantCulture, $"port = {port}")
            .AppendLine(CultureInfo.InvariantCulture, $"unix_socket_directories = '{EscapeConfigValue(socketDirectory ?? "")}'")
            .AppendLine("unix_socket_permissions = 0700")
            .AppendLine(CultureInfo.InvariantCulture, $"max_connections = {_options.MaxConnections}")
            .AppendLine("password_encryption = 'scram-sha-256'");
        if (!_options.Durable)
        {
            config.AppendLine("fsync = off")
                .AppendLine("synchronous_commit = off")
                .AppendLine("full_page_writes = off");
        }
        // Readable by the server's OS user; holds no secrets.
        var path = Path.Combine(DataDirectory, ConfigFileName);
        File.WriteAllText(path, config.ToString());
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    private static string EscapeConfigValue(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    private static int FindFreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static string ReadLogFrom(string path, long offset)
    {
        if (!File.Exists(path))
        {
            return "";
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        // Only the end is useful in an error message.
        return text.Length > 2000 ? text[^2000..] : text;
    }

    /// <summary>
    /// Creates, or brings up to date, the two FactorHub roles, the database and the extensions, as the superuser.
    /// Runs at every start so that a bootstrap interrupted earlier is completed.
    /// </summary>
    private async Task BootstrapAsync(CancellationToken cancellationToken)
    {
        var credentials = _credentials!;
        await using (var connection = await OpenSuperuserConnectionAsync("postgres", cancellationToken).ConfigureAwait(false))
        {
            await EnsureRoleAsync(connection, OwnerRoleName, credentials.OwnerPassword, cancellationToken).ConfigureAwait(false);
            await EnsureRoleAsync(connection, ApplicationRoleName, credentials.ApplicationPassword, cancellationToken).ConfigureAwait(false);

            var missing = new List<string>();
            foreach (var extension in _options.Extensions)
            {
                await using var check = new NpgsqlCommand("SELECT 1 FROM pg_available_extensions WHERE name = $1", connection);
                check.Parameters.AddWithValue(extension);
                if (await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
                {
                    missing.Add(extension);
                }
            }
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The PostgreSQL server in '{DataDirectory}' lacks the extension(s) {string.Join(", ", missing)}; " +
                    "install the server's contrib modules (Debian: postgresql-contrib).");
            }
        }

        // Extensions in template1 are inherited by every database created later (the FactorHub database, test databases).
        await CreateExtensionsAsync("template1", cancellationToken).ConfigureAwait(false);

        await using (var connection = await OpenSuperuserConnectionAsync("postgres", cancellationToken).ConfigureAwait(false))
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
            exists.Parameters.AddWithValue(_options.DatabaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                await ExecuteAsync(
                    connection,
                    $"CREATE DATABASE {QuoteIdentifier(_options.DatabaseName)} OWNER {OwnerRoleName}",
                    cancellationToken).ConfigureAwait(false);
                _logger.LogInformation("Created database {Database} owned by {Owner}", _options.DatabaseName, OwnerRoleName);
            }
        }
        // For a database created before an extension was added to the list.
        await CreateExtensionsAsync(_options.DatabaseName, cancellationToken).ConfigureAwait(false);
    }

    private async Task CreateExtensionsAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = await OpenSuperuserConnectionAsync(database, cancellationToken).ConfigureAwait(false);
        foreach (var extension in _options.Extensions)
        {
            await ExecuteAsync(connection, $"CREATE EXTENSION IF NOT EXISTS {QuoteIdentifier(extension)}", cancellationToken)
                .ConfigureAwait(false);
        }
    }

    // Unpooled: an idle pooled connection to template1 would make every later CREATE DATABASE fail.
    private async Task<NpgsqlConnection> OpenSuperuserConnectionAsync(string database, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(GetConnectionString(ClusterRole.Superuser, database)) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // The role statements below carry passwords: keep any failing statement out of the server log.
            await ExecuteAsync(connection, "SET log_min_error_statement = panic", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection connection, string role, string password, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = $1", connection);
        exists.Parameters.AddWithValue(role);
        var verb = await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null ? "CREATE" : "ALTER";
        // Neither role may create roles or databases or bypass row security; the owner owns only what it creates.
        await ExecuteAsync(
            connection,
            $"{verb} ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '{password.Replace("'", "''", StringComparison.Ordinal)}'",
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        if (!IsRunning)
        {
            return;
        }
        IsRunning = false;
        UnhookProcessExit();
        if (!_ownsServer)
        {
            _logger.LogInformation("Leaving the local PostgreSQL server in {DataDirectory} running for the FactorHub process that started it", DataDirectory);
            return;
        }
        await RunStopAsync(cancellationToken).ConfigureAwait(false);
        _ownsServer = false;
        _logger.LogInformation("Stopped the local PostgreSQL cluster {DataDirectory}", DataDirectory);
    }

    private async Task RunStopAsync(CancellationToken cancellationToken)
    {
        var result = await _tools!.RunToolAsync(
            "pg_ctl",
            ["stop", "--pgdata", DataDirectory, "--mode", "fast", "--wait", "--timeout", "120", "--silent"],
            ParentDirectory,
            cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0 && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            result.EnsureSuccess("pg_ctl stop");
        }
        File.Delete(Path.Combine(DataDirectory, OwnerFileName));
    }

    // The owner file names the process that started the server, with its start time so that a reused PID is not mistaken for it.
    private void WriteOwnerFile()
    {
        var self = Environment.ProcessId;
        File.WriteAllText(Path.Combine(DataDirectory, OwnerFileName), $"{self} {ProcessStartTime(self)}\n");
    }

    /// <summary>The PID of the live process that started the running server, or null when that process has ended.</summary>
    private int? ReadLiveOwner()
    {
        var path = Path.Combine(DataDirectory, OwnerFileName);
        if (!File.Exists(path))
        {
            return null;
        }
        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return null;
        }
        return ProcessStartTime(pid) == parts[1] ? pid : null;
    }

    private static string? ProcessStartTime(int pid)
    {
        try
        {
            // Field 22 of /proc/PID/stat, counted after the parenthesised command name, which may contain spaces.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Length > 19 ? fields[19] : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // A safety net for exits that skip the host's graceful shutdown (SIGTERM before the host runs, Environment.Exit).
    private void HookProcessExit()
    {
        if (!_processExitHooked)
        {
            AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
            _processExitHooked = true;
        }
    }

    private void UnhookProcessExit()
    {
        if (_processExitHooked)
        {
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
            _processExitHooked = false;
        }
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        if (IsRunning && _ownsServer)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                StopCoreAsync(timeout.Token).GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or IOException)
            {
                Debug.WriteLine($"Stopping the local PostgreSQL cluster at process exit failed: {ex.Message}");
            }
        }
    }
}
