#!/usr/bin/env bash
# Builds the services' base image where no container registry can be reached: a minimal
# Debian root file system from the machine's own Debian mirror (debootstrap, minbase) plus a
# Java runtime linked with jlink from the build JDK, imported into the local Docker engine.
# Jib then builds the service images on it (-Dakhbar.image.base=docker://TAG).
#
# Usage: deploy/image/build-base-image.sh            prints the tag of the image on stdout
# The tag names the Java version, the Debian suite and a hash of this script, so a second run
# finds the image already there and returns at once. Needs root (debootstrap) and docker.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java_home="${JAVA_HOME:?set JAVA_HOME to the JDK 21+ whose runtime the image should carry}"

# The modules the services use (jdeps over their class paths, rounded up to whole families),
# plus jdk.charsets for pages in legacy Arabic encodings (windows-1256, ISO-8859-6) and
# jdk.incubator.vector, which Lucene uses when present.
modules="java.se,jdk.unsupported,jdk.incubator.vector,jdk.zipfs,jdk.localedata,jdk.charsets,jdk.management,jdk.jfr,jdk.naming.dns,jdk.httpserver,jdk.crypto.cryptoki"

suite="$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")"
# The first Debian mirror apt is configured with (deb822 or one-line format).
mirror="$(grep -hoE '(URIs:[[:space:]]*|^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?)https?://[^[:space:]]+' \
            /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list 2>/dev/null \
          | grep -oE 'https?://[^[:space:]]+/debian/?$' | head -1 || true)"
mirror="${mirror:-http://deb.debian.org/debian}"

java_version="$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p')"
script_hash="$(cat "${BASH_SOURCE[0]}" | sha256sum | cut -c1-10)"
tag="akhbar/runtime-base:${java_version%%.*}-${suite}-${script_hash}"

if docker image inspect "$tag" >/dev/null 2>&1; then
  echo "base image $tag is already built" >&2
  echo "$tag"
  exit 0
fi

work="$(mktemp -d /tmp/akhbar-base-image.XXXXXX)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"

echo "building base image $tag: debootstrap $suite from $mirror, Java $java_version" >&2
debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || {
  tail -20 "$work/debootstrap.log" >&2
  exit 1
}
# Nothing at run time installs packages: drop apt's lists, caches, docs and manuals.
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/usr/share/doc/* \
       "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/var/log/*

"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --output "$rootfs/opt/java" 2>&1 | grep -v 'incubator modules' >&2 || true
[[ -x "$rootfs/opt/java/bin/java" ]] || { echo "jlink produced no runtime" >&2; exit 1; }

# The unprivileged user the services run as (the images say USER 10001 whatever the base).
echo 'akhbar:x:10001:10001:Akhbar services:/var/lib/akhbar:/usr/sbin/nologin' >>"$rootfs/etc/passwd"
echo 'akhbar:x:10001:' >>"$rootfs/etc/group"
install -d -o 10001 -g 10001 -m 0755 "$rootfs/var/lib/akhbar"

tar -C "$rootfs" -c . | docker import \
    --change 'ENV JAVA_HOME=/opt/java' \
    --change 'ENV PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change "LABEL org.opencontainers.image.description=\"Debian $suite minbase with a jlinked Java $java_version runtime\"" \
    - "$tag" >&2
echo "$tag"
