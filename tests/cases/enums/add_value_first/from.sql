CREATE TYPE public.size AS ENUM ('small', 'medium', 'large');
