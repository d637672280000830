"""Re-plan check after up for the conformance ratchet's live mode.

For every case whose up script converged in run.py's report: database <- from.sql, apply the
up.sql that pgmorph wrote (kept in run.py's --workdir), then
`pgmorph diff --from <database> --to to.sql --exit-code` must exit 0 (nothing left to do).
A case that exits 2 (a second plan) or anything else is a failure, listed with the first
lines of its output.

Uses the shared harness's own helpers (../shared/conformance/conflib.py) to create the
databases and the roles a case needs, so the setup is the one the oracle used.
"""

import glob
import os
import subprocess
import uuid
from concurrent.futures import ThreadPoolExecutor


def find_up_script(workdir, suite, case, conflib):
    """The up.sql run.py kept for suite/case (its folder is NNNN_<slug of suite__case>)."""
    slug = conflib.slugify(suite + "__" + case, 60)
    matches = glob.glob(os.path.join(glob.escape(workdir), "*_" + glob.escape(slug), "up.sql"))
    return matches[0] if len(matches) == 1 else None


def replan_case(conflib, base, pgmorph, shared, result, workdir, timeout, index):
    suite, case = result["suite"], result["case"]
    name = "%s/%s" % (suite, case)
    case_dir = os.path.join(shared, suite, case)
    up = find_up_script(workdir, suite, case, conflib)
    if up is None:
        return name, "no up.sql kept"
    db = "conf_replan_%s_%d" % (uuid.uuid4().hex[:8], index)
    try:
        ok, err, _ = conflib.load_with_roles(base, db, case_dir, "from.sql", (), timeout)
        if not ok:
            return name, "from.sql did not load: %s" % (err or "").strip()[:200]
        url = conflib.db_url(base, db)
        rc, _, err = conflib.psql(url, ["-f", up], timeout=timeout)
        if rc != 0:
            return name, "up.sql failed: %s" % err.strip()[:200]
        try:
            r = subprocess.run([pgmorph, "diff", "--from", url, "--to", os.path.join(case_dir, "to.sql"),
                                "--exit-code"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=timeout, env=conflib.pg_env())
        except subprocess.TimeoutExpired:
            return name, "pgmorph timed out"
        if r.returncode == 0:
            return name, None
        out = r.stdout.decode("utf-8", "replace") + r.stderr.decode("utf-8", "replace")
        plan = [l for l in out.splitlines() if l.startswith("--  ") or "error" in l][:4]
        return name, "exit %d: %s" % (r.returncode, " | ".join(l.strip() for l in plan))
    finally:
        conflib.drop_db(base, db)


def replan_converged(conflib, base, pgmorph, shared, report, workdir, jobs, timeout):
    """[(suite/case, problem)] for every up-converged case whose re-plan is not empty."""
    converged = [r for r in report.get("cases", [])
                 if r.get("loaded") and (r.get("up") or {}).get("status") == "converged"]
    roles_before = conflib.list_roles(base)
    roles = set()
    for r in converged:
        roles |= set(conflib.read_meta(os.path.join(shared, r["suite"], r["case"])).get("roles", []))
    conflib.ensure_roles(base, roles)
    try:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = [pool.submit(replan_case, conflib, base, pgmorph, shared, r, workdir, timeout, i)
                       for i, r in enumerate(converged)]
            results = [f.result() for f in futures]
    finally:
        conflib.drop_roles(base, conflib.roles_to_drop(base, roles_before))
    return len(converged), [(name, problem) for name, problem in results if problem]
