using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace FactorHub.GraphQL.Http;

/// <summary>
/// Reads the request parameters from a POST body (<c>application/json</c>) or a GET query string
/// (GraphQL-over-HTTP §"GET" / §"POST"). Returns null and a message naming the problem when the
/// request is malformed; the caller answers such requests with 400.
/// </summary>
internal static class GraphQLRequestParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 128 };

    public static GraphQLRequest? ParseBody(System.Buffers.ReadOnlySequence<byte> utf8Json, out string? error)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException)
        {
            error = "The request body is not valid JSON.";
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "The request body must be a JSON object.";
                return null;
            }
            string? query = null, operationName = null;
            IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
            var hasQuery = false;
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                switch (property.Name)
                {
                    case "query":
                        if (value.ValueKind != JsonValueKind.String)
                        {
                            error = "The \"query\" parameter must be a string.";
                            return null;
                        }
                        query = value.GetString();
                        hasQuery = true;
                        break;
                    case "operationName":
                        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                        {
                            error = "The \"operationName\" parameter must be a string or null.";
                            return null;
                        }
                        operationName = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                        break;
                    case "variables":
                        if (!TryReadMap(value, "variables", out variables, out error)) return null;
                        break;
                    case "extensions":
                        if (!TryReadMap(value, "extensions", out extensions, out error)) return null;
                        break;
                }
            }
            if (!hasQuery)
            {
                error = extensions is not null && extensions.ContainsKey("persistedQuery")
                    ? "Persisted queries are not supported; send the \"query\" parameter."
                    : "The request has no \"query\" parameter.";
                return null;
            }
            error = null;
            return new GraphQLRequest(query!, operationName, variables, extensions);
        }
    }

    public static GraphQLRequest? ParseQueryString(IQueryCollection queryString, out string? error)
    {
        if (!TrySingle(queryString, "query", out var query, out error)) return null;
        if (query is null)
        {
            error = "The request has no \"query\" parameter.";
            return null;
        }
        if (!TrySingle(queryString, "operationName", out var operationName, out error)) return null;
        if (!TrySingle(queryString, "variables", out var variablesText, out error)
            || !TryReadJsonMap(variablesText, "variables", out var variables, out error)) return null;
        if (!TrySingle(queryString, "extensions", out var extensionsText, out error)
            || !TryReadJsonMap(extensionsText, "extensions", out var extensions, out error)) return null;
        return new GraphQLRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
    }

    private static bool TrySingle(IQueryCollection queryString, string name, out string? value, out string? error)
    {
        value = null;
        error = null;
        if (!queryString.TryGetValue(name, out var values)) return true;
        if (values.Count > 1)
        {
            error = $"The \"{name}\" parameter must be given at most once.";
            return false;
        }
        value = values[0];
        return true;
    }

    private static bool TryReadJsonMap(string? text, string name, out IReadOnlyDictionary<string, object?>? map, out string? error)
    {
        map = null;
        error = null;
        if (string.IsNullOrEmpty(text)) return true;
        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            return TryReadMap(document.RootElement, name, out map, out error);
        }
        catch (JsonException)
        {
            error = $"The \"{name}\" parameter must be a JSON-encoded object.";
            return false;
        }
    }

    private static bool TryReadMap(JsonElement value, string name, out IReadOnlyDictionary<string, object?>? map, out string? error)
    {
        map = null;
        error = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Object:
                map = JsonValues.ToDictionary(value);
                return true;
            default:
                error = $"The \"{name}\" parameter must be a JSON object or null.";
                return false;
        }
    }
}
