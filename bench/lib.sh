# Shared by bench/topic-page and bench/reply: starts Palabre on a fresh data folder, makes the first
# administrator through /setup (with the code from the log, as a person would), and seeds through the JSON API.
# Source it, set $port first; it sets $base, $work and $server_pid, and stops the server on exit.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar=${JAR:-$here/target/palabre-microbundle.jar}
java_bin=${JAVA:-java}
# The same options as the README's run command, so the figures are those a newcomer gets.
readme_opts="-Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m"
read -r -a java_opts <<<"${JAVA_OPTS-$readme_opts}"
timeout=180
server_pid=""
token=""
# Demo members exist to be @mentioned; the administrator made at /setup writes everything.
members=(demo-heron demo-hibou demo-castor demo-loutre demo-renard demo-otter)

die() { echo "${0##*/}: $*" >&2; exit 1; }

[[ -f $jar ]] || die "$jar is missing: build it first (mvn -B -q -DskipTests package)"
command -v "$java_bin" >/dev/null || die "no java at '$java_bin' (set JAVA=/path/to/bin/java)"
command -v curl >/dev/null || die "curl is needed"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_server() {
    [[ -n $server_pid ]] || return 0
    if kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 150); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}
cleanup() {
    stop_server
    if [[ -n ${KEEP:-} ]]; then echo "log and data kept in $work" >&2; else rm -rf "$work"; fi
}

# Starts the server with every rate limit lifted (a bench posts far faster than a person) and waits for a 200 on /.
start_server() {
    port_in_use "$port" && die "port $port is already in use; pick another with --port"
    work=$(mktemp -d "${TMPDIR:-/tmp}/palabre-bench.XXXXXX")
    trap cleanup EXIT
    trap 'echo "interrupted" >&2; exit 130' INT TERM
    base="http://127.0.0.1:$port"
    log="$work/server.log"
    mkdir -p "$work/data" "$work/tmp"
    local lifted=1000000/1
    (cd "$work" && PALABRE_DATA_DIR="$work/data" PALABRE_DEMO=true \
        PALABRE_LIMITS_POST=$lifted PALABRE_LIMITS_POST_NEW_ACCOUNT=$lifted \
        PALABRE_LIMITS_TOPIC=$lifted PALABRE_LIMITS_TOPIC_NEW_ACCOUNT=$lifted \
        PALABRE_LIMITS_SIGNIN_CLIENT=$lifted PALABRE_LIMITS_SIGNUP_CLIENT=$lifted PALABRE_LIMITS_MAIL_CLIENT=$lifted \
        exec "$java_bin" "${java_opts[@]}" "-Djava.io.tmpdir=$work/tmp" -jar "$jar" --port "$port") >"$log" 2>&1 &
    server_pid=$!
    local started=$EPOCHSECONDS
    until [[ $(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$base/") == 200 ]]; do
        kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$log" >&2; die "the server exited (log above)"; }
        (( EPOCHSECONDS - started < timeout )) || { tail -n 30 "$log" >&2; die "no 200 on $base/ after ${timeout}s"; }
        sleep 0.5
    done
    echo "server up on $base after $((EPOCHSECONDS - started)) s  (java: ${java_opts[*]:-no options})"
}

# CPU seconds (user + system, all threads) the server has used so far: unlike wall time, it barely moves
# when other work competes for the cores, so it tells a real improvement from a quieter moment.
server_cpu() {
    awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / tck }' "/proc/$server_pid/stat"
}

# Creates the administrator at /setup and a personal API token for it, in $token.
become_admin() {
    local jar_file="$work/cookies" csrf code status
    csrf=$(curl -s -c "$jar_file" -b "$jar_file" "$base/setup" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
    # The code file is written before the server answers; the log prints it only after Payara's "ready" line.
    code=$(tr -d ' \n' <"$work/data/setup-code.txt" 2>/dev/null)
    [[ -n $csrf && -n $code ]] || die "no set-up form or no set-up code in $work/data/setup-code.txt"
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar_file" -b "$jar_file" -H "Origin: $base" \
        --data-urlencode "_csrf=$csrf" --data-urlencode "code=$code" --data-urlencode "username=admin" \
        --data-urlencode "email=admin@bench.test" --data-urlencode "password=phrase de passe du banc" \
        --data-urlencode "passwordAgain=phrase de passe du banc" "$base/setup")
    [[ $status == 303 ]] || die "set-up answered $status"
    token=$(curl -s -b "$jar_file" -H "Origin: $base" -H 'Content-Type: application/json' \
        -d '{"name":"bench","password":"phrase de passe du banc"}' "$base/api/me/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    [[ $token == palabre_* ]] || die "no API token"
}

# api PATH JSON: POSTs as the administrator, prints the answer; dies unless 2xx.
api() {
    local out status
    out=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$2" "$base$1")
    status=${out##*$'\n'}
    [[ $status == 2* ]] || die "POST $1 answered $status: ${out%$'\n'*}"
    printf '%s\n' "${out%$'\n'*}"
}

new_category() {
    api /api/categories "{\"name\":\"$2\",\"slug\":\"$1\",\"description\":\"Banc d’essai\",\"colour\":\"#1a5fb4\",\"position\":\"0\",
        \"readAccess\":\"EVERYONE\",\"readGroups\":[],\"writeAccess\":\"MEMBERS\",\"writeGroups\":[]}" >/dev/null
}

# new_topic CATEGORY TITLE RAW: prints the new topic's path, /t/{slug}/{id} (its posts' paths add /{number}).
new_topic() {
    api /api/topics "{\"category\":\"$1\",\"title\":\"$2\",\"raw\":\"$3\"}" | grep -oE '"path":"/t/[^/"]+/[0-9]+"' | cut -d'"' -f4
}

# post_text N: about 500 characters of markdown in French, with an @mention of a member and two links.
# JSON-ready: no double quote or backslash, paragraphs joined by a JSON \n.
post_text() {
    local n=$1 who=${members[$(($1 % ${#members[@]}))]}
    printf '%s' "Retour de la réunion n°$n avec @$who : nous avons relu ensemble le cahier des clauses techniques du marché" \
        " de vidéosurveillance, et plusieurs points posent problème, surtout la durée de conservation des images et" \
        " l’analyse automatisée des comportements dits « anormaux ».\n\nLe compte rendu est sur" \
        " https://wiki.collectif.example/reunions/$n et la délibération se lit sur" \
        " [le site de la ville](https://www.ville.example/deliberations/2026-$n). Qui peut venir samedi au marché" \
        " pour tracter ? Prévoir affiches, scotch et thermos de café."
}
