using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Persistence.Inbox;

namespace PauseBot.Persistence.Configurations;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("Inbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedOnAdd();
        builder.Property(m => m.Key).HasMaxLength(200);
        builder.Property(m => m.Kind).HasMaxLength(24);
        builder.Property(m => m.Label).HasMaxLength(255);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.Property(m => m.LockedBy).HasMaxLength(100).IsConcurrencyToken();
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.State, m.NextAttemptAtMs });
        builder.HasIndex(m => new { m.State, m.FinishedAtMs });
    }
}
