#!/usr/bin/env bash
# Fits the question classifier's models from src/PauseBot.Core/Questions/Data/train.tsv and writes intent-model.zip,
# intent-sentence-model.zip, intent-neighbours.bin, intent-words.bin and intent-model.fingerprint beside it; PauseBot.Core
# embeds them, so a process loads the models instead of fitting them.
# Run after changing train.tsv, the normaliser, the lexicon, the rules or IntentModel's pipeline (the fingerprint test,
# IntentModelArtifactTests, fails until you do). Deterministic: the same inputs give the same files. CPU-heavy for
# a minute or more on a busy machine, so it runs niced.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
DATA=src/PauseBot.Core/Questions/Data
dotnet build scripts/FitIntentModel -c Release -v q -nologo -clp:ErrorsOnly
nice -n 10 dotnet scripts/FitIntentModel/bin/Release/net10.0/FitIntentModel.dll "$DATA"
