-- Quoted names in another schema, a conditional rule with two actions, a NOTIFY action.
CREATE SCHEMA app;
CREATE TABLE app."Orders" (id int, "Note" text);
CREATE TABLE app.audit (id int, at timestamptz DEFAULT now());
CREATE RULE "Audit It" AS ON UPDATE TO app."Orders" WHERE NEW."Note" IS DISTINCT FROM OLD."Note" DO ALSO (INSERT INTO app.audit (id) VALUES (NEW.id); UPDATE app.audit SET at = now() WHERE id = NEW.id);
COMMENT ON RULE "Audit It" ON app."Orders" IS 'it''s audited';
CREATE RULE tell AS ON DELETE TO app."Orders" DO ALSO NOTIFY orders_changed;
