using FactorHub.GraphQL.Execution;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// Produces the value of one field for one source object (§6.4.2 ResolveFieldValue).
/// Resolvers that finish synchronously return a completed <see cref="ValueTask{TResult}"/>,
/// so the common case allocates nothing.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);

/// <summary>
/// Produces the source stream of a subscription root field (§6.2.3.1 CreateSourceEventStream).
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolveFieldContext context);

/// <summary>
/// Determines the concrete object type name of a value of an abstract type (§6.4.3 ResolveAbstractType).
/// Returning null lets the executor fall back to its default resolution.
/// </summary>
public delegate string? TypeResolver(object value, IResolveFieldContext context);

/// <summary>Decides whether a value belongs to an object type (graphql-js isTypeOf).</summary>
public delegate bool IsTypeOfPredicate(object value, IResolveFieldContext context);
