#!/usr/bin/env bash
# Builds a PostgreSQL image for deploy/compose.yaml where no registry can be reached: Debian's
# postgresql package installed on the base image of build-base-image.sh, with an entry point
# that honours what compose.yaml uses of the official image (POSTGRES_DB, POSTGRES_USER,
# POSTGRES_PASSWORD, PGDATA, and "postgres -c ..." as the command).
#
# Usage: deploy/image/build-postgres-image.sh BASE_TAG   prints the new image's tag on stdout
#   then: AKHBAR_POSTGRES_IMAGE=<tag> docker compose -f deploy/compose.yaml up
# Needs the host's network for apt (the container runs with --network host).
set -euo pipefail

base="${1:?usage: $0 BASE_TAG (the tag build-base-image.sh prints)}"
script_hash="$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-10)"
tag="akhbar/postgres-local:${base##*:}-${script_hash}"
if docker image inspect "$tag" >/dev/null 2>&1; then
  echo "$tag"
  exit 0
fi

entrypoint='#!/bin/bash
# Initialises the data directory on first start, then runs the server as user postgres.
set -euo pipefail
: "${PGDATA:=/var/lib/postgresql/data}"
export PGDATA
if [[ "$(id -u)" == 0 ]]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown -R postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi
user="${POSTGRES_USER:-postgres}"
if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
  pwfile="$(mktemp)"
  printf "%s" "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}" >"$pwfile"
  initdb -D "$PGDATA" -U "$user" --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  db="${POSTGRES_DB:-$user}"
  if [[ "$db" != postgres ]]; then
    pg_ctl -D "$PGDATA" -o "-c listen_addresses=" -w start
    psql -v ON_ERROR_STOP=1 -U "$user" -d postgres -c "CREATE DATABASE \"$db\" OWNER \"$user\""
    pg_ctl -D "$PGDATA" -m fast -w stop
  fi
fi
if [[ "${1:-}" == postgres ]]; then
  shift
  exec postgres -D "$PGDATA" "$@"
fi
exec "$@"'

name="akhbar-postgres-build-$$"
work="$(mktemp -d)"
trap 'rm -rf "$work"; docker rm -f "$name" >/dev/null 2>&1 || true' EXIT
printf '%s\n' "$entrypoint" >"$work/postgres-entrypoint"
chmod 755 "$work/postgres-entrypoint"
docker run --name "$name" --network host --user 0 "$base" bash -c '
  set -e
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
  rm -rf /var/lib/apt/lists/* /var/cache/apt/* /usr/share/doc/* /usr/share/man/* /var/lib/postgresql/15 /etc/postgresql/15
' >&2
docker cp "$work/postgres-entrypoint" "$name:/usr/local/bin/postgres-entrypoint"
docker commit \
    --change 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV PGDATA=/var/lib/postgresql/data' \
    --change 'USER 0' \
    --change 'ENTRYPOINT ["/usr/local/bin/postgres-entrypoint"]' \
    --change 'CMD ["postgres"]' \
    --change 'VOLUME /var/lib/postgresql/data' \
    "$name" "$tag" >&2
echo "$tag"
