#!/usr/bin/env bash
# Local platform launcher: PostgreSQL, Elasticsearch and Keycloak as native processes on loopback,
# for machines without a Docker engine. See docs/launcher.md and docs/contracts.md.
#
#   platform.sh up    [postgres|elasticsearch|keycloak]...   start (default: all), reuse healthy ones
#   platform.sh down  [postgres|elasticsearch|keycloak]...   stop (default: all); aliases start/stop
#   platform.sh status | env | logs NAME [-f] | sql [-d DB] [-U USER] (SQL | -f FILE) | realm-reset
#   platform.sh db-create NAME | db-drop NAME                 a database of the app's kind (the tests' own)
#   platform.sh realm-create NAME FILE... | realm-drop NAME   a realm from realm files merged in order
#   platform.sh realm-file NAME FILE...                       prints the merged realm (for --import-realm)
#   platform.sh counts DB REALM                               what a database, its indices and a realm hold
#   YINGJI_ES_NODES=3 platform.sh up ...                      Elasticsearch as a 3-node cluster (kept until set to 1)
#
# Distributions come from Maven Central through Maven (so ~/.m2 caches the downloads), are unpacked
# once into a cache shared by all clones, and every clone keeps its own data under <repo>/.local.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
INFRA_DIR=$(dirname "$SCRIPT_DIR")
REPO_DIR=$(dirname "$INFRA_DIR")
# shellcheck source=../versions.env
source "$INFRA_DIR/versions.env"

PG_PORT=${YINGJI_PG_PORT:-15432}
ES_PORT=${YINGJI_ES_PORT:-19200}
ES_TRANSPORT_PORT=${YINGJI_ES_TRANSPORT_PORT:-19300}
KC_PORT=${YINGJI_KC_PORT:-18080}
KC_MGMT_PORT=${YINGJI_KC_MGMT_PORT:-19000}
ES_HEAP=${YINGJI_ES_HEAP:-}   # default below: 1g for one node, 512m each in a cluster
KC_HEAP=${YINGJI_KC_HEAP:--Xms256m -Xmx768m}
TIMEOUT=${YINGJI_TIMEOUT:-300}
# the repository's Maven wrapper (downloads Maven itself), so a machine needs no Maven of its own
MVN=${YINGJI_MVN:-$REPO_DIR/mvnw}
PGJDBC_ARTIFACT=${PGJDBC_ARTIFACT:-org.postgresql:postgresql:42.7.14}
KC_ADMIN=admin KC_ADMIN_PASSWORD=admin   # bootstrap admin of the master realm, local demo only
REALM=yingji
REALM_FILE=$INFRA_DIR/keycloak/yingji-realm.json

if [[ $(id -u) -eq 0 ]]; then
    # initdb/postgres and elasticsearch refuse to run as root; they run as this system user instead.
    SERVICE_USER=yingji
    CACHE=${YINGJI_CACHE:-/var/cache/yingji}
else
    SERVICE_USER=
    CACHE=${YINGJI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/yingji}
fi
DIST=$CACHE/dist
DATA=${YINGJI_DATA:-$REPO_DIR/.local}
RUN=$DATA/run
LOGS=$DATA/logs

PG_HOME=$DIST/postgres-$PG_VERSION
ES_HOME=$DIST/elasticsearch-$ES_VERSION   # as unpacked; the node runs a copy with our plugin (ensure_es_with_plugin)
ES_PLUGIN_MODULE=$REPO_DIR/infra/search-analysis
ES_PLUGIN_ZIP=$ES_PLUGIN_MODULE/target/yingji-analysis-$ES_VERSION.zip
KC_HOME=$DIST/keycloak-$KC_VERSION
PG_DATA=$DATA/postgres/data

# ---------------------------------------------------------------------------------------------- utils

PARTIAL_DIR=   # a half-unpacked distribution to remove when we exit early
trap 'rm -rf "${PARTIAL_DIR:-/nonexistent-yingji}"' EXIT

say() { printf '[platform] %s\n' "$*" >&2; }
die() { printf '[platform] ERROR: %s\n' "$*" >&2; exit 1; }

# Runs a command as the service user when we are root. setpriv execs in place, so $! and pid files
# name the service itself (su/runuser would stay around as parents).
SERVICE_PREFIX=()
[[ -n $SERVICE_USER ]] && SERVICE_PREFIX=(setpriv --reuid="$SERVICE_USER" --regid="$SERVICE_USER" --init-groups --)
as_service() { ${SERVICE_PREFIX[@]+"${SERVICE_PREFIX[@]}"} "$@"; }

ensure_service_user() {
    [[ -n $SERVICE_USER ]] || return 0
    if ! id -u "$SERVICE_USER" >/dev/null 2>&1; then
        say "creating system user '$SERVICE_USER' to run PostgreSQL and Elasticsearch"
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$SERVICE_USER" || die "could not create system user $SERVICE_USER"
    fi
}

# Creates a data directory owned by the service user and checks that user can actually reach it
# (a clone under /root is not traversable for it).
service_dir() {
    local dir
    for dir in "$@"; do
        mkdir -p "$dir"
        [[ -n $SERVICE_USER ]] && chown "$SERVICE_USER:$SERVICE_USER" "$dir"
        as_service test -w "$dir" -a -x "$dir" ||
            die "user '$SERVICE_USER' cannot write $dir (is a parent directory such as /root mode 700?);" \
                "set YINGJI_DATA to a directory it can reach, e.g. YINGJI_DATA=/var/tmp/yingji-data"
    done
}

# A JDK (javac needed for the SQL helper) of at least major version 21: Elasticsearch 9 needs it.
find_jdk() {
    local candidate major
    for candidate in "${YINGJI_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-25-* \
        /usr/lib/jvm/*-21-* "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac || echo /x/x/x)")")")"; do
        [[ -n $candidate && -x $candidate/bin/java && -x $candidate/bin/javac ]] || continue
        major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 |
            sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
        if [[ -n $major && $major -ge 21 ]]; then
            echo "$candidate"
            return
        fi
    done
    die "no JDK 21+ found (looked at YINGJI_JAVA_HOME, /usr/lib/jvm, JAVA_HOME); set YINGJI_JAVA_HOME"
}

