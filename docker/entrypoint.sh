#!/bin/sh
# Starts the bot with a heap that leaves NON_HEAP_MB (default 180) of the container's memory limit
# to what the JVM uses outside the heap (metaspace, code cache, thread stacks, direct buffers,
# the allocator's own). Without a limit, 75 % of the machine's memory. JAVA_OPTS adds flags.
set -eu
non_heap_mb="${NON_HEAP_MB:-180}"
limit=""
if [ -r /sys/fs/cgroup/memory.max ]; then
  limit="$(cat /sys/fs/cgroup/memory.max)"
elif [ -r /sys/fs/cgroup/memory/memory.limit_in_bytes ]; then
  limit="$(cat /sys/fs/cgroup/memory/memory.limit_in_bytes)"
fi
heap_flag="-XX:MaxRAMPercentage=75"
case "$limit" in
  ''|max) ;;
  *)
    limit_mb=$((limit / 1024 / 1024))
    # a cgroup v1 "no limit" is a huge number: keep the percentage then
    if [ "$limit_mb" -lt 1048576 ]; then
      heap_mb=$((limit_mb - non_heap_mb))
      if [ "$heap_mb" -lt 128 ]; then
        echo "The container has ${limit_mb} MB: at least $((128 + non_heap_mb)) MB are needed (128 MB heap + ${non_heap_mb} MB outside it)" >&2
        exit 1
      fi
      heap_flag="-Xmx${heap_mb}m"
    fi
    ;;
esac
# shellcheck disable=SC2086
exec java $heap_flag -XX:+ExitOnOutOfMemoryError -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k \
  ${JAVA_OPTS:-} -jar /app/nhacviec.jar "$@"
