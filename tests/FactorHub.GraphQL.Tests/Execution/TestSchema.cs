using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Tests.Execution;

/// <summary>Small helpers to build schemas in code and run documents, printing results as JSON.</summary>
internal static class TestSchema
{
    public static GraphQLObjectType Object(string name, params GraphQLField[] fields)
    {
        var type = new GraphQLObjectType(name);
        foreach (var field in fields) type.AddField(field);
        return type;
    }

    public static GraphQLField Field(string name, IGraphQLType type, FieldResolver? resolve = null, params GraphQLArgument[] args)
    {
        var field = new GraphQLField(name, type, resolve);
        foreach (var arg in args) field.AddArgument(arg);
        return field;
    }

    public static GraphQLField Field(string name, IGraphQLType type, Func<IResolveFieldContext, object?> resolve, params GraphQLArgument[] args) =>
        Field(name, type, ctx => new ValueTask<object?>(resolve(ctx)), args);

    public static GraphQLArgument Arg(string name, IGraphQLType type, object? defaultValue = null, bool hasDefault = false)
    {
        var arg = new GraphQLArgument(name, type);
        if (hasDefault) arg.DefaultValue = defaultValue;
        return arg;
    }

    public static GraphQLNonNull NonNull(IGraphQLType type) => new(type);

    public static GraphQLList List(IGraphQLType type) => new(type);

    public static async Task<ExecutionResult> ExecuteAsync(GraphQLSchema schema, string query,
        IReadOnlyDictionary<string, object?>? variables = null, object? root = null, string? operationName = null,
        ExecutionOptions? options = null, CancellationToken cancellationToken = default, IFieldAuthorizer? authorizer = null,
        FactorHub.GraphQL.DataLoader.DataLoaderScheduler? scheduler = null)
    {
        var request = new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            VariableValues = variables,
            RootValue = root,
            OperationName = operationName,
            CancellationToken = cancellationToken,
            FieldAuthorizer = authorizer,
            DataLoaderScheduler = scheduler,
        };
        return await Executor.ExecuteAsync(request, options);
    }

    public static async Task<string> RunAsync(GraphQLSchema schema, string query,
        IReadOnlyDictionary<string, object?>? variables = null, object? root = null, string? operationName = null, ExecutionOptions? options = null) =>
        ExecutionResultJsonWriter.ToJson(await ExecuteAsync(schema, query, variables, root, operationName, options));

    /// <summary>
    /// Normalises a JSON literal written with single-quoted strings for readability (a double quote inside
    /// a single-quoted string is literal text).
    /// </summary>
    public static string Json(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is null)
            {
                if (c is '\'' or '"') { quote = c; builder.Append('"'); }
                else builder.Append(c);
                continue;
            }
            if (c == '\\') { builder.Append(c).Append(text[++i]); continue; }
            if (c == quote) { quote = null; builder.Append('"'); continue; }
            builder.Append(c == '"' ? "\\\"" : c.ToString());
        }
        return System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(builder.ToString()).RootElement,
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
