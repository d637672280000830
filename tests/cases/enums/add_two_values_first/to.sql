CREATE TYPE public.level AS ENUM ('none', 'tiny', 'low', 'high');
