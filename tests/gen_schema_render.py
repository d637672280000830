"""Renders a generated model (gen_schema_model.py) to one SQL file that loads on PostgreSQL 15
with `psql -X -v ON_ERROR_STOP=1`: schemas and extensions first, then the objects in
dependency order (ties in creation order), then foreign keys, OWNED BY and comments."""

from gen_schema_model import qname
from gen_schema_repair import obj_deps


def _lit(s):
    return "'" + s.replace("'", "''") + "'"


def _table_deps(o):
    deps = set()
    for c in o["columns"]:
        if c["type"]["dep"]:
            deps.add(c["type"]["dep"])
        if c["default"] and c["default"]["dep"]:
            deps.add(c["default"]["dep"])
    return deps


def _column(c):
    s = "    %s %s" % (c["name"], c["type"]["sql"])
    if c["identity"]:
        s += " GENERATED %s AS IDENTITY" % c["identity"]
    if c["generated"]:
        s += " GENERATED ALWAYS AS (%s) STORED" % c["generated"]["expr"].format(c=c["generated"]["src"])
    if c["default"]:
        s += " DEFAULT " + c["default"]["sql"]
    if c["notnull"]:
        s += " NOT NULL"
    return s


def _constraint(con):
    if con["type"] == "pk":
        body = "PRIMARY KEY (%s)" % ", ".join(con["cols"])
    elif con["type"] == "unique":
        body = "UNIQUE (%s)" % ", ".join(con["cols"])
    else:
        body = "CHECK (%s)" % con["expr"].format(c=con["cols"][0])
    return "    CONSTRAINT %s %s" % (con["name"], body)


def _create(m, o):
    k = o["kind"]
    if k == "enum":
        return "CREATE TYPE %s AS ENUM (%s);" % (qname(o), ", ".join(_lit(v) for v in o["labels"]))
    if k == "domain":
        s = "CREATE DOMAIN %s AS %s" % (qname(o), o["base"]["sql"])
        if o["default"]:
            s += " DEFAULT " + o["default"]
        if o["notnull"]:
            s += " NOT NULL"
        if o["check"]:
            s += " CONSTRAINT %s CHECK (%s)" % (o["check"]["name"], o["check"]["expr"])
        return s + ";"
    if k == "composite":
        return "CREATE TYPE %s AS (%s);" % (qname(o), ", ".join("%s %s" % (n, t["sql"]) for n, t in o["attrs"]))
    if k == "sequence":
        return "CREATE SEQUENCE %s AS %s INCREMENT BY %d MINVALUE %d MAXVALUE %d START WITH %d CACHE %d%s;" % (
            qname(o), o["as"], o["inc"], o["min"], o["max"], o["start"], o["cache"], " CYCLE" if o["cycle"] else "")
    if k == "table":
        lines = [_column(c) for c in o["columns"]]
        lines += [_constraint(c) for c in o["constraints"] if c["type"] != "fk"]
        inherits = "".join(" INHERITS (%s)" % ", ".join(qname(m.objs[p]) for p in o["inherits"])
                           for _ in [0] if o.get("inherits"))
        return "CREATE TABLE %s (\n%s\n)%s;" % (qname(o), ",\n".join(lines), inherits)
    if k == "index":
        items = []
        for it in o["items"]:
            s = ("(%s)" % it["expr"].format(c=it["col"])) if it["expr"] else it["col"]
            if it["desc"]:
                s += " DESC"
            if it["nulls"]:
                s += " NULLS " + it["nulls"]
            items.append(s)
        s = "CREATE %sINDEX %s ON %s (%s)" % ("UNIQUE " if o["unique"] else "", o["name"],
                                              qname(m.objs[o["table"]]), ", ".join(items))
        if o["include"]:
            s += " INCLUDE (%s)" % ", ".join(o["include"])
        if o["where"]:
            s += " WHERE (%s)" % o["where"]["tmpl"].format(c=o["where"]["col"])
        return s + ";"
    if k == "view":
        sel = []
        for c in o["cols"]:
            e = {"plain": "{c}", "plus1": "{c} + 1", "upper": "upper({c})"}[c["expr"]].format(c=c["src"])
            sel.append("%s AS %s" % (e, c["alias"]))
        s = "CREATE %sVIEW %s AS\n    SELECT %s\n    FROM %s" % (
            "MATERIALIZED " if o["materialized"] else "", qname(o), ", ".join(sel), qname(m.objs[o["source"]]))
        if o["where"]:
            s += "\n    WHERE " + o["where"]["tmpl"].format(c=o["where"]["col"])
        return s + ";"
    if k == "function":
        args = ", ".join("%s %s%s" % (n, t["sql"], (" DEFAULT " + d) if d else "") for n, t, d in o["args"])
        return "CREATE FUNCTION %s(%s) RETURNS %s\n    LANGUAGE %s %s\n    AS $$%s$$;" % (
            qname(o), args, o["returns"]["sql"], o["lang"], o["volatility"], o["body"])
    if k == "aggregate":
        s = "CREATE AGGREGATE %s(integer) (SFUNC = %s, STYPE = integer" % (qname(o), qname(m.objs[o["sfunc"]]))
        if o["initcond"] is not None:
            s += ", INITCOND = " + _lit(o["initcond"])
        if o["parallel"]:
            s += ", PARALLEL = SAFE"
        return s + ");"
    if k == "trigger":
        ev = []
        for e in o["events"]:
            ev.append("UPDATE OF " + o["update_of"] if e == "UPDATE" and o["update_of"] else e)
        s = "CREATE TRIGGER %s %s %s ON %s FOR EACH %s" % (o["name"], o["timing"], " OR ".join(ev),
                                                          qname(m.objs[o["table"]]), o["level"])
        if o["when"]:
            s += " WHEN (NEW.%s IS NOT NULL)" % o["when"]
        f = m.objs[o["func"]]
        return s + " EXECUTE FUNCTION %s();" % qname(f)
    if k == "rule":
        s = "CREATE RULE %s AS ON %s TO %s" % (o["name"], o["event"], qname(m.objs[o["table"]]))
        if o["when"]:
            s += " WHERE %s.%s IS NOT NULL" % ("OLD" if o["event"] == "DELETE" else "NEW", o["when"])
        acts = []
        for a in o["actions"]:
            if a["kind"] == "notify":
                acts.append("NOTIFY " + a["channel"])
            else:
                acts.append("DELETE FROM %s WHERE %s IS NULL" % (qname(m.objs[a["table"]]), a["col"]))
        body = "NOTHING" if not acts else acts[0] if len(acts) == 1 else "(%s)" % "; ".join(acts)
        return s + " DO %s %s;" % ("INSTEAD" if o["instead"] else "ALSO", body)
    raise ValueError(k)


