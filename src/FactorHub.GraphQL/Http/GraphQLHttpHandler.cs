using System.Buffers;
using System.IO.Pipelines;
using FactorHub.GraphQL.DataLoader;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Validation;
using FactorHub.GraphQL.Validation.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FactorHub.GraphQL.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint (GraphQL over HTTP specification, with the watershed rules):
/// <list type="bullet">
/// <item>POST with <c>Content-Type: application/json</c> (UTF-8; another charset gets 415), GET with
/// query parameters for queries only (a mutation over GET gets 405 with <c>Allow: POST</c>), any
/// other method 405;</item>
/// <item>response media type by <c>Accept</c>: <c>application/graphql-response+json</c> or
/// <c>application/json</c> (also for <c>*/*</c> or no Accept); nothing acceptable gets 406;</item>
/// <item>status: a malformed request (bad JSON, missing or non-string query, variables that are not an
/// object, …) gets 400; for <c>application/json</c> every well-formed request gets 200, even with
/// errors; for <c>application/graphql-response+json</c> a response without <c>data</c> (parse,
/// validation, operation selection, variable coercion or cost errors) gets 400, one with <c>data</c> 200.</item>
/// </list>
/// Documents are parsed and validated once per query text (<see cref="DocumentCache"/>).
/// </summary>
public sealed class GraphQLHttpHandler(GraphQLSchemaProvider schemaProvider, IOptions<GraphQLServerOptions> options, ILogger<GraphQLHttpHandler> logger)
{
    internal const string GraphQLResponseMediaType = "application/graphql-response+json";
    internal const string JsonMediaType = "application/json";
    private const string HtmlMediaType = "text/html";
    private const string GraphQLResponseContentType = GraphQLResponseMediaType + "; charset=utf-8";
    private const string JsonContentType = JsonMediaType + "; charset=utf-8";

    private readonly GraphQLServerOptions _options = options.Value;
    private readonly ExecutionOptions _executionOptions = new() { ExposeExceptionDetails = options.Value.ExposeExceptionDetails };

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        var isPost = HttpMethods.IsPost(request.Method);
        if (!isPost && !(isGet && _options.EnableGetRequests))
        {
            http.Response.Headers.Allow = _options.EnableGetRequests ? "GET, POST" : "POST";
            await WriteRequestErrorAsync(http, JsonMediaType, StatusCodes.Status405MethodNotAllowed,
                $"The HTTP method {request.Method} is not supported; use POST{(_options.EnableGetRequests ? " or GET" : "")}.", ErrorCodes.MethodNotAllowed);
            return;
        }

