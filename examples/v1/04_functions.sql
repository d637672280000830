-- Functions and the triggers that use them.
CREATE FUNCTION app.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION app.touch_updated_at() IS 'Trigger function: stamps updated_at on every UPDATE';

CREATE TRIGGER users_touch_updated_at
    BEFORE UPDATE ON app.users
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TRIGGER orders_touch_updated_at
    BEFORE UPDATE ON app.orders
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();
