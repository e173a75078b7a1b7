using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Core.Pauses;

namespace PauseBot.Persistence.Configurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<NotifySubscription>
{
    public void Configure(EntityTypeBuilder<NotifySubscription> builder)
    {
        builder.ToTable("NotifySubscriptions");
        builder.HasKey(s => new { s.PauseId, s.UserId });
        builder.Property(s => s.UserId).HasMaxLength(32);
        builder.Property(s => s.ProjectKey).HasMaxLength(40);
    }
}