# pid (and command) of the process listening on a loopback TCP port, empty when free or unknown.
listener_pid() {
    ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

describe_port() {
    local pid
    pid=$(listener_pid "$1")
    if [[ -n $pid ]]; then
        echo "pid $pid: $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-200)"
    else
        echo "unknown process (try: ss -ltnp 'sport = :$1')"
    fi
}

# A process counts as ours when its command line refers to our distribution cache; that also covers a
# platform started from another clone of the repository (same cache, other data dir).
is_ours() {
    [[ -n ${1:-} && -r /proc/$1/cmdline ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -qF "$DIST/"
}

pid_alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }

read_pid() { [[ -s $1 ]] && head -n 1 "$1" | tr -dc '0-9' || true; }

wait_until() {   # wait_until SECONDS DESCRIPTION LOGFILE PID CHECK...
    local limit=$1 what=$2 log=$3 pid=$4 start=$SECONDS
    shift 4
    until "$@"; do
        if [[ -n $pid ]] && ! pid_alive "$pid"; then
            tail -n 30 "$log" >&2 || true
            die "$what exited during startup; see $log"
        fi
        if ((SECONDS - start >= limit)); then
            tail -n 30 "$log" >&2 || true
            die "$what not healthy after ${limit}s; see $log"
        fi
        sleep 1
    done
}

# --------------------------------------------------------------------------------- distributions

# Downloads an artifact with Maven into a directory (the local Maven repository keeps a copy, so a
# second machine setup or a cache wipe costs no network).
fetch_artifact() {
    local coords=$1 dest=$2 out
    command -v "$MVN" >/dev/null || die "Maven ('$MVN') not found; set YINGJI_MVN to a Maven executable"
    mkdir -p "$dest"
    say "downloading $coords (Maven Central via $MVN)"
    # Run outside the repository so its pom/.mvn don't take part.
    if ! out=$(cd "$dest" && "$MVN" -B -q -U -Dstyle.color=never "$MAVEN_DEPENDENCY_PLUGIN:copy" \
        -Dartifact="$coords" -DoutputDirectory="$dest" -Dmdep.useBaseVersion=true 2>&1); then
        printf '%s\n' "$out" | sed 's/\x1b\[[0-9;]*m//g' | grep -E 'Could not|Failed|Unknown host|timed out' |
            head -n 3 | cut -c1-400 >&2
        die "download of $coords failed. Check network access to https://repo.maven.apache.org/maven2" \
            "(or the mirror/proxy in ~/.m2/settings.xml) and that the version in infra/versions.env exists."
    fi
}

# Unpacks a distribution once into $DIST/<name>-<version>; a marker file makes half-done extractions
# (interrupted, disk full) get redone instead of used.
ensure_dist() {
    local name=$1 home=$2 coords=$3 tmp file
    [[ -f $home/.yingji-complete ]] && return 0
    mkdir -p "$DIST"
    chmod 755 "$CACHE" "$DIST"
    exec 8>"$DIST/.lock"
    flock 8   # two launchers (e.g. two clones) must not unpack into the same place at once
    if [[ ! -f $home/.yingji-complete ]]; then
        tmp=$(mktemp -d "$DIST/.partial-$name.XXXXXX")
        PARTIAL_DIR=$tmp
        fetch_artifact "$coords" "$tmp/download"
        file=$(find "$tmp/download" -maxdepth 1 -type f | head -n 1)
        say "unpacking $(basename "$file") into $home"
        mkdir -p "$tmp/out"
        case $file in
            *.jar) unzip -p "$file" '*.txz' | tar -xJ -C "$tmp/out" ;;            # zonky: jar > txz
            *.zip) unzip -q "$file" -d "$tmp/out" && mv "$tmp/out"/*/* "$tmp/out"/*/.[!.]* "$tmp/out"/ 2>/dev/null || true ;;
            *.tar.gz) tar -xzf "$file" -C "$tmp/out" --strip-components=1 ;;
            *) die "unexpected artifact $file" ;;
        esac
        find "$tmp/out" -mindepth 1 -maxdepth 1 -type d -empty -delete
        rm -rf "$home"
        mv "$tmp/out" "$home"
        chmod -R a+rX "$home"   # the service user reads it; only the launcher's user writes
        touch "$home/.yingji-complete"
        rm -rf "$tmp"
        PARTIAL_DIR=
    fi
    exec 8>&-
}

