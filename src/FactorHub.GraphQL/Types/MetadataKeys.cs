namespace FactorHub.GraphQL.Types;

/// <summary>Well-known keys of <see cref="GraphQLField.Metadata"/> shared by the builder, the executor and the rules.</summary>
public static class MetadataKeys
{
    /// <summary>Authorization policy name (string) or names (IReadOnlyList&lt;string&gt;) checked by IFieldAuthorizer.</summary>
    public const string Authorize = "authorize";

    /// <summary>Static cost of the field (int) read by the cost limit rule.</summary>
    public const string Cost = "cost";
}
