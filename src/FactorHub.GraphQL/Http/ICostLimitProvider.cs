using Microsoft.AspNetCore.Http;

namespace FactorHub.GraphQL.Http;

/// <summary>
/// The maximum operation cost allowed for the caller of one request (e.g. by API token tier). The
/// endpoint computes the operation's cost (the validation cost rule's estimate, with the request's
/// variables) and refuses costlier operations with code COST_LIMIT_EXCEEDED before executing them.
/// </summary>
public interface ICostLimitProvider
{
    /// <summary>The caller's limit, or null for <see cref="GraphQLServerOptions.DefaultMaxCost"/>.</summary>
    ValueTask<long?> GetMaxCostAsync(HttpContext context);
}
