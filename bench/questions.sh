#!/usr/bin/env bash
# Benchmark 3: answers per second and p99 per answer on the `ask` path (and the classifier alone). Target (issue 16): p99 < 20 ms; also the model load time and RSS before/after it.
# Usage: bench/questions.sh [--rounds 20]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$ROOT/bench/Questions" -c Release -v q -nologo >/dev/null
dotnet "$ROOT/bench/Questions/bin/Release/net10.0/Questions.dll" "$@"
