CREATE TABLE public.regions (
    country char(2) NOT NULL,
    code text NOT NULL,
    PRIMARY KEY (country, code)
);

CREATE TABLE public.stores (
    id integer PRIMARY KEY,
    country char(2),
    region_code text,
    CONSTRAINT stores_region_fkey FOREIGN KEY (country, region_code)
        REFERENCES public.regions (country, code) MATCH FULL ON DELETE RESTRICT
);
