using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Core.Scheduling;

namespace PauseBot.Persistence.Configurations;

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<StatusSchedule>
{
    public void Configure(EntityTypeBuilder<StatusSchedule> builder)
    {
        builder.ToTable("StatusSchedules");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        builder.Property(s => s.ProjectKey).HasMaxLength(40);
        builder.Property(s => s.Spec).HasMaxLength(200);
        builder.Property(s => s.CreatedBy).HasMaxLength(32);
        builder.Ignore(s => s.ParsedSpec);
        builder.HasIndex(s => s.ProjectKey);
        builder.HasOne<Core.Projects.Project>().WithMany().HasForeignKey(s => s.ProjectKey);
    }
}

internal sealed class QuietDateConfiguration : IEntityTypeConfiguration<QuietDate>
{
    public void Configure(EntityTypeBuilder<QuietDate> builder)
    {
        builder.ToTable("QuietDates");
        builder.HasKey(d => new { d.ProjectKey, d.Date });
        builder.Property(d => d.ProjectKey).HasMaxLength(40);
    }
}
