using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactorHub.GraphQL.Tests.Http;

/// <summary>
/// The endpoint through an in-process test server, one test per rule of the GraphQL-over-HTTP
/// specification that decides a status code or media type.
/// </summary>
public sealed class GraphQLHttpTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    private const string Sdl = """
        type Query {
          hello(name: String): String
          required(id: ID!): String
          nonNull: String!
          echoExtensions: String
          items(first: Int): [Item]
        }
        type Item { name: String }
        type Mutation { touch: Int }
        """;

    private WebApplication _app = null!;
    private HttpClient _client = null!;

    private sealed class FixedCostLimit : ICostLimitProvider
    {
        public ValueTask<long?> GetMaxCostAsync(HttpContext context) =>
            new(context.Request.Headers.TryGetValue("X-Max-Cost", out var value) ? long.Parse(value!) : null);
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQL(o =>
            {
                o.MaxRequestBodySize = 4096;
                o.EnableGraphiQL = true;
            })
            .AddCostLimitProvider<FixedCostLimit>()
            .AddSchemaContributor(b => b
                .AddTypeDefs(Sdl)
                .BindResolver("Query", "hello", ctx => new ValueTask<object?>("Hello, " + (ctx.GetArgument<string>("name") ?? "world")))
                .BindResolver("Query", "required", ctx => new ValueTask<object?>(ctx.GetArgument<string>("id")))
                .BindResolver("Query", "nonNull", _ => new ValueTask<object?>((object?)null))
                .BindResolver("Query", "echoExtensions", ctx => new ValueTask<object?>(
                    ctx.ContextData.TryGetValue("extensions", out var e) ? JsonSerializer.Serialize(e) : null))
                .BindResolver("Query", "items", _ => new ValueTask<object?>(new[] { new Dictionary<string, object?> { ["name"] = "a" } }))
                .BindResolver("Mutation", "touch", _ => new ValueTask<object?>(1)));
        _app = builder.Build();
        _app.MapGraphQL("/graphql");
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? accept = null, string? contentType = Json, Action<HttpRequestMessage>? configure = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null) message.Headers.TryAddWithoutValidation("Accept", accept);
        configure?.Invoke(message);
        return _client.SendAsync(message);
    }

    private Task<HttpResponseMessage> GetAsync(string queryString, string? accept = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null) message.Headers.TryAddWithoutValidation("Accept", accept);
        return _client.SendAsync(message);
    }

    private static string Query(string query, object? variables = null, string? operationName = null) =>
        JsonSerializer.Serialize(new { query, variables, operationName });

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string> FirstErrorAsync(HttpResponseMessage response)
    {
        var body = await BodyAsync(response);
        return body.GetProperty("errors")[0].GetProperty("message").GetString()!;
    }

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData(Json, Json)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.2, application/json", Json)]
    public async Task Accept_selects_the_response_media_type(string? accept, string expected)
    {
        var response = await PostAsync(Query("{ hello }"), accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world\"}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unacceptable_Accept_gets_406()
    {
        var response = await PostAsync(Query("{ hello }"), "text/plain, application/xml");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("The Accept header must allow application/graphql-response+json or application/json.", await FirstErrorAsync(response));
    }

    [Theory]
    [InlineData(null, "A POST request needs a Content-Type header; use application/json.")]
    [InlineData("text/plain", "The media type \"text/plain\" is not supported; use application/json.")]
    [InlineData("application/json; charset=iso-8859-1", "The charset \"iso-8859-1\" is not supported; send UTF-8.")]
    public async Task Unsupported_request_media_types_get_415(string? contentType, string message)
    {
        var response = await PostAsync(Query("{ hello }"), contentType: contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(message, await FirstErrorAsync(response));
    }

    [Fact]
    public async Task Utf8_requests_are_accepted_with_or_without_a_charset()
    {
        var response = await PostAsync(Query("{ hello(name: \"电池 🔋\") }"), contentType: "application/json; charset=utf-8");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("电池", text); // non-ASCII text is written as UTF-8, not escaped
        Assert.Equal("Hello, 电池 🔋", JsonDocument.Parse(text).RootElement.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("{ \"not a JSON", "The request body is not valid JSON.")]
    [InlineData("[1]", "The request body must be a JSON object.")]
    [InlineData("{\"notquery\":\"{ hello }\"}", "The request has no \"query\" parameter.")]
    [InlineData("{\"query\":{\"obj\":\"ect\"}}", "The \"query\" parameter must be a string.")]
    [InlineData("{\"query\":0}", "The \"query\" parameter must be a string.")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":\"string\"}", "The \"variables\" parameter must be a JSON object or null.")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":[\"array\"]}", "The \"variables\" parameter must be a JSON object or null.")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":false}", "The \"operationName\" parameter must be a string or null.")]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":0}", "The \"extensions\" parameter must be a JSON object or null.")]
    [InlineData("", "The request body is empty.")]
    public async Task Malformed_requests_get_400_for_both_media_types(string body, string message)
    {
        foreach (var accept in new[] { Json, GraphQLResponse })
        {
            var response = await PostAsync(body, accept);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
            var json = await BodyAsync(response);
            Assert.False(json.TryGetProperty("data", out _));
            Assert.Equal(message, json.GetProperty("errors")[0].GetProperty("message").GetString());
            Assert.Equal("BAD_REQUEST", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Null_optional_parameters_are_allowed()
    {
        var response = await PostAsync("{\"query\":\"{ hello }\",\"variables\":null,\"operationName\":null,\"extensions\":null}", GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world\"}}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task Parse_errors_have_no_data(string accept, HttpStatusCode status)
    {
        var response = await PostAsync(Query("{"), accept);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(
            "{\"errors\":[{\"message\":\"Syntax Error: Expected Name, found <EOF>.\",\"locations\":[{\"line\":1,\"column\":2}],\"extensions\":{\"code\":\"GRAPHQL_PARSE_FAILED\"}}]}",
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task Validation_errors_have_no_data(string accept, HttpStatusCode status)
    {
        var response = await PostAsync(Query("{ nope }"), accept);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(
            "{\"errors\":[{\"message\":\"Cannot query field \\\"nope\\\" on type \\\"Query\\\".\",\"locations\":[{\"line\":1,\"column\":3}],\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}",
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task Variable_coercion_errors_have_no_data(string accept, HttpStatusCode status)
    {
        var response = await PostAsync(Query("query ($id: ID!) { required(id: $id) }", new { id = (string?)null }), accept);
        Assert.Equal(status, response.StatusCode);
        var json = await BodyAsync(response);
        Assert.False(json.TryGetProperty("data", out _));
        Assert.Equal("Variable \"$id\" of non-null type \"ID!\" must not be null.", json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task Field_errors_keep_200_whether_data_is_partial_or_null(string accept)
    {
        var partial = await PostAsync(Query("query ($id: ID!) { hello required(id: $id) }", new { id = 7 }), accept);
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world\",\"required\":\"7\"}}", await partial.Content.ReadAsStringAsync());

        var nulled = await PostAsync(Query("{ hello nonNull }"), accept);
        Assert.Equal(HttpStatusCode.OK, nulled.StatusCode);
        var json = await BodyAsync(nulled);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").ValueKind);
        Assert.Equal("Cannot return null for non-nullable field Query.nonNull.", json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task An_unknown_operation_name_has_no_data(string accept, HttpStatusCode status)
    {
        var two = "query A { hello } query B { hello(name: \"B\") }";
        var chosen = await PostAsync(Query(two, operationName: "B"), accept);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, B\"}}", await chosen.Content.ReadAsStringAsync());
        var unknown = await PostAsync(Query(two, operationName: "C"), accept);
        Assert.Equal(status, unknown.StatusCode);
        Assert.Equal("Unknown operation named \"C\".", await FirstErrorAsync(unknown));
    }

    [Fact]
    public async Task Get_runs_queries_with_url_encoded_parameters()
    {
        var response = await GetAsync("query=" + Uri.EscapeDataString("query ($n: String) { hello(name: $n) }")
            + "&variables=" + Uri.EscapeDataString("{\"n\":\"GET\"}"), GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, GET\"}}", await response.Content.ReadAsStringAsync());
        var badVariables = await GetAsync("query=%7Bhello%7D&variables=%5B", Json);
        Assert.Equal(HttpStatusCode.BadRequest, badVariables.StatusCode);
        Assert.Equal("The \"variables\" parameter must be a JSON-encoded object.", await FirstErrorAsync(badVariables));
    }

    [Fact]
    public async Task Mutations_over_get_get_405_with_allow_post()
    {
        var response = await GetAsync("query=" + Uri.EscapeDataString("mutation { touch }"), GraphQLResponse);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("Only query operations can be sent with GET; send this mutation with POST.", await FirstErrorAsync(response));
        var post = await PostAsync(Query("mutation { touch }"));
        Assert.Equal("{\"data\":{\"touch\":1}}", await post.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_methods_get_405_with_allow()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent(Query("{ hello }"), Encoding.UTF8, Json) });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.SelectMany(a => a.Split(", ")));
    }

    [Fact]
    public async Task Oversized_bodies_get_413()
    {
        var response = await PostAsync(Query("{ hello(name: \"" + new string('x', 5000) + "\") }"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The request body is larger than 4096 bytes.", await FirstErrorAsync(response));
    }

    [Fact]
    public async Task Repeated_queries_come_from_the_document_cache()
    {
        var cache = _app.Services.GetRequiredService<GraphQLSchemaProvider>().DocumentCache;
        const string query = "{ cached: hello }";
        Assert.False(cache.TryGet(query, out _));
        await PostAsync(Query(query));
        Assert.True(cache.TryGet(query, out var first));
        await PostAsync(Query(query));
        Assert.True(cache.TryGet(query, out var second));
        Assert.Same(first, second);
        // Invalid documents are not cached: they are re-checked (and refused) every time.
        await PostAsync(Query("{ nope }"));
        Assert.False(cache.TryGet("{ nope }", out _));
    }

    [Fact]
    public async Task The_cost_limit_provider_refuses_costly_operations()
    {
        var response = await PostAsync(Query("query Costly { items(first: 50) { name } }"), GraphQLResponse,
            configure: m => m.Headers.Add("X-Max-Cost", "10"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await BodyAsync(response);
        var error = json.GetProperty("errors")[0];
        Assert.Equal("The operation \"Costly\" has a cost of 50, which exceeds the maximum allowed cost of 10.", error.GetProperty("message").GetString());
        Assert.Equal("COST_LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());

        var cheap = await PostAsync(Query("{ items(first: 5) { name } }"), GraphQLResponse, configure: m => m.Headers.Add("X-Max-Cost", "10"));
        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);
    }

    [Fact]
    public async Task Request_extensions_reach_resolvers()
    {
        var response = await PostAsync("{\"query\":\"{ echoExtensions }\",\"extensions\":{\"some\":\"value\"}}");
        Assert.Equal("{\"data\":{\"echoExtensions\":\"{\\\"some\\\":\\\"value\\\"}\"}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Browsers_get_GraphiQL()
    {
        var response = await GetAsync("", "text/html,application/xhtml+xml,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("GraphiQL", await response.Content.ReadAsStringAsync());
    }
}
