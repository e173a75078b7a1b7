using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PauseBot.Persistence.ProjectState;

/// <summary>
/// Hears changes other replicas commit: statement triggers on the snapshot tables <c>pg_notify</c> the
/// <see cref="Channel"/> channel at commit (<see cref="ProjectStateTriggers"/>), and each notification moves
/// <see cref="ProjectStateVersion"/>. While the listening connection is down the version is not reliable (readers go
/// to the database); it reconnects with backoff.
/// </summary>
public sealed partial class PostgresProjectStateListener(
    DatabaseOptions options, ProjectStateVersion version, TimeProvider time, ILogger<PostgresProjectStateListener> log) : BackgroundService
{
    public const string Channel = "pausebot_project_state";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Keepalive: a connection that silently died would otherwise wait forever while notifications are lost.
        var connectionString = new NpgsqlConnectionStringBuilder(options.ConnectionString) { KeepAlive = 15, Pooling = false }.ConnectionString;
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, _) => version.Bump();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand("LISTEN " + Channel, connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                version.SetReliable(true);
                Log.Listening(log);
                backoff = TimeSpan.FromSeconds(1);
                while (true)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                version.SetReliable(false);
                Log.ListenFailed(log, ex.GetType().Name, backoff);
                try
                {
                    await Task.Delay(backoff, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
        version.SetReliable(false);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Listening for project changes of other replicas")]
        public static partial void Listening(ILogger logger);

        [LoggerMessage(2, LogLevel.Warning, "Can't listen for project changes of other replicas ({Error}); reading from the database until it works, retry in {Backoff}")]
        public static partial void ListenFailed(ILogger logger, string error, TimeSpan backoff);
    }
}
