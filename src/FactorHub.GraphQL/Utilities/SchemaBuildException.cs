using System.Text;
using FactorHub.GraphQL.Error;

namespace FactorHub.GraphQL.Utilities;

/// <summary>
/// Thrown when SDL cannot be built into a valid schema or a binding names something the schema lacks.
/// The message lists every problem, each naming the type/field and, for SDL errors, the source name, line and column.
/// </summary>
public sealed class SchemaBuildException : Exception
{
    /// <summary>Creates the exception from all collected errors.</summary>
    public SchemaBuildException(IReadOnlyList<GraphQLError> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in discovery order.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<GraphQLError> errors)
    {
        var sb = new StringBuilder();
        sb.Append("The GraphQL schema is invalid (").Append(errors.Count).Append(errors.Count == 1 ? " error):" : " errors):");
        foreach (var error in errors)
        {
            sb.Append("\n- ").Append(error.Message);
            if (error.Locations is { Count: > 0 } locations)
            {
                sb.Append(" (").Append(error.Source?.Name ?? "SDL");
                foreach (var location in locations)
                {
                    sb.Append(' ').Append(location.Line).Append(':').Append(location.Column);
                }

                sb.Append(')');
            }
        }

        return sb.ToString();
    }
}
