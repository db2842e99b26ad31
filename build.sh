#!/usr/bin/env bash
# The one entry point for building, testing, benchmarking and packing B2B2C.Sdk.
#
# Usage: ./build.sh <command> [arguments...]
#
# Commands:
#   test                  Restore, build the solution in Release (warnings are errors), start the services the
#                         tests need, run every tests/**/*.Tests.csproj with a TRX logger into
#                         artifacts/test-results/, and end with the line "N passed, N failed" summed over all
#                         test projects. Exits non-zero when a test failed, a test project did not run, or no
#                         test ran at all.
#   build                 Restore and build the solution in Release.
#   demo [args...]        Run the console sample's demo: samples/B2B2C.Sdk.Samples.Console -- demo [args...].
#   bench [args...]       Run the benchmarks in Release with BenchmarkDotNet arguments, for example
#                         ./build.sh bench --filter '*Money*'. Without arguments every benchmark runs.
#   bench-dry [args...]   Run every benchmark once with --job Dry (keeps them compiling and running; no figures);
#                         the pricing benchmarks use their small book (B2B2C_PRICING_DATASET=S).
#   pack                  Pack every project under src/ into artifacts/packages/ and check that each package
#                         holds README.md and the XML documentation.
#   services-check NAME.. Start the named services (see "Services" below), print their connection variables,
#                         then stop them. For example: ./build.sh services-check postgresql
#   help                  Print this text.
#
# Environment:
#   CI=true               Continuous-integration mode: no build servers left behind, and a service that cannot
#                         be installed or started fails the run.
#   B2B2C_POSTGRES_CONNECTION
#                         When already set, the PostgreSQL service is not started: the given server is used.
#
# Services: integration tests use real components on loopback (PostgreSQL, later Chromium). Each service NAME
# has four functions, is_installed_NAME, install_NAME, start_NAME and stop_NAME, and is listed in
# KNOWN_SERVICES. TEST_SERVICES names the ones `test` starts. `require_service NAME` installs the service when
# it is missing (apt-get update runs at most once, and only then), starts it on 127.0.0.1, exports its
# connection variables and records it, and a single EXIT trap stops everything that was started.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$REPO_ROOT"

readonly SOLUTION="B2B2C.Sdk.sln"
readonly CONFIGURATION="Release"
readonly ARTIFACTS="$REPO_ROOT/artifacts"
readonly TEST_RESULTS="$ARTIFACTS/test-results"
readonly PACKAGES_OUT="$ARTIFACTS/packages"
readonly DEMO_PROJECT="samples/B2B2C.Sdk.Samples.Console"
readonly BENCH_PROJECT="benchmarks/B2B2C.Sdk.Benchmarks"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

is_ci() {
    [[ "${CI:-}" == "true" || "${CI:-}" == "1" ]]
}

log() {
    printf '==> %s\n' "$*" >&2
}

warn() {
    printf 'warning: %s\n' "$*" >&2
}

die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Arguments for every dotnet build-like command. In CI no MSBuild node, compiler server or MSBuild server
# outlives the command, so nothing holds the run's output open after it ends.
dotnet_build_args() {
    printf '%s\n' "--nologo" "-c" "$CONFIGURATION"
    if is_ci; then
        printf '%s\n' "--disable-build-servers" "-nodeReuse:false"
    fi
}

# ---------------------------------------------------------------------------------------------------------------
# System packages
# ---------------------------------------------------------------------------------------------------------------

APT_UPDATED=0

