using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Execution;

namespace FactorHub.GraphQL.Relay;

/// <summary>
/// The Relay pagination arguments <c>first/after/last/before</c> of one connection field.
/// <see cref="Validate"/> enforces the rules every FactorHub connection shares: non-negative sizes,
/// not both <c>first</c> and <c>last</c>, and a page no larger than the field's maximum.
/// </summary>
public readonly record struct ConnectionArguments(int? First, string? After, int? Last, string? Before)
{
    /// <summary>Reads the four arguments from a resolver context (absent and null both mean "not given").</summary>
    public static ConnectionArguments From(IResolveFieldContext context) => new(
        ReadInt(context, "first"), context.GetArgument<string>("after"),
        ReadInt(context, "last"), context.GetArgument<string>("before"));

    private static int? ReadInt(IResolveFieldContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is not null ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// Throws a GraphQLError with code <see cref="ErrorCodes.PageSizeExceeded"/> when the arguments
    /// are out of bounds; returns the effective page size (<paramref name="defaultPageSize"/> when
    /// neither <c>first</c> nor <c>last</c> is given).
    /// </summary>
    public int Validate(int maxPageSize, int defaultPageSize)
    {
        if (First is not null && Last is not null)
            throw PageSize("Passing both \"first\" and \"last\" to paginate a connection is not supported.");
        if (First < 0) throw PageSize("The \"first\" argument must be a non-negative integer.");
        if (Last < 0) throw PageSize("The \"last\" argument must be a non-negative integer.");
        var size = First ?? Last ?? defaultPageSize;
        if (size > maxPageSize)
            throw PageSize($"Requesting {size} records on a connection exceeds the maximum page size of {maxPageSize}.");
        return size;
    }

    private static GraphQLError PageSize(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.PageSizeExceeded });
}
