using System.Runtime.Versioning;

// The tests run a real PostgreSQL cluster through LocalPostgresCluster, which needs Linux (Debian's postgresql package).
[assembly: SupportedOSPlatform("linux")]
