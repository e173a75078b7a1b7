using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Core.Pauses;

namespace PauseBot.Persistence.Configurations;

internal sealed class PauseUpdateConfiguration : IEntityTypeConfiguration<PauseUpdate>
{
    public void Configure(EntityTypeBuilder<PauseUpdate> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever(); // assigned by the aggregate (v7 Guid)
        builder.Property(u => u.Text).HasMaxLength(3000);
        builder.Property(u => u.Author).HasMaxLength(32);
    }
}
