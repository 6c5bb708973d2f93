#!/usr/bin/env bash
# Lints saved OpenAPI documents with Redocly CLI (version pinned in package-lock.json), using the
# rules of redocly.yaml. Starts nothing: the documents come from OpenApiDocumentIntegrationTests,
# which writes the live /v3/api-docs to target/openapi/ during `./mvnw verify`.
#
#   src/test/openapi/lint.sh                      # target/openapi/openapi.json and openapi-iotda.json
#   src/test/openapi/lint.sh path/to/spec.json    # any saved document(s)
#
# Needs Node.js 20.19+ and npm; the first run installs the pinned packages with `npm ci`.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"

if [ "$#" -gt 0 ]; then
  specs=()
  for spec in "$@"; do specs+=("$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")"); done
else
  specs=("$root/target/openapi/openapi.json" "$root/target/openapi/openapi-iotda.json")
fi

for spec in "${specs[@]}"; do
  if [ ! -s "$spec" ]; then
    echo "[openapi-lint] $spec is missing: run ./mvnw verify first (OpenApiDocumentIntegrationTests writes it)" >&2
    exit 2
  fi
done

cd "$here"
if [ ! -x node_modules/.bin/redocly ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "[openapi-lint] redocly $(node_modules/.bin/redocly --version 2>/dev/null | tail -n 1) on ${specs[*]}"
node_modules/.bin/redocly lint --config redocly.yaml --format=stylish "${specs[@]}"
