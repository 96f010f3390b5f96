#!/usr/bin/env bash
# Copied from the shared/slurm/ folder so a lone clone can run the Slurm tests;
# the Makefile prefers ../shared/slurm/slurm-ci.sh when it is there.
# slurm-ci.sh - a throwaway single-node Slurm cluster for CI and tests (Debian/Ubuntu, as root).
#
# Usage: slurm-ci.sh install|up|down|status|env
#   install  apt-get install slurmctld slurmd slurm-client munge (skipped when already there)
#   up       write config under $SLURM_CI_DIR, start munged, slurmctld, slurmd and wait until
#            the node is idle. Job state starts fresh each time (job ids restart at 1).
#   down     stop the daemons this script started (by recorded PID) and leftover job steps
#   status   print daemon PIDs and sinfo; exit 0 only when all three daemons run
#   env      print `export SLURM_CONF=...`; use as: eval "$(slurm-ci.sh env)"
#
# Environment: SLURM_CI_DIR (default /tmp/slurm-ci: config, spool, logs, munge key+socket, PIDs),
#   SLURM_CI_CTLD_PORT (16817), SLURM_CI_SLURMD_PORT (16818), SLURM_CI_TIMEOUT (30 s for `up`).
# Example:  slurm-ci.sh install && slurm-ci.sh up && eval "$(slurm-ci.sh env)"
#           id=$(sbatch --parsable --wrap 'echo hi'); scontrol show job -o "$id"; slurm-ci.sh down
set -euo pipefail

