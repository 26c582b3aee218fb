-- Samverka schema, part 3: the outbox of outgoing mail (se.samverka.mail).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+ (H2 reads "text" as character
-- varying and "bytea" as binary varying, both up to 1 GB).

create table outgoing_mail (
    id               bigint        not null primary key,
    version          bigint        not null,
    recipient        varchar(320)  not null,
    subject          varchar(998)  not null,
    text_body        text          not null,
    html_body        text,
    status           varchar(10)   not null,
    attempts         integer       not null,
    last_error       varchar(1000),
    created_at       timestamp     not null,
    next_attempt_at  timestamp,
    sent_at          timestamp,
    reference        varchar(100)
);
create index outgoing_mail_created_ix on outgoing_mail (created_at);
create index outgoing_mail_due_ix on outgoing_mail (status, next_attempt_at);
create index outgoing_mail_reference_ix on outgoing_mail (reference);

create table outgoing_mail_attachment (
    mail_id     bigint        not null references outgoing_mail (id) on delete cascade,
    list_index  integer       not null,
    filename    varchar(255)  not null,
    media_type  varchar(255)  not null,
    content     bytea         not null,
    primary key (mail_id, list_index)
);
