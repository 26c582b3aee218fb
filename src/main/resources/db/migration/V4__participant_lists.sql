-- Samverka schema, part 4: participant lists in Swedish order (se.samverka.participants).
-- name_sort_key holds the Swedish collation key of surname and first name as hex, so that a plain
-- "order by" sorts Å, Ä, Ö after Z on H2 and PostgreSQL alike. Rows from before this migration
-- get their key when the application starts (registration.NameSortKeys).

alter table registration add column name_sort_key varchar(400);
create index registration_name_ix on registration (event_id, name_sort_key);
