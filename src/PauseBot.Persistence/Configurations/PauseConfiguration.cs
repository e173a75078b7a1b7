using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Core.Pauses;

namespace PauseBot.Persistence.Configurations;

internal sealed class PauseConfiguration : IEntityTypeConfiguration<Pause>
{
    public void Configure(EntityTypeBuilder<Pause> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever(); // assigned by the aggregate (v7 Guid)
        builder.Property(p => p.ProjectKey).HasMaxLength(40);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.PublicReason).HasMaxLength(3000);
        builder.Property(p => p.InternalNote).HasMaxLength(3000);
        builder.Property(p => p.Guidance).HasMaxLength(3000);
        builder.Property(p => p.ResumeMessage).HasMaxLength(3000);
        builder.Property(p => p.BackdatePolicy).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Version).IsConcurrencyToken();
        // At most one open pause per project, also when two replicas race: the loser's insert fails.
        builder.HasIndex(p => p.ProjectKey).IsUnique().HasFilter("\"State\" IN ('Scheduled', 'Active')")
            .HasDatabaseName("IX_Pauses_OneOpenPerProject");
        builder.HasIndex(p => new { p.ProjectKey, p.EffectiveAt });
        builder.HasOne<Core.Projects.Project>().WithMany().HasForeignKey(p => p.ProjectKey);
        builder.HasMany(p => p.Updates).WithOne().HasForeignKey(u => u.PauseId);
        builder.Navigation(p => p.Updates).HasField("_updates").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.OwnsMany(p => p.Acknowledgements, a =>
        {
            a.ToTable("Acknowledgements");
            a.WithOwner().HasForeignKey(x => x.PauseId);
            a.HasKey(x => new { x.PauseId, x.UserId });
            a.Property(x => x.UserId).HasMaxLength(32);
        });
        builder.Navigation(p => p.Acknowledgements).HasField("_acknowledgements").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsOpen);
        builder.Ignore(p => p.LatestUpdate);
        builder.Ignore(p => p.IntervalEnd);
        builder.Ignore(p => p.IsBackdated);
        builder.Ignore(p => p.NotBillableFrom);
    }
}
