#!/bin/sh
# Validates what the package installs for desktops and people:
#   --desktop FILE    desktop-file-validate
#   --metainfo FILE   appstreamcli validate --no-net
#   --man FILE        groff -man -ww: no warnings (repeatable)
#   --cli PATH        the first --man page documents every rapport-cli command and option
# Exit 0 when valid, 1 on a problem, 77 when a validator is not installed (CTest: skipped).
set -u

desktop= metainfo= cli= manpages=
while [ $# -gt 0 ]; do
    case "$1" in
    --desktop) desktop=$2; shift 2 ;;
    --metainfo) metainfo=$2; shift 2 ;;
    --man) manpages="$manpages $2"; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    *) echo "validate.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

for tool in desktop-file-validate appstreamcli groff; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "validate.sh: $tool is not installed; skipping" >&2
        exit 77
    fi
done

status=0
fail() {
    echo "FAIL: $*" >&2
    status=1
}

if [ -n "$desktop" ]; then
    out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate $desktop"
    [ -z "$out" ] || { echo "$out" >&2; fail "desktop-file-validate reported: $out"; }
fi

if [ -n "$metainfo" ]; then
    appstreamcli validate --no-net --no-color "$metainfo" >&2 || fail "appstreamcli validate $metainfo"
fi

for page in $manpages; do
    out=$(groff -man -ww -z -K utf8 "$page" 2>&1)
    [ -z "$out" ] || { echo "$out" >&2; fail "groff warnings in $page"; }
done

# Keep the manual page honest: every command rapport-cli lists has a ".SS command" section, and
# every option its --help shows appears in that section (as \-\-option).
if [ -n "$cli" ]; then
    page=$(echo $manpages | cut -d' ' -f1)
    commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
    [ -n "$commands" ] || fail "no commands in $cli --help"
    for cmd in $commands; do
        # The section's text with groff's \- turned back into plain hyphens.
        section=$(awk -v cmd="$cmd" '
            /^\.S[SH] / { inside = ($0 == ".SS " cmd) ; next }
            inside { print }' "$page" | sed 's/\\-/-/g')
        if [ -z "$section" ]; then
            fail "$page has no \".SS $cmd\" section"
            continue
        fi
        options=$("$cli" "$cmd" --help | sed -n 's/^ *\(-[A-Za-z?], \)\{0,1\}--\([a-z0-9-]*\).*/\2/p')
        for opt in $options; do
            case "$opt" in help | help-all | json | version) continue ;; esac
            printf '%s\n' "$section" | grep -q -E -e "(^|[^-a-z0-9])--$opt([^-a-z0-9]|\$)" ||
                fail "$page: section $cmd does not document --$opt"
        done
    done
fi

exit $status
