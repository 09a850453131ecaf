using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/FactorHub.GraphQL.Benchmarks -- [BenchmarkDotNet arguments]
// With no arguments every benchmark runs with the short configuration in EngineBenchmarks.
BenchmarkSwitcher.FromAssembly(typeof(FactorHub.GraphQL.Benchmarks.EngineBenchmarks).Assembly)
    .Run(args.Length == 0 ? ["--filter", "*"] : args);
