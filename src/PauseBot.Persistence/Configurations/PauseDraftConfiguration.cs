using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Core.Pauses;

namespace PauseBot.Persistence.Configurations;

internal sealed class PauseDraftConfiguration : IEntityTypeConfiguration<PauseDraft>
{
    public void Configure(EntityTypeBuilder<PauseDraft> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever(); // assigned by the draft (v7 Guid)
        builder.Property(d => d.ProjectKey).HasMaxLength(40);
        builder.Property(d => d.RequestedBy).HasMaxLength(32);
        builder.Property(d => d.PublicReason).HasMaxLength(3000);
        builder.Property(d => d.InternalNote).HasMaxLength(3000);
        builder.Property(d => d.Guidance).HasMaxLength(3000);
        builder.HasIndex(d => d.RequestedAt);
        builder.HasOne<Core.Projects.Project>().WithMany().HasForeignKey(d => d.ProjectKey);
        builder.Ignore(d => d.Details);
    }
}