# The SQL helper (see SqlRunner.java): PostgreSQL JDBC driver + the compiled class, cached by content.
SQL_CP=
ensure_sql_helper() {
    [[ -n $SQL_CP ]] && return 0
    local jdk=$1 src=$SCRIPT_DIR/SqlRunner.java sum dir jar
    sum=$(sha1sum "$src" | cut -c1-12)
    dir=$CACHE/tools/sqlrunner-$sum
    jar=$CACHE/tools/${PGJDBC_ARTIFACT//:/-}.jar
    if [[ ! -f $jar ]]; then
        fetch_artifact "$PGJDBC_ARTIFACT" "$CACHE/tools/.pgjdbc"
        mv "$(find "$CACHE/tools/.pgjdbc" -name '*.jar' | head -n 1)" "$jar"
        rm -rf "$CACHE/tools/.pgjdbc"
    fi
    if [[ ! -f $dir/SqlRunner.class ]]; then
        mkdir -p "$dir.tmp"
        "$jdk/bin/javac" -nowarn -d "$dir.tmp" -cp "$jar" "$src" || die "could not compile $src"
        rm -rf "$dir" && mv "$dir.tmp" "$dir"
    fi
    SQL_CP=$jar:$dir
}

run_sql() {   # run_sql USER DB (-c SQL | -f FILE)
    "$JDK/bin/java" -Xshare:auto -XX:TieredStopAtLevel=1 -cp "$SQL_CP" SqlRunner 127.0.0.1 "$PG_PORT" "$@"
}

# ------------------------------------------------------------------------------------- PostgreSQL

pg_healthy() {
    port_in_use "$PG_PORT" && [[ $(run_sql postgres postgres -c 'select 1' 2>/dev/null) == 1 ]]
}

up_postgres() {
    local pid
    ensure_sql_helper "$JDK"
    if pg_healthy; then
        say "postgres: already running on port $PG_PORT, reusing"
    else
        port_in_use "$PG_PORT" && die "port $PG_PORT (YINGJI_PG_PORT) is taken by something that is not a" \
            "healthy PostgreSQL: $(describe_port "$PG_PORT")"
        ensure_dist postgres "$PG_HOME" "$PG_ARTIFACT"
        ensure_service_user
        service_dir "$DATA/postgres" "$LOGS"
        touch "$LOGS/postgres.log"   # pg_ctl appends to it as the service user
        [[ -n $SERVICE_USER ]] && chown "$SERVICE_USER:$SERVICE_USER" "$LOGS/postgres.log"
        if [[ ! -f $PG_DATA/PG_VERSION ]]; then
            say "postgres: initdb $PG_DATA"
            rm -rf "$PG_DATA"
            as_service "$PG_HOME/bin/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C --auth=trust \
                --no-instructions >>"$LOGS/postgres.log" 2>&1 || die "initdb failed; see $LOGS/postgres.log"
            echo "include_if_exists = 'yingji.conf'" >>"$PG_DATA/postgresql.conf"
            echo "include_if_exists = 'yingji-local.conf'" >>"$PG_DATA/postgresql.conf"
        fi
        # Refreshed on every start so edits to infra/postgres/postgresql.conf and port changes apply.
        cp "$INFRA_DIR/postgres/postgresql.conf" "$PG_DATA/yingji.conf"
        cat >"$PG_DATA/yingji-local.conf" <<EOF
# Written by infra/local/platform.sh on each start.
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = ''   # TCP only: socket paths are length-limited and clone paths vary
EOF
        [[ -n $SERVICE_USER ]] && chown "$SERVICE_USER:$SERVICE_USER" "$PG_DATA/yingji.conf" "$PG_DATA/yingji-local.conf"
        say "postgres: starting on 127.0.0.1:$PG_PORT"
        # setsid: the postmaster must not die with the launcher's terminal session.
        as_service setsid -w "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$LOGS/postgres.log" -w -t "$TIMEOUT" \
            start >/dev/null || { tail -n 30 "$LOGS/postgres.log" >&2; die "postgres did not start; see $LOGS/postgres.log"; }
        pid=$(read_pid "$PG_DATA/postmaster.pid")
        mkdir -p "$RUN" && echo "$pid" >"$RUN/postgres.pid"
        wait_until 60 postgres "$LOGS/postgres.log" "$pid" pg_healthy
    fi
    run_sql postgres postgres -f "$INFRA_DIR/postgres/init.sql" || die "infra/postgres/init.sql failed"
    say "postgres: ready (roles, databases and extensions in place)"
}

# ---------------------------------------------------------------------------------- Elasticsearch

# Elasticsearch runs as one node (the default) or as a cluster of YINGJI_ES_NODES nodes on consecutive ports:
# node i (1-based) answers HTTP on ES_PORT+i-1 and transport on ES_TRANSPORT_PORT+i-1. The node count `up` last
# started is kept in $RUN/elasticsearch.nodes, so env, status and down talk to what runs, and a later `up` without
# the variable keeps it. A single node keeps the layout of earlier launchers (node yingji-dev, data in
# .local/elasticsearch); a cluster's nodes yingji-es<i> keep theirs apart in .local/elasticsearch-cluster/es<i>:
# a data dir that has been part of a 3-node cluster cannot be started alone (no voting majority).
es_nodes_running() { read_pid "$RUN/elasticsearch.nodes"; }
ES_NODES=${YINGJI_ES_NODES:-$(es_nodes_running)}
ES_NODES=${ES_NODES:-1}
[[ $ES_NODES =~ ^[1-9]$ ]] || die "YINGJI_ES_NODES must be a number of nodes from 1 to 9 (3 for a cluster), not '$ES_NODES'"
# three nodes share a 2-core machine with PostgreSQL, Keycloak and the app: 512m heap each is ample at demo scale
if [[ -z $ES_HEAP ]]; then ((ES_NODES == 1)) && ES_HEAP=1g || ES_HEAP=512m; fi

es_node_port() { echo $((ES_PORT + $1 - 1)); }
es_node_transport_port() { echo $((ES_TRANSPORT_PORT + $1 - 1)); }
# es_node_name / es_node_dir / es_node_label NODE [COUNT]: COUNT defaults to ES_NODES
es_node_name() { if ((${2:-$ES_NODES} == 1)); then echo yingji-dev; else echo "yingji-es$1"; fi; }
es_node_dir() { if ((${2:-$ES_NODES} == 1)); then echo "$DATA/elasticsearch"; else echo "$DATA/elasticsearch-cluster/es$1"; fi; }
# names its pid file ($RUN/<label>.pid) and its console log ($LOGS/<label>.log)
es_node_label() { if ((${2:-$ES_NODES} == 1)); then echo elasticsearch; else echo "elasticsearch-$1"; fi; }

es_urls() {
    local i urls=
    for ((i = 1; i <= ES_NODES; i++)); do urls+=${urls:+,}http://127.0.0.1:$(es_node_port "$i"); done
    echo "$urls"
}

es_node_healthy() {   # es_node_healthy PORT: the node answers, is in cluster yingji, and the cluster has a master
    local body
    body=$(curl -fsS -m 5 "http://127.0.0.1:$1/_cluster/health" 2>/dev/null) || return 1
    [[ $body == *'"cluster_name":"yingji"'* && $body =~ \"status\":\"(green|yellow)\" ]]
}

# The HTTP port of a healthy node (the first one), for requests any node can answer.
es_any_port() {
    local i port
    for ((i = 1; i <= ES_NODES; i++)); do
        port=$(es_node_port "$i")
        es_node_healthy "$port" && { echo "$port"; return 0; }
    done
    return 1
}

es_healthy() { es_any_port >/dev/null; }

# Our analysis plugin (infra/search-analysis/, docs/search.md) as Maven builds it: built here when the zip is
# missing or older than its sources, because the launcher runs before the project's own build does.
ensure_plugin_zip() {
    [[ -f $ES_PLUGIN_MODULE/pom.xml ]] || die "$ES_PLUGIN_MODULE is missing: the analysis plugin's sources"
    if [[ -f $ES_PLUGIN_ZIP && -z $(find "$ES_PLUGIN_MODULE/pom.xml" "$ES_PLUGIN_MODULE/src" -newer "$ES_PLUGIN_ZIP" -print -quit) ]]; then
        return 0
    fi
    say "elasticsearch: building the analysis plugin (./mvnw -pl infra/search-analysis package)"
    (cd "$REPO_DIR" && JAVA_HOME="$JDK" "$MVN" -B -q -Dstyle.color=never -pl infra/search-analysis -DskipTests package) >&2 ||
        die "building search-analysis failed"
    [[ -f $ES_PLUGIN_ZIP ]] || die "no $ES_PLUGIN_ZIP after the build: elasticsearch.version in" \
        "infra/search-analysis/pom.xml must equal ES_VERSION=$ES_VERSION (infra/versions.env)"
}

# The node runs from $DIST/elasticsearch-<version>-analysis-<zip hash>: a hard-linked copy of the shared
# distribution with the plugin installed. The shared distribution stays untouched (other clones' nodes may run
# from it or from another plugin build), and a changed zip gets a new home instead of changing a running one.
ES_RUN_HOME=
ensure_es_with_plugin() {
    local sum home tmp
    ensure_plugin_zip
    sum=$(sha256sum "$ES_PLUGIN_ZIP" | cut -c1-12)
    home=$DIST/elasticsearch-$ES_VERSION-analysis-$sum
    ES_RUN_HOME=$home
    [[ -f $home/.yingji-complete ]] && return 0
    exec 8>"$DIST/.lock"
    flock 8
    if [[ ! -f $home/.yingji-complete ]]; then
        tmp=$(mktemp -d "$DIST/.partial-es-analysis.XXXXXX")
        chmod 755 "$tmp"
        PARTIAL_DIR=$tmp
        cp -al "$ES_HOME/." "$tmp/" 2>/dev/null || { rm -rf "$tmp" && mkdir "$tmp" && cp -a "$ES_HOME/." "$tmp/"; }
        rm -f "$tmp/.yingji-complete"
        mkdir -p "$tmp/plugins"   # the integ-test distribution comes without one
        say "elasticsearch: installing $(basename "$ES_PLUGIN_ZIP") into $home"
        # ES_PATH_CONF: the tool reads the config dir only; the copy's own keeps the shared one untouched.
        ES_JAVA_HOME="$JDK" ES_PATH_CONF="$tmp/config" "$tmp/bin/elasticsearch-plugin" install --batch \
            "file://$ES_PLUGIN_ZIP" >&2 || die "elasticsearch-plugin install of $ES_PLUGIN_ZIP failed"
        chmod -R a+rX "$tmp/plugins"
        rm -rf "$home"
        mv "$tmp" "$home"
        touch "$home/.yingji-complete"
        PARTIAL_DIR=
    fi
    exec 8>&-
}

# Removes the copies of earlier plugin builds that no process runs any more (they are cheap, but add up).
prune_es_homes() {
    local old
    exec 8>"$DIST/.lock"
    flock 8
    for old in "$DIST/elasticsearch-$ES_VERSION"-analysis-*; do
        [[ $old == "$ES_RUN_HOME" || ! -d $old ]] && continue
        grep -qsF -- "-Des.path.home=$old" /proc/[0-9]*/cmdline || rm -rf "$old"
    done
    exec 8>&-
}

# The home the node on a port runs from (its -Des.path.home), empty when unknown.
es_running_home() {
    local pid
    pid=$(listener_pid "$1")
    [[ -n $pid && -r /proc/$pid/cmdline ]] || return 0
    tr '\0' '\n' <"/proc/$pid/cmdline" | sed -n 's/^-Des\.path\.home=//p' | head -n 1
}

# True when node i runs healthy from the current home and can stay; stops a node of ours running an older plugin
# build; fails for a foreign node without our plugin.
es_node_reusable() {
    local i=$1 port running
    port=$(es_node_port "$i")
    es_node_healthy "$port" || return 1
    running=$(es_running_home "$port")
    if [[ $running == "$ES_RUN_HOME" ]]; then
        say "elasticsearch: $(es_node_name "$i") already running on port $port, reusing"
    elif [[ -n $running ]] && is_ours "$(listener_pid "$port")"; then
        say "elasticsearch: $(es_node_name "$i") runs without the current analysis plugin (from $running); restarting"
        stop_service "$(es_node_label "$i")" "$port"
        return 1
    elif curl -fsS -m 5 "http://127.0.0.1:$port/_cat/plugins?h=component" 2>/dev/null | grep -qx yingji-analysis; then
        say "elasticsearch: already running on port $port (not started by this launcher, has yingji-analysis), reusing"
    else
        die "the Elasticsearch on port $port was not started by this launcher and lacks the yingji-analysis" \
            "plugin: $(describe_port "$port")"
    fi
}

# Starts node i in the background; its pid (the CLI launcher; the server JVM is its child) goes to its pid file.
start_es_node() {
    local i=$1 dir name port tport conf label seeds= masters= n
    dir=$(es_node_dir "$i") name=$(es_node_name "$i") port=$(es_node_port "$i") tport=$(es_node_transport_port "$i")
    label=$(es_node_label "$i") conf=$dir/config
    for n in "$port" "$tport"; do
        # a node of ours that is shutting down (just stopped) may hold the transport port a little longer
        local waited=0
        while ((waited < 30)) && port_in_use "$n" && is_ours "$(listener_pid "$n")"; do
            sleep 1
            waited=$((waited + 1))
        done
        port_in_use "$n" && die "port $n (YINGJI_ES_PORT / YINGJI_ES_TRANSPORT_PORT, +$((i - 1)) for node $i) is taken" \
            "by something that is not a healthy Yingji Elasticsearch: $(describe_port "$n")"
    done
    service_dir "$dir" "$dir/data" "$dir/logs" "$conf" "$LOGS"
    # The distribution is shared and read-only for the node, so the node gets its own config dir
    # (it also writes its keystore there): dist defaults + our elasticsearch.yml on top.
    cp -r "$ES_RUN_HOME/config/." "$conf/"
    cp "$INFRA_DIR/elasticsearch/elasticsearch.yml" "$conf/elasticsearch.yml"
    [[ -n $SERVICE_USER ]] && chown -R "$SERVICE_USER:$SERVICE_USER" "$conf"
    local discovery=(-E discovery.type=single-node)
    if ((ES_NODES > 1)); then
        for ((n = 1; n <= ES_NODES; n++)); do
            seeds+=${seeds:+,}127.0.0.1:$(es_node_transport_port "$n")
            masters+=${masters:+,}$(es_node_name "$n")
        done
        discovery=(-E discovery.seed_hosts="$seeds")
        # only for the cluster's very first start: a node that has joined once knows its cluster (and a
        # leftover setting makes Elasticsearch warn on every start)
        [[ -d $dir/data/_state ]] || discovery+=(-E cluster.initial_master_nodes="$masters")
    fi
    mkdir -p "$RUN"
    rm -f "$RUN/$label.pid"
    say "elasticsearch: starting $name on 127.0.0.1:$port (heap $ES_HEAP)"
    # Started from its logs dir: jvm.options writes gc.log and hs_err files relative to the cwd.
    (cd "$dir/logs" && exec setsid env HOME="$dir" ES_JAVA_HOME="$JDK" \
        ES_PATH_CONF="$conf" ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
        ${SERVICE_PREFIX[@]+"${SERVICE_PREFIX[@]}"} "$ES_RUN_HOME/bin/elasticsearch" \
        -E node.name="$name" "${discovery[@]}" \
        -E network.host=127.0.0.1 -E http.port="$port" -E transport.port="$tport" \
        -E path.data="$dir/data" -E path.logs="$dir/logs" \
        >>"$LOGS/$label.log" 2>&1 </dev/null) &
    echo "$!" >"$RUN/$label.pid"
}

# All ES_NODES nodes are in the cluster and it is green or yellow; fails at once when a node just started died.
es_cluster_ready() {
    local i pid label port body
    for i in "$@"; do
        label=$(es_node_label "$i")
        pid=$(read_pid "$RUN/$label.pid")
        if ! pid_alive "$pid"; then
            tail -n 30 "$LOGS/$label.log" >&2 || true
            die "elasticsearch node $(es_node_name "$i") exited during startup; see $LOGS/$label.log and $(es_node_dir "$i")/logs"
        fi
    done
    port=$(es_any_port) || return 1
    body=$(curl -fsS -m 5 "http://127.0.0.1:$port/_cluster/health" 2>/dev/null) || return 1
    [[ $body == *"\"number_of_nodes\":$ES_NODES,"* ]]
}

up_elasticsearch() {
    local i running started=()
    ensure_dist elasticsearch "$ES_HOME" "$ES_ARTIFACT"
    ensure_es_with_plugin
    running=$(es_nodes_running)
    if [[ -n $running && $running != "$ES_NODES" ]]; then
        say "elasticsearch: switching from $running node(s) to $ES_NODES (each layout keeps its own data)"
        stop_elasticsearch "$running"
    fi
    ensure_service_user
    for ((i = 1; i <= ES_NODES; i++)); do
        es_node_reusable "$i" && continue
        if ((ES_NODES > 1)) && pid_alive "$(read_pid "$RUN/$(es_node_label "$i").pid")"; then
            started+=("$i")   # alive, waiting for the others to form the cluster
            continue
        fi
        start_es_node "$i"
        started+=("$i")
    done
    mkdir -p "$RUN" && echo "$ES_NODES" >"$RUN/elasticsearch.nodes"
    ((${#started[@]} == 0)) && return 0
    local start=$SECONDS
    until es_cluster_ready "${started[@]}"; do
        ((SECONDS - start < TIMEOUT)) || die "elasticsearch ($ES_NODES node(s)) not healthy after ${TIMEOUT}s; see $LOGS/elasticsearch*.log"
        sleep 1
    done
    prune_es_homes
    say "elasticsearch: ready, $ES_NODES node(s): $(es_urls)"
}

# Stops the nodes of a layout of COUNT nodes (default: what runs), all at once.
stop_elasticsearch() {
    local count=${1:-$ES_NODES} i
    for ((i = 1; i <= count; i++)); do
        stop_service "$(es_node_label "$i" "$count")" "$(es_node_port "$i")" &
    done
    wait
    rm -f "$RUN/elasticsearch.nodes"
}

# --------------------------------------------------------------------------------------- Keycloak

kc_realm_ok() {
    curl -fsS -m 5 "http://127.0.0.1:$KC_PORT/realms/$REALM/.well-known/openid-configuration" 2>/dev/null |
        grep -qF "\"issuer\":\"http://localhost:$KC_PORT/realms/$REALM\""
}

kc_server_ready() {
    curl -fsS -m 5 -o /dev/null "http://127.0.0.1:$KC_MGMT_PORT/health/ready" 2>/dev/null
}

kc_admin_token() {
    curl -fsS -m 30 -d grant_type=password -d client_id=admin-cli -d username="$KC_ADMIN" \
        -d password="$KC_ADMIN_PASSWORD" "http://127.0.0.1:$KC_PORT/realms/master/protocol/openid-connect/token" |
        sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# Imports the realm through the admin API of the running server: works with the shared, read-only
# distribution (unlike --import-realm, which reads $KC_HOME/data/import) and never touches an existing
# realm, so groups and users added later by the tenant loader survive restarts.
kc_import_realm() {
    local token code
    token=$(kc_admin_token) || true
    [[ -n $token ]] || die "could not log into Keycloak's master realm as $KC_ADMIN (was its admin password changed?)"
    say "keycloak: importing realm '$REALM' from $REALM_FILE"
    code=$(curl -sS -m 120 -o "$LOGS/keycloak-import.out" -w '%{http_code}' -X POST \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        --data-binary "@$REALM_FILE" "http://127.0.0.1:$KC_PORT/admin/realms")
    [[ $code == 201 || $code == 409 ]] ||
        die "realm import answered HTTP $code: $(head -c 500 "$LOGS/keycloak-import.out")"
}

up_keycloak() {
    local pid port
    if kc_realm_ok; then
        say "keycloak: already running on port $KC_PORT, reusing"
        return 0
    fi
    if ! kc_server_ready; then
        for port in "$KC_PORT" "$KC_MGMT_PORT"; do
            port_in_use "$port" && die "port $port (YINGJI_KC_PORT / YINGJI_KC_MGMT_PORT) is taken by" \
                "something that is not a healthy Yingji Keycloak: $(describe_port "$port")"
        done
        pg_healthy || up_postgres   # Keycloak keeps its data in our PostgreSQL
        ensure_dist keycloak "$KC_HOME" "$KC_ARTIFACT"
        mkdir -p "$RUN" "$LOGS"
        say "keycloak: starting on http://localhost:$KC_PORT (the first start also builds the server: ~1 min more)"
        # Runs as the launcher's user: start-dev re-augments into $KC_HOME/lib, which that user owns.
        (exec setsid env JAVA_HOME="$JDK" JAVA_OPTS_KC_HEAP="$KC_HEAP" \
            KC_BOOTSTRAP_ADMIN_USERNAME="$KC_ADMIN" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
            "$KC_HOME/bin/kc.sh" start-dev \
            --http-host=127.0.0.1 --http-port="$KC_PORT" --http-management-port="$KC_MGMT_PORT" \
            --hostname="http://localhost:$KC_PORT" --health-enabled=true \
            --db=postgres --db-url="jdbc:postgresql://127.0.0.1:$PG_PORT/keycloak" \
            --db-username=keycloak --db-password=keycloak \
            >>"$LOGS/keycloak.log" 2>&1 </dev/null) &
        pid=$!
        echo "$pid" >"$RUN/keycloak.pid"   # kc.sh, which forwards TERM to its JVM
        wait_until "$TIMEOUT" keycloak "$LOGS/keycloak.log" "$pid" kc_server_ready
    fi
    kc_realm_ok || kc_import_realm
    wait_until 60 "keycloak realm $REALM" "$LOGS/keycloak.log" "" kc_realm_ok
    say "keycloak: ready, issuer http://localhost:$KC_PORT/realms/$REALM"
}

realm_reset() {
    local token
    kc_server_ready || die "keycloak is not running"
    token=$(kc_admin_token)
    say "keycloak: deleting realm '$REALM' (groups created by the tenant loader go with it)"
    curl -fsS -m 60 -X DELETE -H "Authorization: Bearer $token" "http://127.0.0.1:$KC_PORT/admin/realms/$REALM" || true
    kc_import_realm
    wait_until 60 "keycloak realm $REALM" "$LOGS/keycloak.log" "" kc_realm_ok
}

# The databases, indices and realms ./yingji run serves: the helpers below never drop them.
RUN_DATABASES=" yingji keycloak postgres template0 template1 "
RUN_REALMS=" $REALM master "

valid_name() {   # valid_name WHAT NAME PATTERN
    [[ $2 =~ $3 ]] || die "invalid $1 name '$2' (expected $3)"
}

kc_admin() {   # kc_admin METHOD PATH [curl args...]: the admin REST API as the master realm's admin
    local method=$1 path=$2 token
    shift 2
    token=$(kc_admin_token) || true
    [[ -n $token ]] || die "could not log into Keycloak's master realm as $KC_ADMIN"
    curl -fsS -m 120 -X "$method" -H "Authorization: Bearer $token" "$@" "http://127.0.0.1:$KC_PORT/admin/realms$path"
}

kc_realm_exists() {
    [[ $(curl -sS -m 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$KC_PORT/realms/$1") == 200 ]]
}

# Prints realm NAME as the realm files make it, merged in order: objects key by key, lists appended, except that
# a list entry naming the same client, user or role (clientId/username/name) as an earlier one is merged into
# it. The users' default role follows the realm's new name.
realm_file() {
    local name=${1:-}
    (($# >= 2)) || die "usage: platform.sh realm-file NAME FILE..."
    shift
    valid_name realm "$name" '^[a-z][a-z0-9-]*$'
    command -v jq >/dev/null || die "realm files are merged with jq (Debian: apt-get install jq)"
    jq -s --arg name "$name" '
        def id: if type == "object" then (.clientId // .username // .name) else null end;
        def merge($b):
            if type == "object" and ($b | type) == "object" then
                reduce ($b | keys_unsorted[]) as $k (.; .[$k] |= (if . == null then $b[$k] else merge($b[$k]) end))
            elif type == "array" and ($b | type) == "array" then
                reduce $b[] as $item (.; ($item | id) as $i
                    | if $i != null and any(.[]; id == $i) then map(if id == $i then merge($item) else . end)
                      else . + [$item] end)
            else $b end;
        .[0].realm as $base
        | reduce .[1:][] as $f (.[0]; merge($f))
        | .realm = $name
        | .users |= ((. // []) | map(.realmRoles |= ((. // []) | map(if . == "default-roles-\($base)" then "default-roles-\($name)" else . end))))
        ' "$@" || die "could not merge the realm files $*"
}

# Creates realm NAME from realm files (realm_file) through the admin API; nothing happens when it exists.
realm_create() {
    local name=${1:-} merged
    (($# >= 2)) || die "usage: platform.sh realm-create NAME FILE..."
    kc_server_ready || die "keycloak is not running"
    if kc_realm_exists "$name"; then
        say "keycloak: realm '$name' exists, leaving it"
        return 0
    fi
    mkdir -p "$LOGS"
    merged=$LOGS/realm-$name.json
    realm_file "$@" >"$merged"
    shift
    say "keycloak: creating realm '$name' from $*"
    kc_admin POST "" -H 'Content-Type: application/json' --data-binary "@$merged" -o /dev/null ||
        die "keycloak refused realm '$name' (merged file: $merged)"
    wait_until 60 "keycloak realm $name" "$LOGS/keycloak.log" "" kc_realm_exists "$name"
}

realm_drop() {
    local name=${1:?usage: platform.sh realm-drop NAME}
    valid_name realm "$name" '^[a-z][a-z0-9-]*$'
    [[ $RUN_REALMS != *" $name "* ]] || die "refusing to drop realm '$name' (realm-reset re-imports $REALM)"
    kc_server_ready || die "keycloak is not running"
    kc_realm_exists "$name" || return 0
    say "keycloak: deleting realm '$name'"
    kc_admin DELETE "/$name" -o /dev/null
}

# A database like the app's (owner yingji_owner, the extensions init.sql creates), when it is missing.
db_create() {
    local name=${1:?usage: platform.sh db-create NAME}
    valid_name database "$name" '^[a-z][a-z0-9_]*$'
    pg_healthy || die "postgres is not running"
    if [[ -z $(run_sql postgres postgres -c "select 1 from pg_database where datname = '$name'") ]]; then
        say "postgres: creating database $name"
        run_sql postgres postgres -c "create database $name owner yingji_owner encoding 'UTF8' template template0" >/dev/null
    fi
    run_sql postgres "$name" -c "create extension if not exists ltree; create extension if not exists pgcrypto;
        create extension if not exists pg_trgm" >/dev/null
}

# Drops a database and its search indices (the app names them <database>-<kind>, yingji.search.index-prefix).
db_drop() {
    local name=${1:?usage: platform.sh db-drop NAME} index es_port
    valid_name database "$name" '^[a-z][a-z0-9_]*$'
    [[ $RUN_DATABASES != *" $name "* ]] || die "refusing to drop database '$name'"
    pg_healthy || die "postgres is not running"
    say "postgres: dropping database $name (if it exists)"
    run_sql postgres postgres -c "drop database if exists $name with (force)" >/dev/null
    es_port=$(es_any_port) || { say "elasticsearch is not running: indices $name-* stay"; return 0; }
    # one by one: Elasticsearch refuses wildcard deletes (action.destructive_requires_name)
    for index in $(curl -fsS -m 30 "http://127.0.0.1:$es_port/_cat/indices/$name-*?h=index&expand_wildcards=all"); do
        curl -fsS -m 60 -X DELETE -o /dev/null "http://127.0.0.1:$es_port/$index"
    done
}

# Counts of what a database, its search indices and a realm hold, one "kind name count" line each, sorted:
# two outputs differ exactly when something was added or removed.
counts() {
    local db=${1:?usage: platform.sh counts DB REALM} realm=${2:?usage: platform.sh counts DB REALM} kind
    valid_name database "$db" '^[a-z][a-z0-9_]*$'
    valid_name realm "$realm" '^[a-z][a-z0-9-]*$'
    if [[ -n $(run_sql postgres postgres -c "select 1 from pg_database where datname = '$db'") ]]; then
        run_sql postgres "$db" -c "select 'table ' || n.nspname || '.' || c.relname || ' ' ||
              (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I', n.nspname, c.relname),
                                                    false, true, '')))[1]::text
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
             and n.nspname not like 'pg_toast%' order by 1"
    fi
    curl -fsS -m 30 "http://127.0.0.1:$(es_any_port)/_cat/indices/$db-*?h=index,docs.count&s=index" | sed 's/^/index /'
    if kc_realm_exists "$realm"; then
        echo "realm $realm/users $(kc_admin GET "/$realm/users/count")"
        echo "realm $realm/groups $(kc_admin GET "/$realm/groups/count" | jq .count)"   # all levels
        echo "realm $realm/clients $(kc_admin GET "/$realm/clients" | jq length)"
    fi
}

# ------------------------------------------------------------------------------------ stop/status

port_of() {
    case $1 in postgres) echo "$PG_PORT" ;; elasticsearch) echo "$ES_PORT" ;; keycloak) echo "$KC_PORT" ;; esac
}

# The pid to signal: our pid file when it is alive, else whatever of ours listens on the port (a
# platform started from another clone). NAME is a service or an Elasticsearch node's label; PORT defaults to the
# service's.
service_pid() {
    local name=$1 port=${2:-$(port_of "$1")} pid
    pid=$(read_pid "$RUN/$name.pid")
    if [[ $name == postgres && -f $PG_DATA/postmaster.pid ]]; then
        pid=$(read_pid "$PG_DATA/postmaster.pid")
    fi
    if pid_alive "$pid"; then
        echo "$pid"
        return
    fi
    pid=$(listener_pid "$port")
    if is_ours "$pid"; then
        echo "$pid"
    fi
}

stop_service() {   # stop_service NAME [PORT]
    local name=$1 port=${2:-$(port_of "$1")} pid waited=0
    pid=$(service_pid "$name" "$port")
    if [[ -z $pid ]]; then
        if port_in_use "$port"; then
            say "$name: port $port is held by a process not started by this launcher, leaving it: $(describe_port "$port")"
        else
            say "$name: not running"
        fi
        rm -f "$RUN/$name.pid"
        return 0
    fi
    say "$name: stopping (pid $pid)"
    # PostgreSQL: SIGINT is its "fast" shutdown (roll back sessions, checkpoint); the others take TERM.
    # The whole process group goes, so Elasticsearch's CLI launcher and server JVM both get it.
    local sig=TERM
    [[ $name == postgres ]] && sig=INT
    kill -s "$sig" -- "-$pid" 2>/dev/null || kill -s "$sig" "$pid" 2>/dev/null || true
    while pid_alive "$pid" || port_in_use "$port"; do
        if ((waited >= 60)); then
            say "$name: still running after 60s, killing"
            kill -s KILL -- "-$pid" 2>/dev/null || kill -s KILL "$pid" 2>/dev/null || true
            local lp
            lp=$(listener_pid "$port")
            is_ours "$lp" && kill -s KILL "$lp" 2>/dev/null || true
            sleep 1
            break
        fi
        sleep 1
        waited=$((waited + 1))
    done
    rm -f "$RUN/$name.pid"
    say "$name: stopped"
}

status() {
    local name port pid state all_up=0 health row rows=() i count
    printf '%-16s %-6s %-6s %-8s %s\n' SERVICE STATE PORT PID DETAIL
    count=$(es_nodes_running)
    count=${count:-$ES_NODES}
    rows=(postgres:)
    for ((i = 1; i <= count; i++)); do rows+=("$(es_node_label "$i" "$count"):$(es_node_port "$i")"); done
    rows+=(keycloak:)
    for row in "${rows[@]}"; do
        name=${row%%:*} port=${row#*:}
        port=${port:-$(port_of "$name")}
        pid=$(service_pid "$name" "$port")
        case $name in
            postgres) ensure_sql_helper "$JDK"; pg_healthy && health=healthy || health= ;;
            elasticsearch*) es_node_healthy "$port" && health="healthy$( ((count > 1)) && es_cluster_summary "$port")" || health= ;;
            keycloak) kc_realm_ok && health="healthy, realm $REALM" || { kc_server_ready && health="up, realm $REALM missing"; } || health= ;;
        esac
        if [[ -n $health ]]; then
            state=up
        elif pid_alive "$pid"; then
            state=start; health="process alive, not healthy (yet?)"; all_up=1
        elif port_in_use "$port"; then
            state=taken; health="port held by $(describe_port "$port")"; all_up=1
        else
            state=down; health=; all_up=1
        fi
        if [[ -n $pid && $(read_pid "$RUN/$name.pid") != "$pid" ]]; then
            health="$health (started from another clone)"
        fi
        printf '%-16s %-6s %-6s %-8s %s\n' "$name" "$state" "$port" "${pid:--}" "$health"
    done
    printf 'data: %s   cache: %s\n' "$DATA" "$CACHE"
    return $all_up
}

es_cluster_summary() {   # ", cluster green, 3 nodes" as the node on PORT sees it
    curl -fsS -m 5 "http://127.0.0.1:$1/_cluster/health" 2>/dev/null |
        sed -n 's/.*"status":"\([a-z]*\)".*"number_of_nodes":\([0-9]*\).*/, cluster \1, \2 nodes/p'
}

print_env() {
    cat <<EOF
export YINGJI_PG_HOST=127.0.0.1
export YINGJI_PG_PORT=$PG_PORT
export YINGJI_DB=yingji
export YINGJI_DB_OWNER=yingji_owner
export YINGJI_DB_OWNER_PASSWORD=yingji_owner
export YINGJI_DB_APP=yingji_app
export YINGJI_DB_APP_PASSWORD=yingji_app
export YINGJI_ES_URL=$(es_urls)
export YINGJI_KC_URL=http://localhost:$KC_PORT
export YINGJI_KC_REALM=$REALM
export YINGJI_KC_ADMIN=$KC_ADMIN
export YINGJI_KC_ADMIN_PASSWORD=$KC_ADMIN_PASSWORD
EOF
}

services_from_args() {
    local s
    (($# == 0)) && set -- postgres elasticsearch keycloak
    for s in "$@"; do
        case $s in
            postgres | pg | postgresql) echo postgres ;;
            elasticsearch | es) echo elasticsearch ;;
            keycloak | kc) echo keycloak ;;
            *) die "unknown service '$s' (postgres, elasticsearch, keycloak)" ;;
        esac
    done
}

usage() {
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

main() {
    local cmd=${1:-}
    (($#)) && shift
    case $cmd in
        up | start)
            JDK=$(find_jdk)
            local s services begin=$SECONDS
            services=$(services_from_args "$@")
            for s in $services; do
                local t=$SECONDS
                "up_$s"
                say "$s: took $((SECONDS - t))s"
            done
            say "up in $((SECONDS - begin))s; data in $DATA, logs in $LOGS"
            ;;
        down | stop)
            local services
            services=$(services_from_args "$@")
            # Keycloak first: it holds connections to PostgreSQL.
            if grep -qx keycloak <<<"$services"; then stop_service keycloak; fi
            if grep -qx elasticsearch <<<"$services"; then stop_elasticsearch "$(es_nodes_running)"; fi
            if grep -qx postgres <<<"$services"; then stop_service postgres; fi
            return 0
            ;;
        status) JDK=$(find_jdk); status ;;
        env) print_env ;;
        logs)
            local name=${1:-}
            [[ -n $name ]] || die "usage: platform.sh logs postgres|elasticsearch|elasticsearch-N|keycloak [-f]"
            [[ $name =~ ^elasticsearch-[1-9]$ ]] || name=$(services_from_args "$name")
            [[ -f $LOGS/$name.log ]] || die "no log yet at $LOGS/$name.log"
            if [[ ${2:-} == -f ]]; then tail -n 100 -f "$LOGS/$name.log"; else tail -n "${LINES_TO_SHOW:-200}" "$LOGS/$name.log"; fi
            ;;
        sql)
            JDK=$(find_jdk)
            ensure_sql_helper "$JDK"
            local db=${YINGJI_DB:-yingji} user=postgres
            while [[ ${1:-} == -d || ${1:-} == -U ]]; do
                [[ $1 == -d ]] && db=$2 || user=$2
                shift 2
            done
            if [[ ${1:-} == -f ]]; then run_sql "$user" "$db" -f "$2"; else run_sql "$user" "$db" -c "${1:?SQL expected}"; fi
            ;;
        realm-reset) realm_reset ;;
        realm-file) realm_file "$@" ;;
        realm-create) realm_create "$@" ;;
        realm-drop) realm_drop "$@" ;;
        db-create | db-drop | counts)
            JDK=$(find_jdk)
            ensure_sql_helper "$JDK"
            "${cmd/-/_}" "$@"
            ;;
        -h | --help | help) usage 0 ;;
        *) usage 2 ;;
    esac
}

main "$@"
