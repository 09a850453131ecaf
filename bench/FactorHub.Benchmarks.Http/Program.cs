using FactorHub.Benchmarks.Http;

// Two roles in one executable: the orchestrator (default) and the minimal comparison server it starts.
if (args.Length > 0 && args[0] == "minimal")
{
    await MinimalServer.RunAsync(args[1..]);
    return 0;
}
return await Orchestrator.RunAsync(args);
