CREATE TYPE public.color AS ENUM ('red', 'green', 'blue');

CREATE DOMAIN public.hex_color AS text CHECK (VALUE ~ '^#[0-9a-f]{6}$');

COMMENT ON TYPE public.color IS 'primary colors';

COMMENT ON DOMAIN public.hex_color IS 'lower-case #rrggbb';
