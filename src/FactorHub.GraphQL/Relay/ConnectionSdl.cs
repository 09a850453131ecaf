namespace FactorHub.GraphQL.Relay;

/// <summary>
/// SDL for connection types in HotChocolate's naming (<c>XConnection</c>, <c>XEdge</c>), so every
/// feature declares its connections the same way. <see cref="PageInfoType"/> and
/// <see cref="NodeInterface"/> are contributed once by the engine's mounting code.
/// </summary>
public static class ConnectionSdl
{
    public const string PageInfoType = """
        "Information about pagination in a connection."
        type PageInfo {
          "Whether more edges exist after the last edge of this page."
          hasNextPage: Boolean!
          "Whether more edges exist before the first edge of this page."
          hasPreviousPage: Boolean!
          "The cursor of the first edge of this page."
          startCursor: String
          "The cursor of the last edge of this page."
          endCursor: String
        }
        """;

    public const string NodeInterface = """
        "An object with a globally unique, opaque ID."
        interface Node {
          "The opaque ID of this object."
          id: ID!
        }
        """;

    /// <summary>SDL of <c>{nodeType}Connection</c> and <c>{nodeType}Edge</c>.</summary>
    public static string For(string nodeType) => $$"""
        "A connection to a list of {{nodeType}} items."
        type {{nodeType}}Connection {
          "A list of edges."
          edges: [{{nodeType}}Edge!]
          "A flattened list of the nodes."
          nodes: [{{nodeType}}!]
          "Information to aid in pagination."
          pageInfo: PageInfo!
          "Identifies the total count of items in the connection."
          totalCount: Int!
        }

        "An edge in a connection."
        type {{nodeType}}Edge {
          "A cursor for use in pagination."
          cursor: String!
          "The item at the end of the edge."
          node: {{nodeType}}!
        }
        """;
}
