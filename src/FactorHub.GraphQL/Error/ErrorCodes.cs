namespace FactorHub.GraphQL.Error;

/// <summary>
/// The documented values of <c>errors[].extensions.code</c>. Clients branch on these codes, never on
/// message texts, so a value here is part of the public API: add codes, never rename them.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The HTTP request itself is malformed (bad JSON, missing or non-string <c>query</c>, …).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The document does not parse (GraphQL spec §2, a <c>GraphQLSyntaxError</c>).</summary>
    public const string GraphQLParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document fails a validation rule (GraphQL spec §5).</summary>
    public const string GraphQLValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The requested operation cannot be selected (unknown or missing <c>operationName</c>, §6.1).</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>A variable or argument value cannot be coerced to its type (§6.1.2, §6.4.1), or a resolver rejected input.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The caller is not signed in but the field requires it.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller is signed in but not allowed to read the field.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The requested entity does not exist (or is not visible to the caller).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>A <c>node(id:)</c> / <c>ID</c> argument is not a well-formed global ID (see <c>Relay.GlobalId</c>).</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>A connection cursor (<c>after</c>/<c>before</c>) is not one this server issued.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>The operation's estimated cost exceeds the caller's limit (<c>ICostLimitProvider</c>).</summary>
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";

    /// <summary>The operation nests deeper than allowed.</summary>
    public const string DepthLimitExceeded = "DEPTH_LIMIT_EXCEEDED";

    /// <summary><c>first</c>/<c>last</c> exceeds the connection's maximum page size, or both are given, or one is negative.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";

    /// <summary>A persisted-query hash is not known to the server.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Persisted queries are not supported by this endpoint.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The request body exceeds the configured maximum size.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The operation type is not allowed over this transport (a mutation over GET).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>A resolver failed unexpectedly; details are masked unless the server exposes them (Development).</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
