CREATE TABLE public.memberships (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    role text NOT NULL,
    CONSTRAINT memberships_user_group_key UNIQUE (user_id, group_id) DEFERRABLE
);
