namespace FactorHub.GraphQL.Language.Ast;

/// <summary>§2.3 OperationType: query, mutation or subscription.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,
    /// <summary>A write followed by a fetch.</summary>
    Mutation,
    /// <summary>A long-lived request that fetches data in response to events.</summary>
    Subscription,
}

/// <summary>Keyword conversions for <see cref="OperationType"/>.</summary>
public static class OperationTypeExtensions
{
    /// <summary>The grammar keyword: "query", "mutation" or "subscription".</summary>
    public static string ToKeyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };
}
