# Builds the Windows app-image and .msi on Windows (needs the WiX Toolset 3 on PATH for the .msi), like
# packaging/linux/build.sh does on Linux.
# Usage: powershell packaging/windows/build.ps1 TARGET_DIR VERSION JDK_HOME [app-image|all]
param([string]$Target, [string]$Version, [string]$Jdk, [string]$What = "all")
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$root = Resolve-Path "$here\..\.."
$name = "mqtt-ca-console"
$out = "$Target\installer"
Copy-Item "$Target\$name.jar" "$out\input\"

$modules = "java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql," +
    "java.xml,jdk.charsets,jdk.crypto.ec,jdk.httpserver,jdk.localedata,jdk.unsupported,jdk.zipfs," +
    "javafx.base,javafx.graphics,javafx.controls,javafx.fxml,javafx.swing"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue "$out\runtime", "$out\app-image"
& "$Jdk\bin\jlink" --module-path "$out\javafx-modules" --add-modules $modules --include-locales=en,zh `
    --strip-native-commands --strip-debug --no-man-pages --no-header-files --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

$appVersion = ($Version -replace '[^0-9.].*$', '')
& "$Jdk\bin\jpackage" --type app-image --name $name --app-version $appVersion --input "$out\input" `
    --main-jar "$name.jar" --main-class io.mqttca.console.app.Main --runtime-image "$out\runtime" `
    --java-options "-XX:TieredStopAtLevel=1" `
    --icon "$root\icons\$name.ico" --vendor "MQTT CA Console" --dest "$out\app-image"
if ($LASTEXITCODE -ne 0 -or $What -eq "app-image") { exit $LASTEXITCODE }

# The upgrade UUID must never change: it is how Windows knows a new .msi upgrades an installed console.
& "$Jdk\bin\jpackage" --type msi --name $name --app-version $appVersion --app-image "$out\app-image\$name" `
    --resource-dir $here --vendor "MQTT CA Console" --icon "$root\icons\$name.ico" `
    --win-upgrade-uuid "6f1d8f3e-2b7a-4c8e-9a51-3d2c7b9e4f10" --win-menu --win-menu-group "MQTT CA Console" `
    --win-shortcut --win-shortcut-prompt --win-per-user-install --win-dir-chooser --dest $out
exit $LASTEXITCODE
