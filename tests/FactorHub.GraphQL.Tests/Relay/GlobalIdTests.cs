using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Relay;

namespace FactorHub.GraphQL.Tests.Relay;

public class GlobalIdTests
{
    [Fact]
    public void Encodes_type_and_key_as_unpadded_base64url()
    {
        // base64url("Factor:ELEC.GRID.CN-GRID-E.CO2.2023")
        var id = GlobalId.Encode("Factor", "ELEC.GRID.CN-GRID-E.CO2.2023");
        Assert.Equal("RmFjdG9yOkVMRUMuR1JJRC5DTi1HUklELUUuQ08yLjIwMjM", id);
        Assert.DoesNotContain('=', id);
        Assert.Equal(("Factor", "ELEC.GRID.CN-GRID-E.CO2.2023"), GlobalId.Decode(id));
    }

    [Fact]
    public void Keys_may_contain_colons_and_non_ascii_text()
    {
        var id = GlobalId.Encode("Category", "材料:正极");
        Assert.Equal(("Category", "材料:正极"), GlobalId.Decode(id, "Category"));
        Assert.Equal(42, GlobalId.DecodeInt64(GlobalId.Encode("FactorVersion", 42), "FactorVersion"));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("")]
    [InlineData("Rm9v")] // "Foo": no type separator
    [InlineData("OmtleQ")] // ":key": empty type name
    [InlineData("MWE6Yg")] // "1a:b": type name is not a GraphQL name
    [InlineData("RmFjdG9yOjE=")] // padded spelling of "Factor:1"
    public void Malformed_ids_are_refused_with_INVALID_ID(string id)
    {
        Assert.False(GlobalId.TryDecode(id, out _, out _));
        var error = Assert.Throws<GraphQLError>(() => GlobalId.Decode(id));
        Assert.Equal($"The ID \"{id}\" is not a valid node ID.", error.Message);
        Assert.Equal(ErrorCodes.InvalidId, error.Extensions!["code"]);
    }

    [Fact]
    public void An_id_of_another_type_is_refused()
    {
        var id = GlobalId.Encode("Snapshot", "2027.01");
        var error = Assert.Throws<GraphQLError>(() => GlobalId.Decode(id, "Factor"));
        Assert.Equal($"The ID \"{id}\" is not an ID of type \"Factor\".", error.Message);
        Assert.Equal(ErrorCodes.InvalidId, error.Extensions!["code"]);
        Assert.Throws<GraphQLError>(() => GlobalId.DecodeInt64(GlobalId.Encode("Factor", "x1"), "Factor"));
    }
}
