using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever(); // assigned by the aggregate (v7 Guid)
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.Target).HasMaxLength(2000);
        builder.Property(m => m.DedupeKey).HasMaxLength(200);
        builder.Property(m => m.UpdatesKey).HasMaxLength(200);
        builder.Property(m => m.SlackChannel).HasMaxLength(32);
        builder.Property(m => m.SlackTs).HasMaxLength(32);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.Property(m => m.LockedBy).HasMaxLength(100);
        builder.HasIndex(m => m.DedupeKey).IsUnique();
        builder.HasIndex(m => new { m.DeliveredAt, m.NextAttemptAt });
    }
}
