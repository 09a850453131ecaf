namespace FactorHub.Database;

/// <summary>A migration could not be loaded, was refused, or failed; the message names the file and the problem.</summary>
public sealed class MigrationException : Exception
{
    public MigrationException(string message)
        : base(message)
    {
    }

    public MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