def _comment_target(m, o):
    k = o["kind"]
    if k == "function":
        return "FUNCTION %s(%s)" % (qname(o), ", ".join(t["sql"] for _n, t, _d in o["args"]))
    if k == "trigger":
        return "TRIGGER %s ON %s" % (o["name"], qname(m.objs[o["table"]]))
    if k == "aggregate":
        return "AGGREGATE %s(integer)" % qname(o)
    if k == "rule":
        return "RULE %s ON %s" % (o["name"], qname(m.objs[o["table"]]))
    if k == "schema":
        return "SCHEMA " + o["name"]
    word = {"enum": "TYPE", "composite": "TYPE", "domain": "DOMAIN", "sequence": "SEQUENCE",
            "table": "TABLE", "index": "INDEX"}.get(k)
    if k == "view":
        word = "MATERIALIZED VIEW" if o["materialized"] else "VIEW"
    return "%s %s" % (word, qname(o))


def order(m):
    """Keys of the non-schema, non-extension objects in dependency order."""
    pending = [k for k, o in m.objs.items() if o["kind"] not in ("schema", "extension")]
    deps = {}
    for k in pending:
        o = m.objs[k]
        d = obj_deps(m, o)
        if o["kind"] == "table":
            d |= _table_deps(o)
        deps[k] = {x for x in d if x in m.objs and m.objs[x]["kind"] not in ("schema", "extension")}
    done, out = set(), []
    while pending:
        for k in pending:
            if deps[k] <= done:
                break
        else:
            raise ValueError("dependency cycle among %s" % pending)
        pending.remove(k)
        done.add(k)
        out.append(k)
    return out


def render(m):
    out = []
    for k, o in m.objs.items():
        if o["kind"] == "schema":
            out.append("CREATE SCHEMA %s;" % o["name"])
    for k, o in m.objs.items():
        if o["kind"] == "extension":
            out.append("CREATE EXTENSION IF NOT EXISTS %s WITH SCHEMA public;" % o["name"])
    keys = order(m)
    out += [_create(m, m.objs[k]) for k in keys]
    for k in keys:
        o = m.objs[k]
        if o["kind"] == "table":
            for c in o["constraints"]:
                if c["type"] == "fk":
                    out.append("ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s) ON DELETE %s;" % (
                        qname(o), c["name"], ", ".join(c["cols"]), qname(m.objs[c["ref"]]),
                        ", ".join(c["refcols"]), c["ondelete"]))
        if o["kind"] == "sequence" and o["owned_by"]:
            t, col = o["owned_by"]
            out.append("ALTER SEQUENCE %s OWNED BY %s.%s;" % (qname(o), qname(m.objs[t]), col))
    for k, o in m.objs.items():
        if o.get("comment"):
            out.append("COMMENT ON %s IS %s;" % (_comment_target(m, o), _lit(o["comment"])))
        if o["kind"] == "table":
            for c in o["columns"]:
                if c.get("comment"):
                    out.append("COMMENT ON COLUMN %s.%s IS %s;" % (qname(o), c["name"], _lit(c["comment"])))
                if c.get("statistics") is not None:
                    out.append("ALTER TABLE ONLY %s ALTER COLUMN %s SET STATISTICS %d;" % (qname(o), c["name"], c["statistics"]))
            for c in o["constraints"]:
                if c.get("comment"):
                    out.append("COMMENT ON CONSTRAINT %s ON %s IS %s;" % (c["name"], qname(o), _lit(c["comment"])))
    return "\n\n".join(out) + "\n"
