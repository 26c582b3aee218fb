-- Samverka schema, part 14: mail drafts (se.samverka.mail, issue 14). A feature may queue a small
-- draft in its transaction (what kind of mail, about what) and have the mail written only when it
-- is delivered, outside the transaction that caused it. Until then subject and text are empty.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

alter table outgoing_mail alter column subject drop not null;
alter table outgoing_mail alter column text_body drop not null;
alter table outgoing_mail add column draft_kind varchar(60);
alter table outgoing_mail add column draft_subject_id bigint;
alter table outgoing_mail add column draft_detail varchar(1000);
