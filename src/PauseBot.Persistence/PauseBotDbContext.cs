using Microsoft.EntityFrameworkCore;
using PauseBot.Core.Audit;
using PauseBot.Core.Openings;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core.Questions;
using PauseBot.Core.Scheduling;
using PauseBot.Persistence.Inbox;
using PauseBot.Persistence.Integrations;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Persistence;

/// <summary>
/// The one model. Each provider has a subclass (<see cref="SqlitePauseBotDbContext"/>,
/// <see cref="PostgresPauseBotDbContext"/>) with its own migrations folder and its own compiled model (CompiledModels/,
/// found by EF through its assembly attribute; it spares building the model at startup). Until the first release each
/// provider has one squashed <c>Initial</c> migration: after a mapping change run <c>scripts/regen-model.sh</c>, which
/// regenerates both migrations and both compiled models. CompiledModelTests fails while either is stale.
/// </summary>
public abstract class PauseBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Pause> Pauses => Set<Pause>();
    public DbSet<PauseUpdate> PauseUpdates => Set<PauseUpdate>();
    public DbSet<PauseDraft> PauseDrafts => Set<PauseDraft>();
    public DbSet<NotifySubscription> Subscriptions => Set<NotifySubscription>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<FaqEntry> Faq => Set<FaqEntry>();
    public DbSet<StatusSchedule> Schedules => Set<StatusSchedule>();
    public DbSet<QuietDate> QuietDates => Set<QuietDate>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();
    public DbSet<Opening> Openings => Set<Opening>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<WebhookSubscription> Webhooks => Set<WebhookSubscription>();
    public DbSet<TrackerLink> TrackerLinks => Set<TrackerLink>();
    public DbSet<TrackerLateEntry> TrackerLateEntries => Set<TrackerLateEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PauseBotDbContext).Assembly);
}