# Runs a command as root: directly when the script already is root, through sudo otherwise.
as_root() {
    if [[ "$(id -u)" -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        warn "'$*' needs root and sudo is not available"
        return 1
    fi
}

# Installs Debian packages; runs apt-get update once per run, and only when something is being installed.
apt_install() {
    command -v apt-get >/dev/null 2>&1 || { warn "apt-get is not available to install: $*"; return 1; }
    if [[ "$APT_UPDATED" -eq 0 ]]; then
        log "apt-get update"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
        APT_UPDATED=1
    fi
    log "apt-get install $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null
}

# ---------------------------------------------------------------------------------------------------------------
# Services
# ---------------------------------------------------------------------------------------------------------------

# Every service this script knows how to provide.
KNOWN_SERVICES=(postgresql)

# The services the test projects need. Add a name here when a test project starts using one.
TEST_SERVICES=()

# Services started by this run, in start order; cleanup stops them in reverse order.
STARTED_SERVICES=()

is_known_service() {
    local name=$1 known
    for known in "${KNOWN_SERVICES[@]}"; do
        [[ "$known" == "$name" ]] && return 0
    done
    return 1
}

is_started_service() {
    local name=$1 started
    for started in ${STARTED_SERVICES[@]+"${STARTED_SERVICES[@]}"}; do
        [[ "$started" == "$name" ]] && return 0
    done
    return 1
}

# Reports a service that could not be provided. The caller decides: `test` fails the run in CI, and elsewhere
# goes on without the service, so the tests that need it fail with their own message (they are never skipped).
service_failure() {
    local name=$1 what=$2
    if is_ci; then
        printf 'error: service %s could not be %s (CI=true: a missing service fails the run)\n' "$name" "$what" >&2
    else
        warn "service '$name' could not be $what; tests that need it will fail"
    fi
    return 1
}

# Installs NAME when missing, starts it on loopback and exports its connection variables.
require_service() {
    local name=$1
    is_known_service "$name" || die "unknown service '$name' (known: ${KNOWN_SERVICES[*]})"
    if is_started_service "$name"; then
        return 0
    fi
    if ! "is_installed_$name"; then
        "install_$name" && "is_installed_$name" || { service_failure "$name" "installed"; return 1; }
    fi
    log "starting service $name"
    if "start_$name"; then
        STARTED_SERVICES+=("$name")
    else
        "stop_$name" || true # undo a partial start: a server left running, temporary files
        service_failure "$name" "started"
        return 1
    fi
}

# Stops every service this run started, most recent first. Safe to call more than once.
stop_services() {
    local i name
    for ((i = ${#STARTED_SERVICES[@]} - 1; i >= 0; i--)); do
        name=${STARTED_SERVICES[$i]}
        log "stopping service $name"
        "stop_$name" || warn "service '$name' did not stop cleanly"
    done
    STARTED_SERVICES=()
}

cleanup() {
    local status=$?
    set +e
    stop_services
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Prints a TCP port on 127.0.0.1 that nothing listens on right now.
free_loopback_port() {
    local port attempt
    for attempt in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            printf '%s\n' "$port"
            return 0
        fi
    done
    return 1
}

# Runs a command as the unprivileged user that owns a service's files (servers such as PostgreSQL refuse root).
# $1 is the user name, used only when the script runs as root.
run_as() {
    local user=$1
    shift
    # The server's user may not be able to enter the current folder: work from / instead.
    (
        cd /
        if [[ "$(id -u)" -ne 0 ]]; then
            "$@"
        elif command -v runuser >/dev/null 2>&1; then
            runuser -u "$user" -- "$@"
        else
            su -s /bin/sh "$user" -c "$(printf '%q ' "$@")"
        fi
    )
}

# --- PostgreSQL: a throwaway cluster (initdb in a temporary folder), on 127.0.0.1 and a free port. -------------
#
# Exports:
#   B2B2C_POSTGRES_CONNECTION  Npgsql connection string, for example
#                              Host=127.0.0.1;Port=54321;Database=b2b2c;Username=b2b2c;Password=...
#   B2B2C_POSTGRES_HOST, B2B2C_POSTGRES_PORT, B2B2C_POSTGRES_DATABASE, B2B2C_POSTGRES_USER, B2B2C_POSTGRES_PASSWORD

PG_USER_OS="postgres"      # operating-system user that runs the server when this script runs as root
PG_ROLE="b2b2c"            # database superuser of the throwaway cluster
PG_DATABASE="b2b2c"
PG_TEMP=""
PG_BIN=""
PG_EXTERNAL=0

# Finds the folder holding initdb, pg_ctl and postgres. Debian keeps them off PATH in /usr/lib/postgresql/N/bin.
postgres_bin_dir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
        printf '%s\n' "$dir"
        return 0
    fi
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    return 1
}

is_installed_postgresql() {
    [[ -n "${B2B2C_POSTGRES_CONNECTION:-}" ]] && return 0
    postgres_bin_dir >/dev/null
}

install_postgresql() {
    apt_install postgresql
}

start_postgresql() {
    if [[ -n "${B2B2C_POSTGRES_CONNECTION:-}" ]]; then
        log "postgresql: using the server in B2B2C_POSTGRES_CONNECTION"
        PG_EXTERNAL=1
        return 0
    fi
    PG_BIN=$(postgres_bin_dir) || return 1

    local os_user=$PG_USER_OS
    if [[ "$(id -u)" -eq 0 ]]; then
        id "$os_user" >/dev/null 2>&1 || { warn "postgresql: user '$os_user' does not exist"; return 1; }
    else
        os_user=$(id -un)
    fi

    # This function runs where `set -e` does not apply (inside `if`), so every step checks its own result.
    PG_TEMP=$(mktemp -d "${TMPDIR:-/tmp}/b2b2c-postgres.XXXXXX") || { PG_TEMP=""; return 1; }
    chmod 700 "$PG_TEMP" || return 1
    local password
    password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n') || return 1
    [[ -n "$password" ]] || return 1
    printf '%s\n' "$password" >"$PG_TEMP/pwfile" || return 1
    mkdir -p "$PG_TEMP/data" "$PG_TEMP/socket" || return 1
    if [[ "$(id -u)" -eq 0 ]]; then
        chown -R "$os_user" "$PG_TEMP" || return 1
    fi

    run_as "$os_user" "$PG_BIN/initdb" -D "$PG_TEMP/data" -U "$PG_ROLE" --pwfile="$PG_TEMP/pwfile" \
        --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$PG_TEMP/initdb.log" 2>&1 || { cat "$PG_TEMP/initdb.log" >&2; return 1; }

    local port attempt started=0
    for attempt in 1 2 3; do
        port=$(free_loopback_port) || return 1
        if run_as "$os_user" "$PG_BIN/pg_ctl" -D "$PG_TEMP/data" -l "$PG_TEMP/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEMP/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
            started=1
            break
        fi
        warn "postgresql: start on port $port failed (attempt $attempt)"
    done
    if [[ "$started" -ne 1 ]]; then
        cat "$PG_TEMP/server.log" >&2 || true
        return 1
    fi

    run_as "$os_user" "$PG_BIN/psql" -X -q -h "$PG_TEMP/socket" -p "$port" -U "$PG_ROLE" -d postgres \
        -v ON_ERROR_STOP=1 -c "CREATE DATABASE $PG_DATABASE" >/dev/null || return 1

    export B2B2C_POSTGRES_HOST="127.0.0.1"
    export B2B2C_POSTGRES_PORT="$port"
    export B2B2C_POSTGRES_DATABASE="$PG_DATABASE"
    export B2B2C_POSTGRES_USER="$PG_ROLE"
    export B2B2C_POSTGRES_PASSWORD="$password"
    export B2B2C_POSTGRES_CONNECTION="Host=127.0.0.1;Port=$port;Database=$PG_DATABASE;Username=$PG_ROLE;Password=$password"
    log "postgresql: listening on 127.0.0.1:$port (data in $PG_TEMP/data)"
}

stop_postgresql() {
    if [[ "$PG_EXTERNAL" -eq 1 || -z "$PG_TEMP" ]]; then
        return 0
    fi
    local os_user=$PG_USER_OS
    [[ "$(id -u)" -eq 0 ]] || os_user=$(id -un)
    if [[ -f "$PG_TEMP/data/postmaster.pid" ]]; then
        run_as "$os_user" "$PG_BIN/pg_ctl" -D "$PG_TEMP/data" -m fast -w -t 60 stop >/dev/null ||
            run_as "$os_user" "$PG_BIN/pg_ctl" -D "$PG_TEMP/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$PG_TEMP"
    PG_TEMP=""
    unset B2B2C_POSTGRES_CONNECTION B2B2C_POSTGRES_HOST B2B2C_POSTGRES_PORT B2B2C_POSTGRES_DATABASE \
        B2B2C_POSTGRES_USER B2B2C_POSTGRES_PASSWORD
}

# To add a service (Chromium is next): append its name to KNOWN_SERVICES, write is_installed_NAME,
# install_NAME (for example `apt_install chromium`), start_NAME (start on 127.0.0.1 or export the executable's
# path, for example B2B2C_CHROMIUM_PATH) and stop_NAME (stop what start_NAME started and delete its temporary
# files), then add the name to TEST_SERVICES once a test project needs it.

# ---------------------------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------------------------

cmd_help() {
    sed -n '2,/^set -euo pipefail$/p' "${BASH_SOURCE[0]}" | sed '$d' | sed -e 's/^# \{0,1\}//'
}

cmd_build() {
    local -a args restore_args=(--nologo)
    mapfile -t args < <(dotnet_build_args)
    if is_ci; then
        restore_args+=(--disable-build-servers -nodeReuse:false)
    fi
    log "dotnet restore $SOLUTION"
    dotnet restore "$SOLUTION" "${restore_args[@]}" || return 1
    log "dotnet build $SOLUTION -c $CONFIGURATION"
    dotnet build "$SOLUTION" --no-restore "${args[@]}" || return 1
}

# Prints the value of a numeric attribute of the <Counters .../> element of a TRX file (0 when absent).
trx_counter() {
    local file=$1 name=$2 counters value
    counters=$(tr '\n\r' '  ' <"$file" | grep -o '<Counters [^>]*>' | head -n 1 || true)
    value=$(printf '%s' "$counters" | grep -o " $name=\"[0-9]*\"" | grep -o '[0-9]\+' || true)
    printf '%s\n' "${value:-0}"
}

cmd_test() {
    local name
    for name in ${TEST_SERVICES[@]+"${TEST_SERVICES[@]}"}; do
        if ! require_service "$name" && is_ci; then
            stop_services
            printf '0 passed, 0 failed\n'
            return 1
        fi
    done

    if ! cmd_build; then
        stop_services
        printf 'error: the build failed; no test ran\n' >&2
        printf '0 passed, 0 failed\n'
        return 1
    fi

    local projects=()
    mapfile -t projects < <(find tests -name '*.Tests.csproj' -type f | LC_ALL=C sort)
    if [[ ${#projects[@]} -eq 0 ]]; then
        stop_services
        printf 'error: no test project (tests/**/*.Tests.csproj) was found\n' >&2
        printf '0 passed, 0 failed\n'
        return 1
    fi

    rm -rf "$TEST_RESULTS"
    mkdir -p "$TEST_RESULTS"

    local project project_name results_dir status
    local -a failed_runs=()
    for project in "${projects[@]}"; do
        project_name=$(basename "$project" .csproj)
        results_dir="$TEST_RESULTS/$project_name"
        log "dotnet test $project"
        status=0
        dotnet test "$project" --no-build --nologo -c "$CONFIGURATION" \
            --logger "trx;LogFileName=$project_name.trx" --results-directory "$results_dir" </dev/null || status=$?
        if [[ "$status" -ne 0 ]]; then
            failed_runs+=("$project_name (exit code $status)")
        fi
    done

    stop_services

    local passed=0 failed=0 not_run=0 total trx count_passed count_failed count_skipped
    local -a problems=()
    for project in "${projects[@]}"; do
        project_name=$(basename "$project" .csproj)
        trx="$TEST_RESULTS/$project_name/$project_name.trx"
        if [[ ! -f "$trx" ]]; then
            problems+=("$project_name: no TRX file; the project did not run")
            continue
        fi
        total=$(trx_counter "$trx" total)
        count_passed=$(trx_counter "$trx" passed)
        count_failed=$(( $(trx_counter "$trx" failed) + $(trx_counter "$trx" error) + $(trx_counter "$trx" timeout) + $(trx_counter "$trx" aborted) ))
        count_skipped=$(trx_counter "$trx" notExecuted)
        passed=$((passed + count_passed))
        failed=$((failed + count_failed))
        not_run=$((not_run + count_skipped))
        printf '%s: %s total, %s passed, %s failed, %s not executed\n' \
            "$project_name" "$total" "$count_passed" "$count_failed" "$count_skipped" >&2
        if [[ "$total" -eq 0 ]]; then
            problems+=("$project_name: no test ran")
        fi
    done

    local status_out=0 item
    for item in ${failed_runs[@]+"${failed_runs[@]}"}; do
        printf 'error: dotnet test failed for %s\n' "$item" >&2
        status_out=1
    done
    for item in ${problems[@]+"${problems[@]}"}; do
        printf 'error: %s\n' "$item" >&2
        status_out=1
    done
    if [[ "$passed" -eq 0 ]]; then
        printf 'error: no test passed across %d test project(s)\n' "${#projects[@]}" >&2
        status_out=1
    fi
    if [[ "$failed" -ne 0 ]]; then
        status_out=1
    fi
    if [[ "$not_run" -ne 0 ]]; then
        warn "$not_run test(s) were not executed (tests are never skipped in this repository)"
        status_out=1
    fi
    printf 'results: %s\n' "$TEST_RESULTS" >&2
    printf '%d passed, %d failed\n' "$passed" "$failed"
    return "$status_out"
}

cmd_demo() {
    dotnet run -c "$CONFIGURATION" --project "$DEMO_PROJECT" -- demo "$@"
}

bench_run() {
    dotnet run -c "$CONFIGURATION" --project "$BENCH_PROJECT" -- --artifacts "$ARTIFACTS/benchmarks" "$@"
}

cmd_bench() {
    if [[ $# -eq 0 ]]; then
        set -- --filter '*'
    fi
    bench_run "$@"
}

cmd_bench_dry() {
    # The pricing benchmarks use their small generated book (S) unless B2B2C_PRICING_DATASET says otherwise.
    B2B2C_PRICING_DATASET="${B2B2C_PRICING_DATASET:-S}" bench_run --filter '*' --job Dry "$@" </dev/null
}

# Prints the entries of a zip archive (a .nupkg), one a line.
zip_entries() {
    local archive=$1
    if command -v unzip >/dev/null 2>&1; then
        unzip -Z1 "$archive"
    elif command -v python3 >/dev/null 2>&1; then
        python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$archive"
    else
        apt_install unzip >&2 && unzip -Z1 "$archive"
    fi
}

cmd_pack() {
    local projects=() project args
    mapfile -t projects < <(find src -name '*.csproj' -type f | LC_ALL=C sort)
    [[ ${#projects[@]} -gt 0 ]] || die "no project under src/"
    mapfile -t args < <(dotnet_build_args)
    rm -rf "$PACKAGES_OUT"
    mkdir -p "$PACKAGES_OUT"
    for project in "${projects[@]}"; do
        log "dotnet pack $project"
        dotnet pack "$project" "${args[@]}" -o "$PACKAGES_OUT"
    done

    local package package_id entries ok=1
    for project in "${projects[@]}"; do
        package_id=$(basename "$project" .csproj)
        package=$(find "$PACKAGES_OUT" -maxdepth 1 -name "$package_id.[0-9]*.nupkg" ! -name '*.snupkg' | head -n 1)
        if [[ -z "$package" ]]; then
            printf 'error: no package was produced for %s\n' "$package_id" >&2
            ok=0
            continue
        fi
        entries=$(zip_entries "$package")
        if ! grep -qx 'README.md' <<<"$entries"; then
            printf 'error: %s has no README.md\n' "$(basename "$package")" >&2
            ok=0
        fi
        if ! grep -qx "lib/net10.0/$package_id.xml" <<<"$entries"; then
            printf 'error: %s has no lib/net10.0/%s.xml (XML documentation)\n' "$(basename "$package")" "$package_id" >&2
            ok=0
        fi
        if [[ "$ok" -eq 1 ]]; then
            log "$(basename "$package"): README.md and XML documentation present"
        fi
    done
    [[ "$ok" -eq 1 ]] || die "package check failed"
    log "packages in $PACKAGES_OUT"
}

cmd_services_check() {
    [[ $# -gt 0 ]] || die "usage: ./build.sh services-check NAME... (known: ${KNOWN_SERVICES[*]})"
    local name
    for name in "$@"; do
        require_service "$name" || die "service '$name' is not available"
    done
    env | grep '^B2B2C_' | LC_ALL=C sort | sed -e 's/Password=[^;]*/Password=***/' -e 's/^\(B2B2C_[A-Z_]*PASSWORD=\).*/\1***/' || true
    if is_started_service postgresql && [[ "$PG_EXTERNAL" -eq 0 ]]; then
        log "postgresql: checking the server answers over TCP"
        PGPASSWORD="$B2B2C_POSTGRES_PASSWORD" "$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$B2B2C_POSTGRES_PORT" \
            -U "$B2B2C_POSTGRES_USER" -d "$B2B2C_POSTGRES_DATABASE" -c 'SELECT version()'
    fi
    stop_services
    log "services stopped"
}

main() {
    local command=${1:-help}
    [[ $# -gt 0 ]] && shift
    case "$command" in
        test) cmd_test "$@" ;;
        build) cmd_build "$@" ;;
        demo) cmd_demo "$@" ;;
        bench) cmd_bench "$@" ;;
        bench-dry) cmd_bench_dry "$@" ;;
        pack) cmd_pack "$@" ;;
        services-check) cmd_services_check "$@" ;;
        help | -h | --help) cmd_help ;;
        *)
            cmd_help >&2
            die "unknown command '$command'"
            ;;
    esac
}

main "$@"
