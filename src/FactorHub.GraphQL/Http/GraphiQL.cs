using Microsoft.AspNetCore.Http;

namespace FactorHub.GraphQL.Http;

/// <summary>The GraphiQL IDE page served to browsers (GET with Accept: text/html, when enabled).</summary>
internal static class GraphiQL
{
    private const string Page = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>FactorHub GraphQL</title>
          <link rel="stylesheet" href="https://unpkg.com/graphiql@3/graphiql.min.css">
          <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script crossorigin src="https://unpkg.com/react@18/umd/react.production.min.js"></script>
          <script crossorigin src="https://unpkg.com/react-dom@18/umd/react-dom.production.min.js"></script>
          <script crossorigin src="https://unpkg.com/graphiql@3/graphiql.min.js"></script>
          <script>
            const fetcher = GraphiQL.createFetcher({ url: window.location.pathname, headers: { Accept: 'application/graphql-response+json' } });
            ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher }));
          </script>
        </body>
        </html>
        """;

    public static Task WriteAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.Vary = "Accept";
        return http.Response.WriteAsync(Page, http.RequestAborted);
    }
}
