namespace FactorHub.GraphQL.Http;

/// <summary>
/// The request parameters of GraphQL-over-HTTP §"Request Parameters": <c>query</c> (required),
/// <c>operationName</c>, <c>variables</c> and <c>extensions</c> (each optional; null = absent).
/// Variable values are plain CLR values (see <see cref="JsonValues"/>).
/// </summary>
public sealed record GraphQLRequest(
    string Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);
