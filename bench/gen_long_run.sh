#!/bin/sh
# A long run of the generated-pair oracle (tests/gen_pairs.py) under a throwaway server:
#   bench/gen_long_run.sh SEED COUNT [PGMORPH]
# Writes OUT/results.json and one shrunk pair per failure class to OUT/fail/<seed>_<index>/
# (OUT is $GEN_OUT, default /tmp/gen_long_SEED). Exit status: gen_pairs.py's (1: a pair
# failed, 77: no server).
set -eu
seed=${1:?usage: bench/gen_long_run.sh SEED COUNT [PGMORPH]}
count=${2:?usage: bench/gen_long_run.sh SEED COUNT [PGMORPH]}
root=$(cd "$(dirname "$0")/.." && pwd)
pgmorph=$(realpath "${3:-$root/build/pgmorph}")
out=${GEN_OUT:-/tmp/gen_long_$seed}
mkdir -p "$out"
export PGMORPH_CHECK_DEPARSE=1
exec pg_virtualenv -t python3 "$root/tests/gen_pairs.py" --pgmorph "$pgmorph" --seed "$seed" \
    --count "$count" --jobs 2 --keep "$out/fail" --shrink --json "$out/results.json"
