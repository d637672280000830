-- Functions and the triggers that use them.
CREATE FUNCTION app.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    -- Leave updated_at alone when an UPDATE changes nothing.
    IF NEW IS DISTINCT FROM OLD THEN
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION app.touch_updated_at() IS 'Trigger function: stamps updated_at when a row really changes';

CREATE TRIGGER users_touch_updated_at
    BEFORE UPDATE ON app.users
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TRIGGER orders_touch_updated_at
    BEFORE UPDATE ON app.orders
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TRIGGER addresses_touch_updated_at
    BEFORE UPDATE ON app.addresses
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();
