using Microsoft.EntityFrameworkCore;

namespace PauseBot.Persistence;

/// <summary>PostgreSQL, the store shared by several replicas.</summary>
public sealed class PostgresPauseBotDbContext(DbContextOptions<PostgresPauseBotDbContext> options) : PauseBotDbContext(options);
