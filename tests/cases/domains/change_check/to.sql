CREATE DOMAIN public.rating AS smallint
    CONSTRAINT rating_range CHECK (VALUE BETWEEN 1 AND 10);
