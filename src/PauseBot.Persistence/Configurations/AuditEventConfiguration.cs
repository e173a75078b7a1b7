using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Core.Audit;

namespace PauseBot.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever(); // assigned by the aggregate (v7 Guid)
        builder.Property(a => a.Actor).HasMaxLength(32);
        builder.Property(a => a.ProjectKey).HasMaxLength(40);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Outcome).HasMaxLength(64);
        builder.Property(a => a.Detail).HasMaxLength(3000);
        builder.HasIndex(a => new { a.ProjectKey, a.At });
    }
}
