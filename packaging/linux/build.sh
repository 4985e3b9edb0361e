#!/usr/bin/env bash
# Builds the Linux installers from the jars Maven staged under target/installer/input:
#   1. a trimmed runtime (jlink): the JDK modules the console uses plus the JavaFX modules from the Maven jars,
#      with a class-data sharing archive of the classes a window start loads;
#   2. JavaFX's native libraries copied next to the runtime's own, so the .deb's computed Depends include GTK and
#      GL and nothing is unpacked into the user's home on first start;
#   3. the app-image, then the .deb built from that app-image.
# Usage: build.sh TARGET_DIR VERSION JDK_HOME [app-image|deb|all]
set -euo pipefail
target=$1
version=$2
jdk=$3
what=${4:-all}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$target/installer
input=$out/input
fx=$out/javafx-modules
name=mqtt-ca-console
cp "$target/$name.jar" "$input/"

jdk_modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,\
java.xml,jdk.charsets,jdk.crypto.ec,jdk.httpserver,jdk.localedata,jdk.unsupported,jdk.zipfs
fx_modules=javafx.base,javafx.graphics,javafx.controls,javafx.fxml,javafx.swing
runtime_classes='(java|javax|jdk|sun|com/sun|javafx|org/w3c|org/xml)/'

rm -rf "$out/runtime" "$out/app-image" "$out/natives"
"$jdk/bin/jlink" --module-path "$fx" --add-modules "$jdk_modules,$fx_modules" \
    --include-locales=en,zh --strip-debug --no-man-pages --no-header-files \
    --output "$out/runtime"

mkdir -p "$out/natives"
for jar in "$fx"/*.jar; do
    (cd "$out/natives" && "$jdk/bin/jar" xf "$jar" $("$jdk/bin/jar" tf "$jar" | grep -E '\.so$' || true))
done
find "$out/natives" -name '*.so' -exec cp {} "$out/runtime/lib/" \;

# Class-data sharing: the runtime's default archive (lib/server/classes.jsa) holds the JDK and JavaFX classes a
# window start loads (from packaging/cds/classlist), which takes about 0.5 s off every start. jlink makes no
# archive, so without this step the runtime would not even have the JDK's own. Application classes stay out:
# their recorded jar paths would not match once the app-image is moved. The .deb's postinst adds them in place
# (see postinst). The runtime's java command is needed for the dump only and removed after it.
grep -E "^($runtime_classes|@lambda-form-invoker |@lambda-proxy $runtime_classes)" "$root/packaging/cds/classlist" \
    > "$out/cds-runtime-classlist"
"$out/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$out/cds-runtime-classlist" -Xlog:cds=off \
    -Xlog:cds+dynamic=off > "$out/cds-dump.log" 2>&1 || { cat "$out/cds-dump.log"; exit 1; }
cp "$root/packaging/cds/classlist" "$input/cds-classlist"
rm -rf "$out/runtime/bin"

# Debian package versions may not contain "-SNAPSHOT"; jpackage wants digits and dots.
app_version=$(echo "$version" | sed -E 's/[^0-9.].*$//')
"$jdk/bin/jpackage" --type app-image --name "$name" --app-version "$app_version" \
    --input "$input" --main-jar "$name.jar" --main-class io.mqttca.console.app.Main \
    --java-options '-XX:TieredStopAtLevel=1' \
    --runtime-image "$out/runtime" --icon "$root/icons/$name-256.png" \
    --description "Administration console for the X.509 CA certificates of ApsaraMQ for MQTT" \
    --vendor "MQTT CA Console" --copyright "MQTT CA Console authors" \
    --dest "$out/app-image"
[ "$what" = app-image ] && exit 0

"$jdk/bin/jpackage" --type deb --name "$name" --app-version "$app_version" \
    --app-image "$out/app-image/$name" --resource-dir "$here" \
    --description "Administration console for the X.509 CA certificates of ApsaraMQ for MQTT" \
    --vendor "MQTT CA Console" --copyright "MQTT CA Console authors" \
    --icon "$root/icons/$name-256.png" \
    --linux-package-name "$name" --linux-deb-maintainer maintainers@mqttca.io \
    --linux-menu-group "Network;Security;Utility;" --linux-app-category net --linux-shortcut \
    --install-dir /opt \
    --dest "$out"
ls -l "$out"/*.deb
