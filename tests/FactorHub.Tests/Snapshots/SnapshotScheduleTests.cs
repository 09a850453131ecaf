using FactorHub.Snapshots.Scheduling;
using FactorHub.Tests.Infrastructure;

namespace FactorHub.Tests.Snapshots;

public sealed class SnapshotScheduleTests : DatabaseTest
{
    protected override TestTemplate Template => TestTemplate.Seeded;

    [Theory]
    [InlineData("2026-12-31T18:00:00Z", "Asia/Shanghai", "2027.01")]
    [InlineData("2026-12-31T18:00:00Z", "UTC", "2026.12")]
    [InlineData("2027-01-31T18:00:00+00:00", "Asia/Shanghai", "2027.02")]
    public void TheLabelIsTheMonthOfTheScheduledTimeInTheScheduleTimeZone(string due, string zone, string label) =>
        Assert.Equal(label, SnapshotPublicationJob.LabelFor(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            TimeZoneInfo.FindSystemTimeZoneById(zone)));

    [Fact]
    public async Task TwoClusteredHostsFireTheScheduleOnceAndPublishTheDueSnapshotOnce()
    {
        var root = Path.Combine(Path.GetTempPath(), "factorhub-schedule-tests", Guid.NewGuid().ToString("N"));
        var due = DateTimeOffset.UtcNow.AddSeconds(25);
        var settings = new Dictionary<string, string?>
        {
            ["Snapshots:SchedulerEnabled"] = "true",
            // Quartz cron with a year: fires exactly once, at `due`.
            ["Snapshots:Schedule"] = $"{due.Second} {due.Minute} {due.Hour} {due.Day} {due.Month} ? {due.Year}",
            ["Snapshots:TimeZone"] = "UTC",
            ["Snapshots:ArtifactDirectory"] = root,
            ["Snapshots:ClusterCheckinSeconds"] = "2",
        };
        var label = due.ToString("yyyy'.'MM", System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            await using var first = new FactorHubWebApplicationFactory(Database, settings);
            await using var second = new FactorHubWebApplicationFactory(Database, settings);
            // Starting the hosts starts their schedulers.
            await Task.WhenAll(Task.Run(() => first.CreateClient().Dispose()), Task.Run(() => second.CreateClient().Dispose()));

            await using var connection = await Database.OpenAppConnectionAsync();
            // Both schedulers joined the cluster (each checks in under its own instance id).
            var joined = DateTimeOffset.UtcNow.AddSeconds(15);
            while (DateTimeOffset.UtcNow < joined && await connection.ScalarAsync<long>("SELECT count(*) FROM qrtz_scheduler_state") < 2)
            {
                await Task.Delay(250);
            }
            Assert.Equal(2L, await connection.ScalarAsync<long>("SELECT count(*) FROM qrtz_scheduler_state"));
            var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
            while (DateTimeOffset.UtcNow < deadline
                   && await connection.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE event = '{SnapshotPublicationJob.AuditEvent}'") == 0)
            {
                await Task.Delay(500);
            }
            // Give a second firing (which clustering must prevent) time to happen.
            await Task.Delay(TimeSpan.FromSeconds(5));

            Assert.Equal(1L, await connection.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE event = '{SnapshotPublicationJob.AuditEvent}'"));
            Assert.Equal("published", await connection.ScalarAsync<string>(
                $"SELECT details->>'outcome' FROM audit_log WHERE event = '{SnapshotPublicationJob.AuditEvent}'"));
            Assert.Equal("published", await connection.ScalarAsync<string>($"SELECT status FROM snapshots WHERE label = '{label}'"));
            // The cut-off is the scheduled fire time, not the moment the job ran.
            Assert.Equal(due.ToUnixTimeSeconds(), (await connection.ScalarAsync<DateTime>($"SELECT cutoff_at FROM snapshots WHERE label = '{label}'"))
                .Subtract(DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond);
            Assert.True(File.Exists(Path.Combine(root, label, "public", "manifest.sig")));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
