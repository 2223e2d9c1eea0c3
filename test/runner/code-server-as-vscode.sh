#!/bin/sh
# Stands in for a VS Code executable for @vscode/test-electron: translates its arguments into a
# code-server run of the same suite (see test/runner/vscode-args.mjs).
exec node "$(dirname "$0")/vscode-args.mjs" "$@"
