using FactorHub.Database;
using Quartz;

namespace FactorHub.Snapshots.Scheduling;

public static class SnapshotSchedulingExtensions
{
    public const string SchedulerName = "FactorHub";

    /// <summary>
    /// Quartz with the ADO.NET job store on the FactorHub database (tables <c>qrtz_*</c>, migrations/0003), clustered so
    /// that any number of instances fire each scheduled publication once; the cron trigger from <c>Snapshots:Schedule</c>
    /// in <c>Snapshots:TimeZone</c>. Misfire policy: a publication missed while every instance was down fires once as soon
    /// as one is back (FireAndProceed; several missed runs collapse into one, labelled by the latest missed time).
    /// </summary>
    public static WebApplicationBuilder AddSnapshotSchedule(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SnapshotOptions.Section).Get<SnapshotOptions>() ?? new SnapshotOptions();
        if (!(options.SchedulerEnabled ?? !builder.Environment.IsEnvironment("Testing")))
        {
            return builder;
        }
        var connectionString = builder.Configuration.GetConnectionString(DatabaseConnections.ApplicationName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{DatabaseConnections.ApplicationName} is needed by the snapshot schedule.");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        if (!CronExpression.TryParse(options.Schedule, out _))
        {
            throw new InvalidOperationException($"Snapshots:Schedule: '{options.Schedule}' is not a valid Quartz cron expression (seconds first, e.g. 0 0 2 1 * ?).");
        }

        builder.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = SchedulerName);
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseSystemTextJsonSerializer(_ => { });
                store.UseClustering(clustering => clustering.CheckinInterval = TimeSpan.FromSeconds(options.ClusterCheckinSeconds));
            });
            quartz.ScheduleJob<SnapshotPublicationJob>(
                trigger => trigger
                    .WithIdentity("snapshot-publication")
                    .WithSchedule(CronScheduleBuilder.Create(options.Schedule).InTimeZone(zone)
                        .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                job => job.WithIdentity("snapshot-publication").DisallowConcurrentExecution());
        });
        builder.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return builder;
    }
}
