#!/usr/bin/env bash
# Reading one layer as GeoJSON (PERFORMANCE.md, first two rows): a layer of N actors (default
# 10,000, each with a name, a one-sentence description and a point), read with
# `Accept-Encoding: gzip` by wrk with 1 and with 8 connections, signed in as a member; and the
# same gzipped bytes served by nginx from disk, as the limit. Also the server's memory.
#
#   swift build -c release
#   Benchmarks/layer-geojson.sh [N] [seconds]
#
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light). Prints figures; fails nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
actors="${1:-10000}"
seconds="${2:-10}"
release=.build/release
data="$(mktemp -d /tmp/buurtkaart-layer.XXXXXX)"
trap 'kill $server_pid $nginx_pid 2>/dev/null || true; rm -rf "$data"' EXIT

seed="$("$release/ServerBenchmark" --seed-into "$data" --actors "$actors" --single-layer | tail -1)"
email="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["email"])' "$seed")"
password="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["password"])' "$seed")"
map="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["mapId"])' "$seed")"

port=$(( 20000 + RANDOM % 20000 ))
BUURTKAART_DATA="$data" DATABASE_URL= BUURTKAART_NOMINATIM_URL=none LOG_LEVEL=warning \
    "$release/buurtkaart" serve --port "$port" --no-demo >/dev/null 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/health" >/dev/null && break; sleep 0.1; done
rss_start=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")

curl -fs -c "$data/cookies" -H 'Content-Type: application/json' \
    -d "{\"email\": \"$email\", \"password\": \"$password\"}" "$base/api/v1/session" >/dev/null
cookie="$(awk '$6 == "buurtkaart_session" {print $6 "=" $7}' "$data/cookies")"
layer="$(curl -fs -b "$data/cookies" "$base/api/v1/maps/$map/layers" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
url="$base/api/v1/layers/$layer/features"
curl -fs -b "$data/cookies" -H 'Accept-Encoding: gzip' "$url" -o "$data/layer.geojson.gz"
plain_bytes=$(curl -fs -b "$data/cookies" "$url" | wc -c)
gzip_bytes=$(wc -c < "$data/layer.geojson.gz")

# nginx serving the same gzipped bytes from disk: the limit.
nginx_port=$(( port + 1 ))
mkdir -p "$data/nginx/logs" "$data/www"
cp "$data/layer.geojson.gz" "$data/www/layer.geojson"
cat > "$data/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $data/nginx/nginx.pid;
error_log $data/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$nginx_port;
        root $data/www;
        location = /layer.geojson {
            default_type application/geo+json;
            add_header Content-Encoding gzip;
        }
    }
}
CONF
nginx -p "$data/nginx" -c "$data/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 0.5

report() {
    local label="$1" connections="$2" target="$3"; shift 3
    local output
    output="$(wrk -t1 -c"$connections" -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' "$@" "$target")"
    local rate p50
    rate="$(awk '/Requests\/sec/ {print $2}' <<<"$output")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$output")"
    printf '%-44s %10s req/s   p50 %s\n' "$label, $connections connection(s):" "$rate" "$p50"
}

echo "layer of $actors actors: $plain_bytes bytes of GeoJSON, $gzip_bytes gzipped"
report "Buurtkaart GET layer features (gzip)" 1 "$url" -H "Cookie: $cookie"
report "Buurtkaart GET layer features (gzip)" 8 "$url" -H "Cookie: $cookie"
report "nginx, the same bytes from disk (limit)" 1 "http://127.0.0.1:$nginx_port/layer.geojson"
report "nginx, the same bytes from disk (limit)" 8 "http://127.0.0.1:$nginx_port/layer.geojson"
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
echo "server memory (RSS): $((rss_start / 1024)) MiB after start-up, $((rss_after / 1024)) MiB after the benchmark"
echo "uMap 3.8.1 for the same read: 205 req/s (1 connection), 414 req/s (8 connections); nginx limit there 5,651 req/s"
