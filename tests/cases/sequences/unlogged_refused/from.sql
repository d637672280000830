create sequence counters;
