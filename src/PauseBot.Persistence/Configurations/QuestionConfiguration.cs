using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PauseBot.Core.Questions;

namespace PauseBot.Persistence.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.ProjectKey).HasMaxLength(40);
        builder.Property(q => q.AskerId).HasMaxLength(32);
        builder.Property(q => q.Text).HasMaxLength(4000);
        builder.Property(q => q.Intent).HasMaxLength(32);
        builder.Property(q => q.ChannelId).HasMaxLength(32);
        builder.Property(q => q.ThreadTs).HasMaxLength(32);
        builder.Property(q => q.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.Answer).HasMaxLength(4000);
        builder.Property(q => q.AnsweredBy).HasMaxLength(32);
        builder.HasIndex(q => new { q.ProjectKey, q.State });
    }
}

internal sealed class FaqEntryConfiguration : IEntityTypeConfiguration<FaqEntry>
{
    public void Configure(EntityTypeBuilder<FaqEntry> builder)
    {
        builder.ToTable("Faq");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.ProjectKey).HasMaxLength(40);
        builder.Property(f => f.Question).HasMaxLength(4000);
        builder.Property(f => f.Answer).HasMaxLength(4000);
        builder.Property(f => f.CreatedBy).HasMaxLength(32);
        builder.HasIndex(f => f.ProjectKey);
    }
}
