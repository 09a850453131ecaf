using FactorHub.GraphQL.Execution;

namespace FactorHub.Identity;

/// <summary>
/// FactorHub's <see cref="IFieldAuthorizer"/>: an anonymous caller of a protected field gets UNAUTHENTICATED, a
/// signed-in caller who lacks a policy gets FORBIDDEN naming what is missing (never the data).
/// </summary>
public sealed class FactorHubFieldAuthorizer : IFieldAuthorizer
{
    public ValueTask<FieldAuthorizationResult> AuthorizeAsync(IResolveFieldContext context, IReadOnlyList<string> policies)
    {
        var user = context.User;
        if (!user.IsSignedIn())
        {
            return new(FieldAuthorizationResult.Unauthenticated($"Sign in (or send an API token) to use {context.ParentType.Name}.{context.FieldDefinition.Name}."));
        }
        foreach (var policy in policies)
        {
            if (!Policies.IsSatisfied(policy, user))
            {
                return new(FieldAuthorizationResult.Forbidden(Describe(policy, context)));
            }
        }
        return new(FieldAuthorizationResult.Success);
    }

    private static string Describe(string policy, IResolveFieldContext context)
    {
        var field = $"{context.ParentType.Name}.{context.FieldDefinition.Name}";
        if (policy.StartsWith("role:", StringComparison.Ordinal))
        {
            return $"{field} needs the role {policy["role:".Length..].Replace("|", " or ", StringComparison.Ordinal)}.";
        }
        if (policy.StartsWith("scope:", StringComparison.Ordinal))
        {
            return $"{field} needs an API token with the scope '{policy["scope:".Length..]}'.";
        }
        return $"{field} is not available to this caller.";
    }
}
