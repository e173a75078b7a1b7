using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Core.Projects;

namespace PauseBot.Persistence.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.HasKey(p => p.Key);
        builder.Property(p => p.Key).HasMaxLength(40);
        builder.Property(p => p.DisplayName).HasMaxLength(200);
        builder.Property(p => p.TimeZoneId).HasMaxLength(64);
        builder.Property(p => p.CreatedBy).HasMaxLength(32);
        builder.Ignore(p => p.TimeZone);
        builder.OwnsMany(p => p.Channels, c =>
        {
            c.ToTable("ProjectChannels");
            c.WithOwner().HasForeignKey(x => x.ProjectKey);
            c.HasKey(x => new { x.ProjectKey, x.ChannelId });
            c.Property(x => x.ChannelId).HasMaxLength(32);
            c.HasIndex(x => x.ChannelId);
        });
        builder.OwnsMany(p => p.Leads, l =>
        {
            l.ToTable("ProjectLeads");
            l.WithOwner().HasForeignKey(x => x.ProjectKey);
            l.HasKey(x => new { x.ProjectKey, x.UserId });
            l.Property(x => x.UserId).HasMaxLength(32);
        });
        builder.Navigation(p => p.Channels).HasField("_channels").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Leads).HasField("_leads").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
