namespace FactorHub.GraphQL.Types;

/// <summary>An interface or union type: resolved to an object type at runtime (§6.4.3 ResolveAbstractType).</summary>
public interface IGraphQLAbstractType
{
    /// <summary>The type name.</summary>
    string Name { get; }

    /// <summary>
    /// Returns the name of the object type of a value, or null to fall back to the default
    /// ("__typename" key of a dictionary, the CLR type bound with BindType, then IsTypeOf).
    /// </summary>
    TypeResolver? ResolveType { get; set; }
}