export PATH="$PATH:/usr/sbin:/sbin"
DIR=${SLURM_CI_DIR:-/tmp/slurm-ci}
[[ $DIR == /* ]] || DIR=$PWD/$DIR
CTLD_PORT=${SLURM_CI_CTLD_PORT:-16817}
SLURMD_PORT=${SLURM_CI_SLURMD_PORT:-16818}
TIMEOUT=${SLURM_CI_TIMEOUT:-30}
NODE=$(hostname -s 2>/dev/null || uname -n) && NODE=${NODE%%.*}
export SLURM_CONF=$DIR/slurm.conf
SOCK=$DIR/munge/munge.socket

say() { echo "slurm-ci: $*" >&2; }
die() { say "error: $*"; exit 1; }

declare -A EXE=()  # where the programs are; -ef below follows Debian's alternatives links
for p in munged slurmctld slurmd slurmstepd; do EXE[$p]=$(type -P "$p" || echo "/none/$p"); done

# owns PID PROG: PID runs PROG (same file; false for a zombie) and belongs to this cluster:
# munged has our socket and slurmctld/slurmd our slurm.conf in their command line; slurmstepd
# has our dir as its working directory (inherited from slurmd) or our slurmd log open.
owns() {
  local f
  [[ /proc/$1/exe -ef ${EXE[$2]} ]] || return 1
  case $2 in
    munged) grep -qzxF -e "--socket=$SOCK" "/proc/$1/cmdline" 2>/dev/null ;;
    slurmstepd) [[ /proc/$1/cwd -ef $DIR ]] && return 0
      for f in "/proc/$1/fd/"*; do
        [[ $(readlink "$f" 2>/dev/null) == "$DIR/log/slurmd.log" ]] && return 0
      done; return 1 ;;
    *) grep -qzxF -e "$SLURM_CONF" "/proc/$1/cmdline" 2>/dev/null ;;
  esac
}

# pid_of NAME: print the recorded PID of daemon NAME if that process is still ours.
pid_of() {
  local pid; read -r pid 2>/dev/null <"$DIR/run/$1.pid" || return 1
  owns "$pid" "$1" && echo "$pid"
}

fail() {  # fail MSG: show the daemons' output, stop what was started, exit 1 (logs stay)
  tail -n 12 "$DIR"/log/*.out >&2 2>/dev/null || true
  do_down 2>/dev/null; die "$1 (logs in $DIR/log)"
}

# start NAME CMD...: run CMD in the foreground of its own session, output to $DIR/log/NAME.out,
# record its PID (setsid does not fork here: a script's background job leads no process group).
start() {
  local name=$1 pid; shift
  setsid "$@" </dev/null >>"$DIR/log/$name.out" 2>&1 &
  pid=$! && echo "$pid" >"$DIR/run/$name.pid"
  for _ in {1..30}; do  # wait until it runs the program, unless it exits first
    pid_of "$name" >/dev/null && return 0; [[ -e /proc/$pid/exe ]] || break; sleep 0.1
  done
  fail "$name did not start"
}

do_install() {
  local pkgs=(slurmctld slurmd slurm-client munge) updated=0
  if type -P sbatch slurmctld slurmd munged >/dev/null; then
    say "already installed: $(sbatch --version)"; return 0
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Update the package lists first only if they do not know Slurm, or once if install fails.
  apt-cache show slurmctld >/dev/null 2>&1 || { apt-get update -q; updated=1; }
  apt-get install -y --no-install-recommends "${pkgs[@]}" && return 0
  ((updated == 0)) || die "apt-get install failed"
  apt-get update -q && apt-get install -y --no-install-recommends "${pkgs[@]}"
}

write_conf() {
  local mem  # `free -m` total less 5% and 100 MB, so slurmd never finds less than configured
  mem=$(awk '/^MemTotal:/ {m = int($2 / 1024); print m - int(m / 20) - 100}' /proc/meminfo)
  cat >"$SLURM_CONF" <<EOF
# Written by slurm-ci.sh: one node, no slurmdbd, all state under $DIR
ClusterName=ci
SlurmctldHost=$NODE(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$SOCK
StateSaveLocation=$DIR/spool/ctld
SlurmdSpoolDir=$DIR/spool/d
SlurmctldPidFile=$DIR/run/slurmctld.own.pid
SlurmdPidFile=$DIR/run/slurmd.own.pid
SlurmctldLogFile=$DIR/log/slurmctld.log
SlurmdLogFile=$DIR/log/slurmd.log
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MailProg=/bin/true
ReturnToService=2
MinJobAge=3600
KillWait=5
SlurmdParameters=config_overrides
NodeName=$NODE NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF
}

do_up() {
  [[ $(id -u) == 0 ]] || die "up must run as root"
  command -v slurmctld >/dev/null || die "Slurm is not installed; run: $0 install"
  if pid_of munged && pid_of slurmctld && pid_of slurmd; then
    say "already up in $DIR (node $NODE: $(sinfo -h -n "$NODE" -o %t 2>&1))"; return 0
  fi >/dev/null
  do_down 2>/dev/null  # clear a half-started cluster
  rm -rf "$DIR/spool" "$DIR/log" "$DIR/run"
  mkdir -p "$DIR"/{munge,spool/ctld,spool/d,log,run}
  chmod 755 "$DIR" "$DIR/munge"
  [[ -s $DIR/munge/munge.key ]] ||
    dd if=/dev/urandom of="$DIR/munge/munge.key" bs=1024 count=1 status=none
  chown root:root "$DIR/munge/munge.key"; chmod 400 "$DIR/munge/munge.key"  # munged runs as root
  write_conf
  cd "$DIR"  # the daemons (and slurmstepd) keep this as their working directory
  local t0=$SECONDS st="" d
  start munged munged -F --socket="$SOCK" --key-file="$DIR/munge/munge.key" \
    --pid-file="$DIR/run/munged.own.pid" --seed-file="$DIR/munge/munged.seed"
  until munge -n -S "$SOCK" 2>/dev/null | unmunge -S "$SOCK" >/dev/null 2>&1; do
    ((SECONDS - t0 < TIMEOUT)) || fail "munged not answering on $SOCK"
    sleep 0.1
  done
  start slurmctld slurmctld -D -c -f "$SLURM_CONF"
  start slurmd slurmd -D -f "$SLURM_CONF" -N "$NODE"
  while ((SECONDS - t0 < TIMEOUT)); do
    st=$(sinfo -h -n "$NODE" -o %t 2>/dev/null) || st=""
    if [[ $st == idle ]]; then say "up: node $NODE idle, SLURM_CONF=$SLURM_CONF"; return 0; fi
    for d in munged slurmctld slurmd; do pid_of "$d" >/dev/null || fail "$d exited"; done
    sleep 0.2
  done
  fail "node $NODE not idle after ${TIMEOUT}s (sinfo state: '${st:-no answer}')"
}

# kill_tree PID: SIGKILL PID and every process below it (for a slurmstepd: its job's processes).
kill_tree() {
  local -A kids=(); local p s queue=("$1") all=("$1")
  for p in /proc/[0-9]*; do  # /proc/PID/stat is "pid (comm) state ppid ..."
    read -r s 2>/dev/null <"$p/stat" && s=${s##*) } && s=${s#* } && kids[${s%% *}]+=" ${p#/proc/}"
  done
  while ((${#queue[@]})); do
    for p in ${kids[${queue[0]}]:-}; do all+=("$p"); queue+=("$p"); done
    queue=("${queue[@]:1}")
  done
  kill -KILL "${all[@]}" 2>/dev/null || true
}

# our_stepds: PIDs of this cluster's slurmstepd processes (they are reparented to init).
our_stepds() {
  local p
  for p in /proc/[0-9]*; do owns "${p#/proc/}" slurmstepd && echo "${p#/proc/}"; done
  return 0
}

do_down() {
  local name pid
  for name in slurmctld slurmd munged; do
    if pid=$(pid_of "$name"); then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in {1..50}; do owns "$pid" "$name" || break; sleep 0.1; done
      if owns "$pid" "$name"; then kill_tree "$pid"; fi
      say "stopped $name (pid $pid)"
    fi
    rm -f "$DIR/run/$name.pid"
  done
  for pid in $(our_stepds); do  # job steps still running: kill the step and its job's processes
    kill_tree "$pid"
    say "killed slurmstepd (pid $pid) and its job processes"
  done
}

do_status() {
  local name pid rc=0
  for name in munged slurmctld slurmd; do
    if pid=$(pid_of "$name"); then echo "$name: running (pid $pid)"
    else echo "$name: stopped"; rc=1; fi
  done
  echo "slurmstepd: $(our_stepds | tr '\n' ' ')"
  ((rc)) || sinfo -N -o '%N %P %t %C'
  return $rc
}

case ${1:-} in
  install | up | down | status) "do_$1" ;;
  env) echo "export SLURM_CONF=$SLURM_CONF" ;;
  *) sed -n '2,16s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
esac
