#!/usr/bin/env bash
# Proves the module template: in a throw-away copy of the repository, create a module with the Cake target, build the
# solution, and run the new module's own end-to-end test (which also checks the host discovered it). Nothing else is
# edited by hand. Prints the test runner's summary, which .ci/run counts.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/repo"
cd "$work/repo"
dotnet tool restore >/dev/null
dotnet cake --target=NewModule --name=Leaderboard >/dev/null
dotnet build Pryton.sln -nologo -v q
dotnet test tests/Pryton.Modules.Leaderboard.Tests --no-build --logger "console;verbosity=minimal"
# The event map in docs/architecture.md is expected to change with a new module; the rest must hold as it is.
dotnet test tests/Pryton.ArchitectureTests --no-build --filter "FullyQualifiedName!~ArchitectureDoc" --logger "console;verbosity=minimal"
