using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Tests.Conformance;
using FactorHub.GraphQL.Validation;

namespace FactorHub.GraphQL.Benchmarks;

/// <summary>
/// Parse + validate + execute of representative documents over in-memory data: the engine's
/// per-request work without HTTP and JSON writing. js/bench.mjs measures graphql-js on the same
/// SDL, resolver table (resolvers.json), data (bench-data.json) and documents (documents/).
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private ZooSchema _zoo = null!;
    private string _source = "";
    private string? _operationName;
    private IReadOnlyDictionary<string, object?>? _variables;

    /// <summary>The document file name (without .graphql) in documents/.</summary>
    [Params("small", "introspection", "large", "variables")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        var bench = Path.Combine(root, "bench", "FactorHub.GraphQL.Benchmarks");
        _zoo = ZooSchema.Load(Path.Combine(root, "tests", "FactorHub.GraphQL.Tests", "Conformance"), Path.Combine(bench, "bench-data.json"));
        _source = File.ReadAllText(Path.Combine(bench, "documents", Document + ".graphql"));
        var sidecar = Path.Combine(bench, "documents", Document + ".request.json");
        if (File.Exists(sidecar))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(sidecar));
            _operationName = json.RootElement.TryGetProperty("operationName", out var name) ? name.GetString() : null;
            _variables = json.RootElement.TryGetProperty("variables", out var variables) ? Http.JsonValues.ToDictionary(variables) : null;
        }
        var check = ParseValidateExecute().AsTask().GetAwaiter().GetResult();
        if (check.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"benchmark document {Document} raised: {errors[0].Message}");
        }
    }

    [Benchmark]
    public async ValueTask<ExecutionResult> ParseValidateExecute()
    {
        var document = Parser.Parse(_source);
        var errors = Validator.Validate(_zoo.Schema, document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(errors[0].Message);
        }
        return await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = _zoo.Schema,
            Document = document,
            OperationName = _operationName,
            VariableValues = _variables,
            RootValue = _zoo.RootValue,
        });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactorHub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("FactorHub.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A short run (2 shared cores): 1 launch, 3 warm-up and 15 measured iterations; medians reported.</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).WithId("short"));
            AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        }
    }
}
