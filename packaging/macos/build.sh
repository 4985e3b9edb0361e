#!/usr/bin/env bash
# Builds the macOS app-image (.app) and .dmg on a Mac, like packaging/linux/build.sh does on Linux.
# Usage: build.sh TARGET_DIR VERSION JDK_HOME [app-image|all]
set -euo pipefail
target=$1
version=$2
jdk=$3
what=${4:-all}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
name=mqtt-ca-console
out=$target/installer
input=$out/input
fx=$out/javafx-modules
cp "$target/$name.jar" "$input/"

jdk_modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,\
java.xml,jdk.charsets,jdk.crypto.ec,jdk.httpserver,jdk.localedata,jdk.unsupported,jdk.zipfs
fx_modules=javafx.base,javafx.graphics,javafx.controls,javafx.fxml,javafx.swing

rm -rf "$out/runtime" "$out/app-image"
"$jdk/bin/jlink" --module-path "$fx" --add-modules "$jdk_modules,$fx_modules" \
    --include-locales=en,zh --strip-native-commands --strip-debug --no-man-pages --no-header-files \
    --output "$out/runtime"

# macOS bundle versions must start with a non-zero number.
app_version=$(echo "$version" | sed -E 's/[^0-9.].*$//; s/^0\./1.0./')
"$jdk/bin/jpackage" --type app-image --name "$name" --app-version "$app_version" \
    --input "$input" --main-jar "$name.jar" --main-class io.mqttca.console.app.Main \
    --java-options '-XX:TieredStopAtLevel=1' \
    --runtime-image "$out/runtime" --icon "$root/icons/$name.icns" \
    --mac-package-identifier io.mqttca.console --mac-package-name "MQTT CA Console" \
    --mac-app-category public.app-category.developer-tools \
    --vendor "MQTT CA Console" --dest "$out/app-image"
[ "$what" = app-image ] && exit 0

"$jdk/bin/jpackage" --type dmg --name "$name" --app-version "$app_version" \
    --app-image "$out/app-image/$name.app" --resource-dir "$here" \
    --mac-package-identifier io.mqttca.console --vendor "MQTT CA Console" --dest "$out"
ls -l "$out"/*.dmg