        var mediaType = NegotiateMediaType(request.Headers.Accept, allowHtml: isGet && _options.EnableGraphiQL);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(http, JsonMediaType, StatusCodes.Status406NotAcceptable,
                "The Accept header must allow application/graphql-response+json or application/json.", ErrorCodes.BadRequest);
            return;
        }
        if (mediaType == HtmlMediaType && !request.Query.ContainsKey("query"))
        {
            await GraphiQL.WriteAsync(http);
            return;
        }
        if (mediaType == HtmlMediaType) mediaType = JsonMediaType;

        GraphQLRequest? graphQLRequest;
        string? problem;
        if (isPost)
        {
            var (body, status, message) = await ReadBodyAsync(http);
            if (body is null)
            {
                await WriteRequestErrorAsync(http, mediaType, status, message!,
                    status == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.BadRequest);
                return;
            }
            // Parsed straight from the request pipe's buffers (no copy); the parser keeps nothing that points into them.
            try
            {
                graphQLRequest = GraphQLRequestParser.ParseBody(WithoutByteOrderMark(body.Value), out problem);
            }
            finally
            {
                request.BodyReader.AdvanceTo(body.Value.End);
            }
        }
        else
        {
            graphQLRequest = GraphQLRequestParser.ParseQueryString(request.Query, out problem);
        }
        if (graphQLRequest is null)
        {
            await WriteRequestErrorAsync(http, mediaType, StatusCodes.Status400BadRequest, problem!, ErrorCodes.BadRequest);
            return;
        }

        try
        {
            await ExecuteAsync(http, graphQLRequest, mediaType, isGet);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception ex) when (!http.Response.HasStarted)
        {
            // Resolver failures are field errors already; this is a failure of the engine itself.
            logger.LogError(ex, "GraphQL request failed");
            await WriteRequestErrorAsync(http, mediaType, StatusCodes.Status500InternalServerError,
                _options.ExposeExceptionDetails ? ex.Message : "Unexpected error.", ErrorCodes.InternalServerError);
        }
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest graphQLRequest, string mediaType, bool isGet)
    {
        var schema = schemaProvider.Schema;
        var cache = schemaProvider.DocumentCache;

        if (!cache.TryGet(graphQLRequest.Query, out var document))
        {
            try
            {
                document = Parser.Parse(new Source(graphQLRequest.Query), _options.ParserOptions);
            }
            catch (GraphQLSyntaxError error)
            {
                await WriteResultAsync(http, mediaType, ExecutionResult.FromRequestError(WithCode(error, ErrorCodes.GraphQLParseFailed)));
                return;
            }
            var validationErrors = Validator.Validate(schema, document, options: new ValidationOptions
            {
                MaxErrors = _options.MaxValidationErrors,
                MaxDepth = _options.MaxDepth,
            });
            if (validationErrors.Count > 0)
            {
                var located = new GraphQLError[validationErrors.Count];
                for (var i = 0; i < located.Length; i++) located[i] = WithCode(validationErrors[i], ErrorCodes.GraphQLValidationFailed);
                await WriteResultAsync(http, mediaType, ExecutionResult.FromRequestErrors(located));
                return;
            }
            cache.Add(graphQLRequest.Query, document);
        }

        var operation = Executor.GetOperation(document, graphQLRequest.OperationName, out var operationError);
        if (operation is null)
        {
            await WriteResultAsync(http, mediaType, ExecutionResult.FromRequestError(operationError!));
            return;
        }
        if (isGet && operation.Operation != OperationType.Query)
        {
            // GraphQL over HTTP §"GET": only queries; a mutation must not run on a safe method.
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed,
                $"Only query operations can be sent with GET; send this {operation.Operation.ToKeyword()} with POST.", ErrorCodes.MethodNotAllowed);
            return;
        }

        var costProvider = http.RequestServices.GetService<ICostLimitProvider>();
        var maxCost = (costProvider is null ? null : await costProvider.GetMaxCostAsync(http)) ?? _options.DefaultMaxCost;
        if (maxCost is { } limit)
        {
            var cost = CostRule.ComputeCost(schema, document, operation, graphQLRequest.Variables);
            if (cost > limit)
            {
                var name = operation.Name is { } n ? $"The operation \"{n.Value}\"" : "The anonymous operation";
                await WriteResultAsync(http, mediaType, ExecutionResult.FromRequestError(new GraphQLError(
                    $"{name} has a cost of {cost}, which exceeds the maximum allowed cost of {limit}.", [operation],
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.CostLimitExceeded, ["cost"] = cost, ["maxCost"] = limit })));
                return;
            }
        }

        var scheduler = http.RequestServices.GetService<DataLoaderScheduler>();
        if (scheduler is not null) scheduler.CancellationToken = http.RequestAborted;
        var contextData = graphQLRequest.Extensions is null
            ? null
            : new Dictionary<string, object?>(StringComparer.Ordinal) { ["extensions"] = graphQLRequest.Extensions };
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            VariableValues = graphQLRequest.Variables,
            RequestServices = http.RequestServices,
            User = http.User,
            ContextData = contextData,
            DataLoaderScheduler = scheduler,
            CancellationToken = http.RequestAborted,
        }, _executionOptions);
        await WriteResultAsync(http, mediaType, result);
    }

    /// <summary>
    /// Picks the response media type from the Accept header: the acceptable type with the highest
    /// quality, preferring application/graphql-response+json on ties; <c>*/*</c>, <c>application/*</c>
    /// and a missing header mean application/json (GraphQL over HTTP, watershed rules).
    /// </summary>
    internal static string? NegotiateMediaType(Microsoft.Extensions.Primitives.StringValues accept, bool allowHtml)
    {
        if (accept.Count == 0 || (accept.Count == 1 && string.IsNullOrWhiteSpace(accept[0]))) return JsonMediaType;
        // The common single exact type needs no parsing (same answer as the general path below).
        if (accept.Count == 1)
        {
            var single = accept[0];
            if (string.Equals(single, GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase)) return GraphQLResponseMediaType;
            if (string.Equals(single, JsonMediaType, StringComparison.OrdinalIgnoreCase)) return JsonMediaType;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var values)) return null;
        string? best = null;
        double bestQuality = 0;
        var bestRank = int.MaxValue;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= 0) continue;
            var type = value.MediaType.Value?.ToLowerInvariant();
            var (candidate, rank) = type switch
            {
                GraphQLResponseMediaType => (GraphQLResponseMediaType, 0),
                JsonMediaType => (JsonMediaType, 1),
                "application/*" or "*/*" => (JsonMediaType, 2),
                HtmlMediaType when allowHtml => (HtmlMediaType, 3),
                _ => ((string?)null, int.MaxValue),
            };
            if (candidate is null) continue;
            if (quality > bestQuality || (quality == bestQuality && rank < bestRank))
            {
                best = candidate;
                bestQuality = quality;
                bestRank = rank;
            }
        }
        return best;
    }

    /// <summary>
    /// Reads a POST body after checking its media type (415) and size (413). On success the body is still in the
    /// request pipe: the caller parses it, then advances the reader past it.
    /// </summary>
    private async ValueTask<(ReadOnlySequence<byte>? Body, int Status, string? Message)> ReadBodyAsync(HttpContext http)
    {
        var request = http.Request;
        if (string.IsNullOrEmpty(request.ContentType))
            return (null, StatusCodes.Status415UnsupportedMediaType, "A POST request needs a Content-Type header; use application/json.");
        // The common exact forms need no parsing (same answer as the general path below).
        if (!string.Equals(request.ContentType, JsonMediaType, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(request.ContentType, JsonContentType, StringComparison.OrdinalIgnoreCase))
        {
            if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
                || !string.Equals(contentType.MediaType.Value, JsonMediaType, StringComparison.OrdinalIgnoreCase))
                return (null, StatusCodes.Status415UnsupportedMediaType, $"The media type \"{request.ContentType}\" is not supported; use application/json.");
            var charset = contentType.Charset.Value;
            if (!string.IsNullOrEmpty(charset) && !string.Equals(charset.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(charset.Trim('"'), "utf8", StringComparison.OrdinalIgnoreCase))
                return (null, StatusCodes.Status415UnsupportedMediaType, $"The charset \"{charset}\" is not supported; send UTF-8.");
        }

        var max = _options.MaxRequestBodySize;
        if (request.ContentLength > max)
            return (null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {max} bytes.");

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(http.RequestAborted);
            var buffer = read.Buffer;
            if (buffer.Length > max)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return (null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {max} bytes.");
            }
            if (read.IsCompleted)
            {
                if (buffer.Length == 0)
                {
                    reader.AdvanceTo(buffer.End);
                    return (null, StatusCodes.Status400BadRequest, "The request body is empty.");
                }
                return (buffer, 0, null);
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>A UTF-8 byte order mark is tolerated; JSON text must not start with one (RFC 8259 §8.1).</summary>
    private static ReadOnlySequence<byte> WithoutByteOrderMark(ReadOnlySequence<byte> body)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (body.Length < bom.Length) return body;
        Span<byte> head = stackalloc byte[3];
        body.Slice(0, head.Length).CopyTo(head);
        return head.SequenceEqual(bom) ? body.Slice(head.Length) : body;
    }

    /// <summary>Writes a GraphQL response with the status code the media type calls for.</summary>
    private static Task WriteResultAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        var status = mediaType == GraphQLResponseMediaType && !result.HasData
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return WriteAsync(http, mediaType, status, result);
    }

    private static Task WriteRequestErrorAsync(HttpContext http, string mediaType, int status, string message, string code) =>
        WriteAsync(http, mediaType, status, ExecutionResult.FromRequestError(
            new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code })));

    /// <summary>
    /// Serializes the whole result into a pooled buffer first, then sends it with its <c>Content-Length</c> in one
    /// write: no chunked framing and one send instead of a chunk plus a terminating chunk. The result was in memory
    /// already, so buffering its JSON costs no more than the serializer's own buffer did.
    /// </summary>
    private static async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = mediaType == GraphQLResponseMediaType ? GraphQLResponseContentType : JsonContentType;
        response.Headers.Vary = "Accept";
        if (HttpMethods.IsHead(http.Request.Method)) return;
        using var buffer = new PooledBufferWriter();
        ExecutionResultJsonWriter.Write(buffer, result);
        response.ContentLength = buffer.WrittenCount;
        await response.BodyWriter.WriteAsync(buffer.WrittenMemory, http.RequestAborted);
    }

    private static GraphQLError WithCode(GraphQLError error, string code)
    {
        if (error.Extensions is not null && error.Extensions.ContainsKey("code")) return error;
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.Extensions is not null)
            foreach (var (key, value) in error.Extensions) extensions[key] = value;
        extensions["code"] = code;
        return new GraphQLError(error.Message, error.Nodes, error.Source, error.Positions, error.Path, error.OriginalError, extensions);
    }
}
