using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactorHub.Benchmarks.Http;

/// <summary>
/// One run: starts FactorHub (the real binary, production pipeline, own PostgreSQL cluster seeded with snapshot
/// 2026.00) pinned to one core, drives <c>factor(code:)</c> and a 100-request <c>resolveFactors</c> with wrk pinned to
/// the other core, stops it, then does the same against <see cref="MinimalServer"/> serving FactorHub's own responses
/// from memory, and prints requests/s, p50 and p99 for both and their ratio.
/// Options: --factorhub PATH (FactorHub.dll, default the Release build), --connections 32, --duration 10s,
/// --warmup 30s, --server-core 0, --wrk-core 1.
/// </summary>
public static partial class Orchestrator
{
    private const string FactorHubUrl = "http://127.0.0.1:5181";
    private const string MinimalUrl = "http://127.0.0.1:5182";

    public const string FactorQuery = """
        query Factor($code: String!) { factor(code: $code, snapshot: "2026.00") { code nameZh nameEn unit { code } version { value gasCoverage systemBoundary grade { level } } snapshot { label } } }
        """;

    public const string ResolveQuery = """
        query Resolve($requests: [FactorRequestInput!]!) { resolveFactors(requests: $requests, snapshot: "2026.00") { results { key value unit { code } factor { code } trail { kind } error { code } } } }
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        var factorBody = JsonSerializer.Serialize(new { query = FactorQuery, variables = new { code = "ELEC.GRID.CN-GRID-E.CO2.2023" } });
        var resolveBody = JsonSerializer.Serialize(new { query = ResolveQuery, variables = new { requests = ResolveRequests() } });
        var work = Directory.CreateTempSubdirectory("factorhub-http-bench-");
        try
        {
            var factorScript = WriteScript(work.FullName, "factor.lua", factorBody);
            var resolveScript = WriteScript(work.FullName, "resolve.lua", resolveBody);

            Console.WriteLine($"Starting FactorHub ({options.FactorHubDll}) on core {options.ServerCore} …");
            Dictionary<string, string> responses;
            Result graphQLFactor, graphQLResolve;
            using (var server = Start(options.ServerCore, "dotnet", [options.FactorHubDll, "serve", $"--urls={FactorHubUrl}"], Path.GetDirectoryName(options.FactorHubDll)!,
                       new()
                       {
                           ["ASPNETCORE_ENVIRONMENT"] = "Production",
                           ["Logging__LogLevel__Default"] = "Warning",
                           // The limiter stays in the pipeline (its cost is measured) but must not trip: warm-up and run
                           // together send more than the default 600,000 requests a minute from one address.
                           ["RateLimiting__PermitsPerAddress"] = "1000000000",
                       }))
            {
                await WaitReadyAsync(FactorHubUrl + "/health/ready", server, TimeSpan.FromMinutes(3));
                var factorResponse = await PostAsync(FactorHubUrl, factorBody);
                var resolveResponse = await PostAsync(FactorHubUrl, resolveBody);
                responses = new() { ["ELEC.GRID.CN-GRID-E.CO2.2023"] = factorResponse, [JsonDocument.Parse(resolveBody).RootElement.GetRawText()] = resolveResponse };
                Console.WriteLine($"factor response: {factorResponse.Length} bytes; resolveFactors response: {resolveResponse.Length} bytes");
                graphQLFactor = await WrkAsync(options, FactorHubUrl, factorScript, "GraphQL factor(code:)");
                graphQLResolve = await WrkAsync(options, FactorHubUrl, resolveScript, "GraphQL resolveFactors ×100");
                await StopAsync(server);
            }

            var responsesFile = Path.Combine(work.FullName, "responses.json");
            await File.WriteAllTextAsync(responsesFile, JsonSerializer.Serialize(responses));
            Console.WriteLine($"Starting the minimal endpoint on core {options.ServerCore} …");
            Result minimalFactor, minimalResolve;
            using (var minimal = Start(options.ServerCore, "dotnet", [typeof(Orchestrator).Assembly.Location, "minimal", MinimalUrl, responsesFile], AppContext.BaseDirectory, []))
            {
                await WaitReadyAsync(MinimalUrl + "/health/live", minimal, TimeSpan.FromMinutes(1));
                if (await PostAsync(MinimalUrl, factorBody) != responses["ELEC.GRID.CN-GRID-E.CO2.2023"])
                {
                    throw new InvalidOperationException("The minimal endpoint does not return FactorHub's response.");
                }
                minimalFactor = await WrkAsync(options, MinimalUrl, factorScript, "minimal factor");
                minimalResolve = await WrkAsync(options, MinimalUrl, resolveScript, "minimal resolveFactors ×100");
                await StopAsync(minimal);
            }

            Console.WriteLine();
            Console.WriteLine($"wrk -t1 -c{options.Connections} -d{options.Duration} --latency; server on core {options.ServerCore}, wrk on core {options.WrkCore}; {Environment.ProcessorCount} cores visible");
            Console.WriteLine("| endpoint | requests/s | p50 | p99 | GraphQL / minimal throughput |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Row(graphQLFactor, minimalFactor);
            Row(minimalFactor, null);
            Row(graphQLResolve, minimalResolve);
            Row(minimalResolve, null);
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void Row(Result r, Result? baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {r.Name} | {r.RequestsPerSecond:F0} | {r.P50} | {r.P99} | {(baseline is null ? "" : $"{r.RequestsPerSecond / baseline.RequestsPerSecond:P0}")} |"));

    /// <summary>100 requests a calculation engine might send for one battery pack: grid electricity per site, materials, transport.</summary>
    private static object[] ResolveRequests()
    {
        string[] sites = ["CN-BJ", "CN-TJ", "CN-HE", "CN-SX", "CN-NM-W", "CN-NM-E", "CN-LN", "CN-JL", "CN-HL", "CN-SH", "CN-JS", "CN-ZJ", "CN-AH", "CN-FJ",
            "CN-JX", "CN-SD", "CN-HA", "CN-HB", "CN-HN", "CN-GD", "CN-GX", "CN-HI", "CN-CQ", "CN-SC", "CN-GZ", "CN-YN", "CN-XZ", "CN-SN", "CN-GS", "CN-QH",
            "CN-NX", "CN-XJ"];
        var requests = new List<object>();
        foreach (var site in sites)
        {
            requests.Add(new { key = $"grid-{site}", kind = "GRID_ELECTRICITY", geography = site, year = 2023, gasCoverage = "CO2", unit = "MWh" });
        }
        string[] codes = ["MAT.AL-PRIMARY.GLO.CO2E.2022", "MAT.LI2CO3.CN.BRINE.CO2E.2023", "MAT.LIOH-H2O.GLO.CO2E.2023", "ELEC.GRID.CN.CO2.2023",
            "TRANS.ROAD.HGV-AVG.GB.CO2E.2023", "TRANS.SEA.CONTAINER-DEEP.GLO.CO2E.2023"];
        string[] units = ["t", "kg", "t", "MJ", "kg.km", "t.km"];
        for (var i = 0; requests.Count < 84; i++)
        {
            requests.Add(new { key = $"code-{i}", code = codes[i % codes.Length], unit = units[i % units.Length] });
        }
        string[] categories = ["MAT.LITHIUM", "MAT.METAL.ALUMINIUM", "MAT.CATHODE", "TRANSPORT.ROAD"];
        for (var i = 0; requests.Count < 100; i++)
        {
            requests.Add(new { key = $"criteria-{i}", category = categories[i % categories.Length], geography = sites[i % sites.Length], year = 2024 });
        }
        return [.. requests];
    }

    private static string WriteScript(string directory, string name, string body)
    {
        var path = Path.Combine(directory, name);
        // Lua long brackets take the body verbatim (no escaping), as long as it holds no "]==]".
        File.WriteAllText(path, $"""
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Accept"] = "application/graphql-response+json"
            wrk.body = [==[{body}]==]
            """);
        return path;
    }

    private static async Task<Result> WrkAsync(Options options, string url, string script, string name)
    {
        // Warm-up at the same concurrency, then the measured run. With the server pinned to one saturated core the
        // background JIT competes with requests, so tiered compilation needs tens of seconds to reach steady state
        // (a 3 s warm-up measured mostly unoptimised code: FactorHub climbed from 16k to 46k requests/s over ~30 s).
        await RunProcessAsync("taskset", ["-c", options.WrkCore.ToString(CultureInfo.InvariantCulture), "wrk", "-t1", $"-c{options.Connections}", $"-d{options.Warmup}", "-s", script, url + "/graphql"]);
        var output = await RunProcessAsync("taskset", ["-c", options.WrkCore.ToString(CultureInfo.InvariantCulture), "wrk", "-t1", $"-c{options.Connections}",
            $"-d{options.Duration}", "--latency", "-s", script, url + "/graphql"]);
        Console.WriteLine($"--- {name}\n{output.Trim()}");
        if (output.Contains("Non-2xx", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{name}: wrk saw non-2xx responses.");
        }
        return new Result(name,
            double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50"), Percentile(output, "99"));
    }

    private static string Percentile(string output, string p) =>
        Regex.Match(output, $@"^\s*{p}(?:\.000)?%\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    private static Process Start(int core, string file, string[] arguments, string workingDirectory, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("taskset") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(core.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add(file);
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        // Drain output so the child never blocks on a full pipe; keep the tail for diagnostics.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Tail.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Tail.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> Tail = new();

    private static async Task StopAsync(Process process)
    {
        // SIGTERM through kill(1): the server shuts down gracefully (FactorHub also stops its PostgreSQL cluster).
        await RunProcessAsync("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
    }

    private static async Task WaitReadyAsync(string url, Process process, TimeSpan limit)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited ({process.ExitCode}):\n{string.Join('\n', Tail.TakeLast(30))}");
            }
            try
            {
                if ((await client.GetAsync(url)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"{url} not ready after {limit}:\n{string.Join('\n', Tail.TakeLast(30))}");
    }

    private static async Task<string> PostAsync(string baseUrl, string body)
    {
        using var client = new HttpClient();
        using var response = await client.PostAsync(baseUrl + "/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        }
        return text;
    }

    private static async Task<string> RunProcessAsync(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}");
        }
        return await stdout;
    }

    private sealed record Result(string Name, double RequestsPerSecond, string P50, string P99);

    private sealed record Options(string FactorHubDll, int Connections, string Duration, string Warmup, int ServerCore, int WrkCore)
    {
        public static Options Parse(string[] args)
        {
            string Get(string name, string fallback)
            {
                var i = Array.IndexOf(args, "--" + name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
            }
            var repo = FindRepository();
            return new Options(
                Path.GetFullPath(Get("factorhub", Path.Combine(repo, "src", "FactorHub", "bin", "Release", "net10.0", "FactorHub.dll"))),
                int.Parse(Get("connections", "32"), CultureInfo.InvariantCulture),
                Get("duration", "10s"),
                Get("warmup", "30s"),
                int.Parse(Get("server-core", "0"), CultureInfo.InvariantCulture),
                int.Parse(Get("wrk-core", "1"), CultureInfo.InvariantCulture));
        }

        private static string FindRepository()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FactorHub.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new DirectoryNotFoundException("FactorHub.sln not found above the benchmark's output directory.");
        }
    }
}
