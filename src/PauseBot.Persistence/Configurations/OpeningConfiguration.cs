using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Core.Openings;

namespace PauseBot.Persistence.Configurations;

internal sealed class OpeningConfiguration : IEntityTypeConfiguration<Opening>
{
    public void Configure(EntityTypeBuilder<Opening> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedOnAdd(); // short numbers people type: 1, 2, 3…
        builder.Property(o => o.Text).HasMaxLength(1000);
        builder.Property(o => o.Skills).HasMaxLength(500);
        builder.Property(o => o.ForProjects).HasMaxLength(500);
        builder.Property(o => o.Owner).HasMaxLength(32);
        builder.Property(o => o.ClosedBy).HasMaxLength(32);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.ClosedAt);
        builder.OwnsMany(o => o.Interests, i =>
        {
            i.ToTable("OpeningInterests");
            i.WithOwner().HasForeignKey(x => x.OpeningId);
            i.HasKey(x => new { x.OpeningId, x.UserId });
            i.Property(x => x.UserId).HasMaxLength(32);
        });
        builder.Navigation(o => o.Interests).HasField("_interests").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(o => o.ProjectKeys);
        builder.Ignore(o => o.IsForEveryone);
        builder.Ignore(o => o.SlotsLeft);
    }
}
