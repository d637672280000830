-- The WHEN condition reads updated_at: PostgreSQL will not change its type under the trigger.
CREATE TABLE crates (id integer PRIMARY KEY, name text, updated_at timestamptz NOT NULL);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER crates_touch BEFORE UPDATE ON crates FOR EACH ROW
  WHEN (OLD.updated_at IS NOT DISTINCT FROM NEW.updated_at) EXECUTE FUNCTION touch();
