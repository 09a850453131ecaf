namespace FactorHub.GraphQL.Execution;

/// <summary>
/// Decides whether the caller may resolve a field whose definition carries "authorize" metadata
/// (<c>GraphQLField.Metadata["authorize"]</c>: a policy name or a list of names, all required). The
/// executor calls it before the field's resolver; a denial becomes a field error with the result's code
/// (UNAUTHENTICATED or FORBIDDEN) and the field's null propagates as for any field error. Register one
/// implementation in DI. With none registered, such fields are denied (fail closed).
/// </summary>
public interface IFieldAuthorizer
{
    ValueTask<FieldAuthorizationResult> AuthorizeAsync(IResolveFieldContext context, IReadOnlyList<string> policies);
}

/// <summary>The outcome of <see cref="IFieldAuthorizer.AuthorizeAsync"/>.</summary>
public readonly record struct FieldAuthorizationResult(bool Succeeded, string? Code, string? Message)
{
    public static FieldAuthorizationResult Success => new(true, null, null);

    /// <summary>The caller is not signed in (code UNAUTHENTICATED).</summary>
    public static FieldAuthorizationResult Unauthenticated(string? message = null) =>
        new(false, Error.ErrorCodes.Unauthenticated, message);

    /// <summary>The caller is signed in but lacks the policy (code FORBIDDEN).</summary>
    public static FieldAuthorizationResult Forbidden(string? message = null) =>
        new(false, Error.ErrorCodes.Forbidden, message);
}
