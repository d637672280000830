CREATE TYPE public.size AS ENUM ('tiny', 'small', 'medium', 'large');
