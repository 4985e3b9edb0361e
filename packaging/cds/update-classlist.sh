#!/usr/bin/env bash
# Regenerates packaging/cds/classlist: the classes a window start loads, recorded from a real start of the
# app-image on the sandbox. Run it when dependencies or the window change much; a stale list only costs speed
# (listed classes that no longer exist are skipped, unlisted ones load as usual). Needs a display, or xvfb-run:
#   mvn -Pinstaller -DskipTests -Dinstaller.type=app-image package
#   xvfb-run -a packaging/cds/update-classlist.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
launcher=$root/target/installer/app-image/mqtt-ca-console/bin/mqtt-ca-console
data=$(mktemp -d)
recorded=$(mktemp)
trap 'rm -rf "$data" "$recorded"' EXIT

# The first start creates the sandbox's database; the second is the start operators see every day.
"$launcher" --data "$data" --smoke
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$recorded" "$launcher" --data "$data" --smoke

grep -v '^#' "$recorded" > "$here/classlist"
wc -l "$here/classlist"
