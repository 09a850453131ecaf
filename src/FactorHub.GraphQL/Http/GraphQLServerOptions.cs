using FactorHub.GraphQL.Language;

namespace FactorHub.GraphQL.Http;

/// <summary>Options of the GraphQL-over-HTTP endpoint (bound from DI; see <see cref="GraphQLServiceCollectionExtensions.AddGraphQL"/>).</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest accepted POST body in bytes; larger bodies get 413. Default 1 MiB.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>How many parsed and validated documents are kept (least recently used are evicted). 0 disables the cache.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>Parser limits (token count, nesting depth) applied to every request document.</summary>
    public ParserOptions ParserOptions { get; set; } = new() { MaxTokens = 15_000, MaxDepth = 128 };

    /// <summary>Validation stops after this many errors.</summary>
    public int MaxValidationErrors { get; set; } = 100;

    /// <summary>Deepest field nesting an operation may have (null = unlimited).</summary>
    public int? MaxDepth { get; set; } = 15;

    /// <summary>Cost limit for callers an <see cref="ICostLimitProvider"/> gives no limit for (null = unlimited).</summary>
    public long? DefaultMaxCost { get; set; }

    /// <summary>Show exception messages of unexpected resolver failures (Development only).</summary>
    public bool ExposeExceptionDetails { get; set; }

    /// <summary>Accept queries over GET (mutations are always refused over GET).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Serve the GraphiQL IDE to browsers (GET with Accept: text/html).</summary>
    public bool EnableGraphiQL { get; set; }
}
