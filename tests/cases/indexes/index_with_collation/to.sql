CREATE TABLE public.words (
    id integer PRIMARY KEY,
    word text NOT NULL
);

CREATE INDEX words_word_c_idx ON public.words (word COLLATE "C");
