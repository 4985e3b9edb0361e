#!/usr/bin/env bash
# Renders the application icon from mqtt-ca-console.svg into the PNG, ICO and ICNS files committed beside it,
# so that builds need no image tools. Needs: rsvg-convert (librsvg2-bin), ImageMagick, png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
svg=mqtt-ca-console.svg
sizes=(16 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "mqtt-ca-console-$size.png"
done
# ImageMagick by its versioned name: a plain `convert` may be another program on some machines.
magick_convert=$(command -v magick || command -v convert-im6.q16 || command -v convert)
"$magick_convert" mqtt-ca-console-16.png mqtt-ca-console-32.png mqtt-ca-console-48.png \
    mqtt-ca-console-64.png mqtt-ca-console-128.png mqtt-ca-console-256.png mqtt-ca-console.ico
png2icns mqtt-ca-console.icns mqtt-ca-console-16.png mqtt-ca-console-32.png mqtt-ca-console-48.png \
    mqtt-ca-console-128.png mqtt-ca-console-256.png mqtt-ca-console-512.png >/dev/null
# The window icon at run time comes from the classpath.
res=../src/main/resources/io/mqttca/console/app/icons
mkdir -p "$res"
for size in 16 32 48 64 128 256; do
    cp "mqtt-ca-console-$size.png" "$res/"
done
echo "rendered: ${sizes[*]} px, .ico, .icns"
