#!/usr/bin/env bash
# Regenerates the database model's generated code after a mapping change, before the first release:
#   - one Initial migration per provider (src/PauseBot.Persistence/Migrations/{Sqlite,Postgres}), squashed from the model;
#   - the compiled models (src/PauseBot.Persistence/CompiledModels/{Sqlite,Postgres}) that the contexts load at startup.
# The PostgreSQL Initial also creates the project-state NOTIFY triggers (ProjectStateTriggers), added here after scaffolding.
# CompiledModelTests fails while the compiled models are stale. Never hand-edit the generated files: change the mapping
# (Configurations/) and run this again; on a merge conflict in them, take either side and run this again.
# After the first release, add migrations with `dotnet ef migrations add` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
P=src/PauseBot.Persistence
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null

# The compiled models go first: EF would otherwise scaffold the migration from the stale compiled model.
rm -rf "$P/CompiledModels" "$P/Migrations"
dotnet build "$P" -v q -nologo >/dev/null

for provider in Sqlite Postgres; do
  dotnet ef migrations add Initial --no-build --project "$P" --context "${provider}PauseBotDbContext" \
    --output-dir "Migrations/$provider" >/dev/null
done
python3 scripts/regen-model.py triggers "$P/Migrations/Postgres"
python3 scripts/regen-model.py fixed-initial "$P/Migrations"

dotnet build "$P" -v q -nologo >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef dbcontext optimize --no-build --project "$P" --context "${provider}PauseBotDbContext" \
    --output-dir "CompiledModels/$provider" --namespace "PauseBot.Persistence.CompiledModels.$provider" >/dev/null
done
python3 scripts/regen-model.py stable-ids "$P/CompiledModels"

dotnet build "$P" -v q -nologo >/dev/null
echo "Regenerated $(ls $P/Migrations/*/*_Initial.cs | xargs -n1 basename | tr '\n' ' ')and CompiledModels/{Sqlite,Postgres}."
