using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Persistence.Integrations;

namespace PauseBot.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever(); // assigned by the entity (v7 Guid)
        builder.Property(k => k.Name).HasMaxLength(64);
        builder.Property(k => k.Hash).HasMaxLength(64);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.Property(k => k.CreatedBy).HasMaxLength(32);
        builder.Property(k => k.RevokedBy).HasMaxLength(32);
        builder.HasIndex(k => k.Hash).IsUnique();
        // One active key per name; revoked keys keep their row (and name) for the record.
        builder.HasIndex(k => k.Name).IsUnique().HasFilter("\"RevokedAt\" IS NULL").HasDatabaseName("IX_ApiKeys_ActiveName");
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("Webhooks");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedOnAdd();
        builder.Property(w => w.Url).HasMaxLength(2000);
        builder.Property(w => w.Events).HasMaxLength(100);
        builder.Property(w => w.Secret).HasMaxLength(100);
        builder.Property(w => w.CreatedBy).HasMaxLength(32);
        builder.Property(w => w.LastError).HasMaxLength(500);
    }
}
