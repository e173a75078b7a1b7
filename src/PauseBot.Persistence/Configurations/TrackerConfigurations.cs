using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Persistence.Integrations;

namespace PauseBot.Persistence.Configurations;

internal sealed class TrackerLinkConfiguration : IEntityTypeConfiguration<TrackerLink>
{
    public void Configure(EntityTypeBuilder<TrackerLink> builder)
    {
        builder.ToTable("TrackerLinks");
        builder.HasKey(l => l.ProjectKey);
        builder.Property(l => l.ProjectKey).HasMaxLength(40);
        builder.Property(l => l.Tracker).HasMaxLength(16);
        builder.Property(l => l.TrackerProjectId).HasMaxLength(64);
        builder.Property(l => l.TrackerProjectName).HasMaxLength(200);
        builder.Property(l => l.LinkedBy).HasMaxLength(32);
    }
}

internal sealed class TrackerLateEntryConfiguration : IEntityTypeConfiguration<TrackerLateEntry>
{
    public void Configure(EntityTypeBuilder<TrackerLateEntry> builder)
    {
        builder.ToTable("TrackerLateEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever(); // assigned by the entity (v7 Guid)
        builder.Property(e => e.Tracker).HasMaxLength(16);
        builder.Property(e => e.EntryId).HasMaxLength(64);
        builder.Property(e => e.PersonName).HasMaxLength(200);
        builder.Property(e => e.Email).HasMaxLength(320);
        builder.Property(e => e.Hours).HasPrecision(9, 2);
        // Each entry is reported once per pause, also when two replicas check at once (the second commit conflicts).
        builder.HasIndex(e => new { e.PauseId, e.Tracker, e.EntryId }).IsUnique();
    }
}
