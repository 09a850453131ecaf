using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// A directive definition (§3.13 Directives): where it may appear, its arguments, and whether it may repeat.
/// </summary>
public sealed class GraphQLDirective
{
    private readonly List<GraphQLArgument> _args = [];

    /// <summary>Creates a directive definition.</summary>
    public GraphQLDirective(
        string name,
        IEnumerable<DirectiveLocation> locations,
        string? description = null,
        bool isRepeatable = false,
        IEnumerable<GraphQLArgument>? args = null)
    {
        Name = NameValidation.AssertName(name);
        Locations = locations.ToArray();
        Description = description;
        IsRepeatable = isRepeatable;
        if (args is not null)
        {
            foreach (var arg in args)
            {
                AddArgument(arg);
            }
        }
    }

    /// <summary>The name without "@".</summary>
    public string Name { get; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>Locations in declaration order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>True when the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>Arguments in definition order.</summary>
    public IReadOnlyList<GraphQLArgument> Args => _args;

    /// <summary>
    /// Why this directive is deprecated, or null (graphql-js 16.15 experimental directive deprecation:
    /// <c>__Directive.isDeprecated</c>, <c>__Schema.directives(includeDeprecated:)</c>).
    /// </summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The definition this directive was built from, when built from SDL.</summary>
    public DirectiveDefinitionNode? AstNode { get; set; }

    /// <summary>Appends an argument; names must be unique.</summary>
    public GraphQLDirective AddArgument(GraphQLArgument argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (GetArgument(argument.Name) is not null)
        {
            throw new ArgumentException($"Directive \"@{Name}\" already has an argument named \"{argument.Name}\".", nameof(argument));
        }

        _args.Add(argument);
        return this;
    }

    /// <summary>Finds an argument by name.</summary>
    public GraphQLArgument? GetArgument(string name)
    {
        foreach (var arg in _args)
        {
            if (string.Equals(arg.Name, name, StringComparison.Ordinal))
            {
                return arg;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}
