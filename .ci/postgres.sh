#!/usr/bin/env bash
# Starts this machine's PostgreSQL (installing Debian's package when missing), creates a role and a
# database for the tests, and exports PASSBOOK_TEST_PG_URL. Sourced by .ci/run.
#
# Safe to run while another run is using the database: the role's password is kept in a root-only
# file and reused, and the database is only recreated when nobody is connected to it (every test
# works in a schema of its own, so reusing the database is harmless).
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

pg_version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | grep -q "^${pg_version} main"; then
  pg_createcluster "$pg_version" main >/dev/null
fi
if ! pg_lsclusters -h | grep -q "^${pg_version} main .* online"; then
  pg_ctlcluster "$pg_version" main start
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1 -p 5432" && break
  sleep 1
done

pg_password_file=/var/lib/postgresql/.passbook_ci_password
if [ ! -s "$pg_password_file" ]; then
  (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$pg_password_file")
fi
PG_PASSWORD=$(cat "$pg_password_file")

# run psql from a directory the postgres user can read, to avoid "could not change directory" noise
(cd / && su postgres -c "psql -q -v ON_ERROR_STOP=1") <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'passbook') THEN CREATE ROLE passbook LOGIN; END IF;
END \$\$;
ALTER ROLE passbook WITH LOGIN PASSWORD '${PG_PASSWORD}';
SELECT 'DROP DATABASE passbook_test'
 WHERE EXISTS (SELECT FROM pg_database WHERE datname = 'passbook_test')
   AND NOT EXISTS (SELECT FROM pg_stat_activity WHERE datname = 'passbook_test')\gexec
SELECT 'CREATE DATABASE passbook_test OWNER passbook ENCODING ''UTF8'' LC_COLLATE ''C'' LC_CTYPE ''C'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'passbook_test')\gexec
SQL

export PASSBOOK_TEST_PG_URL="jdbc:postgresql://127.0.0.1:5432/passbook_test?user=passbook&password=${PG_PASSWORD}"
echo "PostgreSQL ${pg_version} ready for tests on 127.0.0.1:5432/passbook_test"
