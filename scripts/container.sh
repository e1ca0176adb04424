#!/usr/bin/env bash
# Build planbot's container image on this machine and run it, where no image registry is reachable:
#   1. a Debian base image made with debootstrap from Debian's mirror, imported into podman;
#   2. the Dockerfile built on it with `podman build --isolation chroot` (BASE and EXTRAS as build arguments);
#   3. the image's entry point run inside a container's mounted root with chroot (`podman run` cannot set
#      resource limits here), as the image's user, with the image's environment:
#      `planbot ask` answers, then `planbot serve` answers /readyz and a question on loopback.
# Run as root. Usage: scripts/container.sh   (SUITE=bookworm MIRROR=http://deb.debian.org/debian IMAGE=…)
set -euo pipefail
cd "$(dirname "$0")/.."

SUITE=${SUITE:-bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
BASE_IMAGE=${BASE_IMAGE:-localhost/planbot-base:$SUITE}
IMAGE=${IMAGE:-localhost/planbot:local}
PORT=${PORT:-18080}
work=$(mktemp -d /tmp/planbot-container.XXXXXX)
container=""
mnt=""

cleanup() {
  set +e
  if [ -n "$mnt" ]; then
    # the service runs under chroot below the background shell: stop it by its own process id
    for pid in $(pgrep -f "planbot serve --host 127.0.0.1 --port $PORT" || true); do kill "$pid" 2>/dev/null; done
    [ -n "${server_pid:-}" ] && wait "$server_pid" 2>/dev/null
    for m in dev/pts dev proc; do mountpoint -q "$mnt/$m" && umount "$mnt/$m"; done
  fi
  [ -n "$container" ] && podman umount "$container" >/dev/null && podman rm "$container" >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

if ! podman image exists "$BASE_IMAGE"; then
  step "Debian $SUITE base with debootstrap"
  debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$work/rootfs" "$MIRROR" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log"; exit 1; }
  tar -C "$work/rootfs" -c . | podman import --change 'CMD ["/bin/bash"]' - "$BASE_IMAGE"
  rm -rf "$work/rootfs"
fi

step "podman build --isolation chroot (BASE=$BASE_IMAGE)"
started=$(date +%s)
# The host's CA bundle, mounted for the build's RUN steps only: pip here reaches PyPI through a proxy that
# re-signs TLS with a CA only this machine trusts. Nothing of it goes into the image.
podman build --isolation chroot --build-arg BASE="$BASE_IMAGE" --build-arg EXTRAS= \
  -v /etc/ssl/certs/ca-certificates.crt:/run/host-ca.crt:ro --build-arg PIP_CERT=/run/host-ca.crt -t "$IMAGE" .
echo "built $IMAGE in $(( $(date +%s) - started )) s; $(podman image inspect "$IMAGE" --format '{{.Size}}' | awk '{printf "%.0f MB", $1/1e6}')"

step "the entry point, by chroot into the container's root"
container=$(podman create "$IMAGE")
mnt=$(podman mount "$container")
mount -t proc proc "$mnt/proc"
mount --bind /dev "$mnt/dev"
mount --bind /dev/pts "$mnt/dev/pts"
user=$(podman image inspect "$IMAGE" --format '{{.Config.User}}')
workdir=$(podman image inspect "$IMAGE" --format '{{.Config.WorkingDir}}')
mapfile -t image_env < <(podman image inspect "$IMAGE" --format '{{range .Config.Env}}{{println .}}{{end}}' | sed '/^$/d')
uid=$(chroot "$mnt" id -u "$user")
gid=$(chroot "$mnt" id -g "$user")
home=$(chroot "$mnt" getent passwd "$user" | cut -d: -f6)
inside() { chroot --userspec="$uid:$gid" "$mnt" /usr/bin/env -i "${image_env[@]}" HOME="$home" sh -c "cd $workdir && $*"; }

echo '$ planbot ask "地域協働体とは何ですか"'
inside 'planbot ask "地域協働体とは何ですか"'

echo "\$ planbot serve --host 127.0.0.1 --port $PORT"
inside "exec planbot serve --host 127.0.0.1 --port $PORT" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 180); do
  curl -fsS "http://127.0.0.1:$PORT/readyz" >"$work/ready.json" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 1
done
echo "GET /readyz → $(cat "$work/ready.json")"
service=$(pgrep -f "planbot serve --host 127.0.0.1 --port $PORT" | head -1)
ps -o rss= -p "$service" | awk '{printf "resident memory of the service: %.0f MB\n", $1/1024}'
echo "POST /web/ask →"
page=$(curl -fsS "http://127.0.0.1:$PORT/")
token=$(printf '%s' "$page" | sed -n 's/.*name="planbot-visitor" content="\([^"]*\)".*/\1/p' | head -1)
curl -fsS "http://127.0.0.1:$PORT/web/ask" -H 'Content-Type: application/json' -H "X-Planbot-Visitor: $token" \
  -d '{"question": "チーム会議の開催数の目標は？"}' | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["answer"]); print("出典:", d["citations"][0]["title"], "›", d["citations"][0]["section"])'
echo "container image built and answering: $IMAGE"
