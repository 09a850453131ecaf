using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace FactorHub.Snapshots.Scheduling;

/// <summary>
/// The scheduled publication. The label is the year and month of the trigger's scheduled fire time in
/// <c>Snapshots:TimeZone</c> (<c>2027.01</c> for the run due on 1 January 2027), and the cut-off is that scheduled time,
/// not the moment the job happens to run: a run that was delayed by downtime (misfire) publishes the same content it
/// would have published on time. Each run is recorded in the audit log (<c>snapshot.scheduled_publication</c>) with its
/// outcome, the label and the scheduler instance that ran it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SnapshotPublicationJob(
    SnapshotPublication publication,
    NpgsqlDataSource dataSource,
    IOptions<SnapshotOptions> options,
    ILogger<SnapshotPublicationJob> logger) : IJob
{
    public const string AuditEvent = "snapshot.scheduled_publication";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var due = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var label = LabelFor(due, zone);
        string outcome;
        try
        {
            await publication.PublishAsync(label, "schedule", cancellationToken, cutoffAt: due,
                descriptionZh: $"定期快照 {label}", descriptionEn: $"Scheduled snapshot {label}");
            outcome = "published";
        }
        catch (SnapshotPublicationException exception)
        {
            // Already published by a curator (or a run before a restart), or a later label exists: nothing to do.
            logger.LogWarning("Scheduled publication of {Label} skipped: {Reason}", label, exception.Message);
            outcome = "skipped";
        }
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(
            "INSERT INTO audit_log (actor, event, subject_type, subject_id, details) VALUES ('schedule', @event, 'snapshot', @label, @details::jsonb)",
            connection);
        command.Parameters.AddWithValue("event", AuditEvent);
        command.Parameters.AddWithValue("label", label);
        command.Parameters.AddWithValue("details", JsonSerializer.Serialize(new
        {
            outcome,
            scheduledFireTime = due.ToString("O", CultureInfo.InvariantCulture),
            instance = context.Scheduler.SchedulerInstanceId,
        }));
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>YYYY.MM of <paramref name="due"/> in <paramref name="zone"/>.</summary>
    public static string LabelFor(DateTimeOffset due, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(due, zone);
        return local.ToString("yyyy'.'MM", CultureInfo.InvariantCulture);
    }
}
