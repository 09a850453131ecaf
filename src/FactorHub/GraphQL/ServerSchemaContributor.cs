using System.Reflection;
using FactorHub.GraphQL.Http;
using FactorHub.GraphQL.Relay;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL;

/// <summary>
/// The part of the schema the service itself owns: the root <c>Query</c> type with
/// <c>serverInfo</c> (so <c>/graphql</c> answers before any feature contributes), the Relay
/// <c>PageInfo</c> type every connection uses and the <c>Node</c> interface of objects that
/// <c>node(id:)</c> can fetch (IDs from <see cref="GlobalId"/>).
/// </summary>
public sealed class ServerSchemaContributor : ISchemaContributor
{
    private static readonly string Version =
        typeof(ServerSchemaContributor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ServerSchemaContributor).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    public const string Sdl = """
        "The root of all queries. Each FactorHub feature extends it with its own fields."
        type Query {
          "The name and version of this FactorHub server."
          serverInfo: ServerInfo!
        }

        "Identifies the server answering the request."
        type ServerInfo {
          "The product name (FactorHub)."
          name: String!
          "The server's version."
          version: String!
        }
        """;

    public void Contribute(SchemaBuilder builder)
    {
        builder.AddTypeDefs(Sdl, "server.graphql");
        builder.AddTypeDefs(ConnectionSdl.PageInfoType + "\n" + ConnectionSdl.NodeInterface, "relay.graphql");
        builder.BindResolver("Query", "serverInfo",
            _ => new ValueTask<object?>(new Dictionary<string, object?> { ["name"] = "FactorHub", ["version"] = Version }));
    }
}
