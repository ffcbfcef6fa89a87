#!/usr/bin/env bash
# The breaking-change check of a release (Docs/PublicAPI.md): compares the public API of the
# library products with the previous release's tag.
#
#   Scripts/check-api.sh <previous tag>        e.g. Scripts/check-api.sh 0.1.0
#
# 1. swift package diagnose-api-breaking-changes: builds the tag in .build and compares the Swift
#    API of every library product that existed at the tag (removed or changed declarations,
#    conformances, enum cases, …).
# 2. Scripts/check-public-api.py: public declarations of the tag that are gone, which also catches a
#    declaration narrowed from public to package (step 1 does not, on Swift 6.3 for Linux).
# Exits non-zero when either finds something; a major release may then go ahead, with each break
# listed under "Breaking changes" in CHANGELOG.md.
set -uo pipefail
cd "$(dirname "$0")/.."
tag="${1:?usage: Scripts/check-api.sh <previous tag>}"

products=()
for product in Sotong SotongCore SotongSQLite SotongDomain SotongProjections; do
  git cat-file -e "$tag:Sources/$product" 2>/dev/null && products+=("$product")
done

status=0
echo "== swift package diagnose-api-breaking-changes $tag --products ${products[*]}"
swift package diagnose-api-breaking-changes "$tag" --products "${products[@]}" 2>&1 \
  | grep -vE '^\[[0-9]+/[0-9]+\]|^Building|^Build complete|unhandled; explicitly declare|\.docc$' || true
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
echo "== public declarations of $tag that are gone"
python3 Scripts/check-public-api.py "$tag" || status=1
exit $status
