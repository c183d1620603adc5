#!/bin/sh
# Add Quash to this user's applications menu and command line; the app keeps running from
# this folder, so run this again after moving the folder.
#
#     ./install.sh               the menu entry, the icon, and ~/.local/bin/quash
#     ./install.sh --uninstall   remove them again (vaults are never touched)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
entry=$data/applications/quash.desktop
png=$data/icons/hicolor/256x256/apps/quash.png
svg=$data/icons/hicolor/scalable/apps/quash.svg

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$png" "$svg"
    if [ -L "$bin/quash" ]; then rm -f "$bin/quash"; fi
    refresh
    echo "Quash removed from the menu. Vaults and this folder are untouched."
    exit 0
fi

mkdir -p "$bin" "$(dirname "$entry")" "$(dirname "$png")" "$(dirname "$svg")"
ln -sfn "$here/quash" "$bin/quash"
cp "$here/quash.png" "$png"
cp "$here/quash.svg" "$svg"
# The desktop entry names this folder's program; backslashes, quotes, $ and ` are escaped as
# the Desktop Entry specification asks for a quoted Exec argument.
exec_path=$(printf '%s' "$here/quash" | sed -e 's/[\\"`$]/\\\\&/g')
while IFS= read -r line; do
    case $line in
        Exec=*) printf 'Exec="%s"\n' "$exec_path" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/quash.desktop" > "$entry"
refresh
echo "Quash is in the applications menu; \`quash\` runs it from $bin."
