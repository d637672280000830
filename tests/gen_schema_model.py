"""The object model of generated schema pairs (tests/gen_pairs.py): plain dicts in a keyed,
insertion-ordered container, the types and expressions each column family allows, the repair
pass that keeps a model valid on PostgreSQL 15 after changes, and the rendering to SQL.

Keys: schema:S, ext:E, type:S.N (enum, domain, composite), seq:S.N, table:S.N, index:S.N,
view:S.N (plain and materialized), func:S.N(argtypes) (aggregates too), trigger:S.T.N, rule:S.T.N. Cross-references are
keys, never pointers, so a model deep-copies and changes are replayable on a smaller model.
Python 3 standard library only."""

import copy

# column families: what a column of the family may use (defaults, checks, index expressions)
DEFAULTS = {
    "int": ["0", "42"], "bigint": ["0", "1000000"], "text": ["''", "'abc'"], "varchar": ["'x'"],
    "numeric": ["0", "1.5"], "bool": ["true", "false"], "tstz": ["now()", "CURRENT_TIMESTAMP"],
    "date": ["CURRENT_DATE", "'2020-01-01'::date"], "uuid": ["gen_random_uuid()"],
    "jsonb": ["'{}'::jsonb", "'[]'::jsonb"], "intarr": ["'{}'::integer[]", "ARRAY[1, 2]"],
    "textarr": ["'{}'::text[]"],
}
CHECKS = {
    "int": ["{c} >= 0", "{c} <> 13"], "bigint": ["{c} >= 0"], "numeric": ["{c} >= 0"],
    "text": ["length({c}) < 100", "{c} <> ''"], "varchar": ["length({c}) < 100"],
    "date": ["{c} > '2000-01-01'::date"], "tstz": ["{c} > '2000-01-01 00:00:00+00'::timestamptz"],
}
INDEX_EXPR = {"int": ["({c} + 1)"], "bigint": ["({c} * 2)"], "text": ["lower({c})"],
              "varchar": ["lower({c})", "upper({c})"]}
FILTERS = {"int": "{c} > 0", "bigint": "{c} > 0", "numeric": "{c} > 0", "text": "{c} <> ''",
           "varchar": "{c} <> ''", "bool": "{c}", "date": "{c} > '2001-01-01'::date"}
INDEXABLE = {"int", "bigint", "text", "varchar", "numeric", "bool", "tstz", "date", "uuid",
             "enum", "citext"}
FK_CLASS = {"int": "i", "bigint": "i", "text": "t", "varchar": "t", "uuid": "u"}
SIMPLE_TYPES = {"int": "integer", "bigint": "bigint", "text": "text", "bool": "boolean",
                "tstz": "timestamp with time zone", "date": "date", "uuid": "uuid",
                "jsonb": "jsonb", "intarr": "integer[]", "textarr": "text[]"}
# type changes PostgreSQL does in place (a cast exists and the empty tables lose nothing)
WIDEN = {"int": ["bigint"], "varchar": ["text", "varchar+"], "text": ["varchar64"], "numeric": ["numeric+"]}


def simple_type(fam, n=None, p=None, s=None):
    if fam == "varchar":
        return {"fam": "varchar", "sql": "character varying(%d)" % n, "n": n, "dep": None}
    if fam == "numeric":
        return {"fam": "numeric", "sql": "numeric(%d,%d)" % (p, s), "p": p, "s": s, "dep": None}
    if fam in ("citext", "hstore"):
        return {"fam": fam, "sql": "public." + fam, "dep": "ext:" + fam}
    return {"fam": fam, "sql": SIMPLE_TYPES[fam], "dep": None}


def user_type(obj):
    """The column type naming an enum, domain or composite object."""
    t = {"fam": obj["kind"], "sql": qname(obj), "dep": key_of(obj)}
    if obj["kind"] == "domain":
        t["base"] = obj["base"]["fam"]
    return t


def widen(t, how):
    if how == "bigint":
        return simple_type("bigint")
    if how == "text":
        return simple_type("text")
    if how == "varchar+":
        return simple_type("varchar", n=t["n"] + 20)
    if how == "varchar64":
        return simple_type("varchar", n=64)
    return simple_type("numeric", p=t["p"] + 2, s=t["s"])


def expr_fam(t):
    """The family whose expressions fit a column of type t (a domain acts as its base)."""
    return t.get("base", t["fam"]) if t["fam"] == "domain" else t["fam"]


def group(t):
    """Type changes stay inside a group, so expressions written for a group stay valid."""
    f = expr_fam(t)
    return {"int": "num", "bigint": "num", "numeric": "num", "text": "txt", "varchar": "txt"}.get(f, f)


def qname(o):
    return "%s.%s" % (o["schema"], o["name"])


def key_of(o):
    k = o["kind"]
    if k == "schema":
        return "schema:" + o["name"]
    if k == "extension":
        return "ext:" + o["name"]
    if k in ("enum", "domain", "composite"):
        return "type:" + qname(o)
    if k == "function":
        return "func:%s(%s)" % (qname(o), ",".join(a[1]["sql"] for a in o["args"]))
    if k == "aggregate":  # the functions' namespace; every generated aggregate takes one integer
        return "func:%s(integer)" % qname(o)
    if k == "trigger":
        return "trigger:%s.%s" % (o["table"].split(":", 1)[1], o["name"])
    if k == "rule":
        return "rule:%s.%s" % (o["table"].split(":", 1)[1], o["name"])
    return {"sequence": "seq:", "table": "table:", "index": "index:", "view": "view:"}[k] + qname(o)


class Model:
    def __init__(self):
        self.objs = {}
        self.counter = 0

    def fresh(self, prefix):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def add(self, obj):
        k = key_of(obj)
        self.objs[k] = obj
        return k

    def keys(self, *kinds):
        return [k for k, o in self.objs.items() if o["kind"] in kinds]

    def copy(self):
        return copy.deepcopy(self)

    def columns(self, src):
        """[(name, type)] of a table or view (a view's types follow its sources)."""
        o = self.objs.get(src)
        if o is None:
            return []
        if o["kind"] == "table":
            return [(c["name"], c["type"]) for c in o["columns"]]
        out = []
        srccols = dict(self.columns(o["source"]))
        for c in o["cols"]:
            t = srccols.get(c["src"])
            if t is not None:
                out.append((c["alias"], view_expr_type(c["expr"], t)))
        return out


def view_expr_type(expr, t):
    if expr == "upper":
        return simple_type("text")
    return t


def view_expr_ok(expr, t):
    f = expr_fam(t)
    if expr == "plus1":
        return f in ("int", "bigint", "numeric")
    if expr == "upper":
        return f in ("text", "varchar")
    return True


from gen_schema_repair import repair  # noqa: E402,F401  (re-exported)
from gen_schema_render import render  # noqa: E402,F401
