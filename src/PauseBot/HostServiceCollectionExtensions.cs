using PauseBot.Configuration;
using PauseBot.Core.Openings;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core.Questions;
using PauseBot.Core.Scheduling;
using PauseBot.Encoder;
using PauseBot.Features.Openings;
using PauseBot.Features.Pauses;
using PauseBot.Features.Questions;
using PauseBot.Features.Schedules;
using PauseBot.Features.Shared;
using PauseBot.Features.Trackers;
using PauseBot.Features.Webhooks;
using PauseBot.Inbox;
using PauseBot.Jobs;
using PauseBot.Outbox;
using PauseBot.Persistence;
using PauseBot.Slack;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.SocketMode;
using PauseBot.Slack.WebApi;

namespace PauseBot;

/// <summary>One <c>AddXxx</c> per part of the bot, so Program.cs reads as a table of contents.</summary>
public static class HostServiceCollectionExtensions
{
    public static IServiceCollection AddPauseBotCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PauseBotOptions>>().Value;
            return new BackdateRules(options.MaxBackdate, options.BackdatePolicy);
        });
        services.AddScoped<PauseLifecycle>();
        services.AddScoped<ProjectAdministration>();
        services.AddScoped<ContractorActions>();
        services.AddScoped<QuestionDesk>();
        services.AddScoped<OpeningBoard>();
        // The question classifier reads meaning from the MiniLM sentence encoder, loaded on the first question (never at
        // start: ONNX Runtime and the network add ~130 MB resident, bench/questions.sh); the word model answers until then, or for good if it cannot load.
        services.TryAddSingleton(sp => new SentenceEncoderLoader(sp.GetRequiredService<ILogger<SentenceEncoderLoader>>()));
        services.AddSingleton(sp =>
        {
            var encoders = sp.GetRequiredService<SentenceEncoderLoader>();
            var classifier = new IntentClassifier(encoders.TryLoad);
            if (encoders.IsLoaded)
            {
                classifier.WarmUp(); // the process already holds the encoder (another host in it): answer with it from the first question
            }

            return classifier;
        });
        return services;
    }

    public static IServiceCollection AddPauseBotPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DatabaseOptions, DatabaseOptionsValidator>(configuration, DatabaseOptions.Section);
        return services.AddPauseBotPersistence(configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions());
    }

    public static IServiceCollection AddPauseBotSlack(this IServiceCollection services, IConfiguration configuration)
    {
        var slack = SlackOptionsOf(configuration);
        services.AddValidatedOptions<SlackOptions, SlackOptionsValidator>(configuration, SlackOptions.Section);
        services.AddValidatedOptions<PauseBotOptions, PauseBotOptionsValidator>(configuration, PauseBotOptions.Section);
        services.AddMemoryCache();
        services.AddSlackApi(o =>
        {
            o.BotToken = slack.BotToken ?? "";
            var url = slack.ApiBaseUrl.OriginalString;
            o.ApiBaseUrl = new Uri(url.EndsWith('/') ? url : url + "/");
        });
        services.AddSlackInbound(o =>
        {
            o.SigningSecret = slack.SigningSecret ?? "";
            o.RequireSigningSecret = !slack.SocketMode;
        });
        services.AddScoped<ProjectVisibility>();
        // What a pause, resume or update owes the world, in this order: webhook receivers, the linked time tracker, then the
        // project's channels.
        services.AddScoped<Announcements>();
        services.AddScoped<IOutcomeAnnouncer, WebhookEvents>();
        services.AddScoped<IOutcomeAnnouncer>(sp => sp.GetRequiredService<TrackerActions>());
        services.AddScoped<IOutcomeAnnouncer, Announcer>();
        services.AddScoped<ResumeNotices>();
        services.AddScoped<LifecycleRunner>();
        services.AddScoped<ProjectResolver>();
        services.AddScoped<QuestionAnswering>();
        services.AddScoped<ReplySender>();
        services.AddScoped<OpeningFinder>();
        services.AddSingleton<ActorFactory>();
        services.AddSlackHandlers(SlackRegistrations.Register);
        services.AddPauseBotVerbs();
        return services;
    }

    /// <summary>With <c>Slack:SocketMode=true</c>: receive over Slack's WebSocket (tuning in <c>Slack:Socket</c>). Otherwise nothing.</summary>
    public static IServiceCollection AddPauseBotSocketMode(this IServiceCollection services, IConfiguration configuration)
    {
        var slack = SlackOptionsOf(configuration);
        if (!slack.SocketMode) return services;
        services.AddValidatedOptions<SocketModeOptions, SocketModeOptionsValidator>(configuration, SocketModeOptionsValidator.Section);
        return services.AddSlackSocketMode(o => o.AppToken = slack.AppToken ?? "");
    }

    private static SlackOptions SlackOptionsOf(IConfiguration configuration) =>
        configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions();

    public static IServiceCollection AddPauseBotOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<OutboxOptions, OutboxOptionsValidator>(configuration, OutboxOptions.Section);
        services.AddSingleton<OutboxPacer>();
        services.AddSingleton<ISlackRateLimitObserver>(sp => sp.GetRequiredService<OutboxPacer>());
        services.AddSingleton<OutboxDeliverers>();
        services.AddOutboxDeliverers();
        services.AddScoped<PostedMessageFinder>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }

    /// <summary>
    /// The durable inbox (section <c>Inbox</c>): the Slack layer stores events and clicks in the bot's database before their
    /// ack, and the worker handles them, marking each row handled in the handler's own commit. Registered after the outbox,
    /// so at shutdown the worker drains first (within <see cref="InboxOptions.ShutdownGrace"/>) while the dispatcher still runs.
    /// </summary>
    public static IServiceCollection AddPauseBotInbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<InboxOptions, InboxOptionsValidator>(configuration, InboxOptions.Section);
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<InboxClaims>();
        services.AddSingleton<InboxHandoff>();
        services.AddSingleton<ISlackInbox, DatabaseSlackInbox>();
        services.AddScoped<IInboxCompletion, InboxCompletion>();
        services.AddSingleton<InboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxWorker>());
        // Room for the grace: the host gives every part together this long to stop (30 s by default).
        services.AddOptions<HostOptions>().Configure<IOptions<InboxOptions>>((host, inbox) =>
        {
            var needed = inbox.Value.ShutdownGrace + TimeSpan.FromSeconds(10);
            if (host.ShutdownTimeout < needed) host.ShutdownTimeout = needed;
        });
        return services;
    }

    /// <summary>
    /// Quartz with its persistent store on the bot's own database (tables created if missing): SQLite for one
    /// process; PostgreSQL clustered, so each trigger fires once across replicas. Plus the due-items sweep.
    /// </summary>
    public static IHostApplicationBuilder AddPauseBotJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
        });
        // Not AddQuartzHostedService: it builds the scheduler before the server listens. ScheduleStartup starts it after.
        services.AddSingleton<ScheduleSync>();
        services.AddHostedService<ScheduleStartup>();
        services.AddScoped<ScheduleAdministration>();
        services.AddScoped<PromiseKeeper>();
        services.AddScoped<StatusUpdatePoster>();
        services.AddSingleton<DueTransitionsSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<DueTransitionsSweep>());
        return builder;
    }
}
