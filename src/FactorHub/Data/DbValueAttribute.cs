namespace FactorHub.Data;

/// <summary>
/// The text stored in the database for an enum member, where it is not simply the member's
/// name in snake_case (e.g. <c>AR5</c>). Enums are stored as text with CHECK constraints rather
/// than PostgreSQL enum types so that migrations stay plain SQL and values stay readable in exports.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class DbValueAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}
